// Writers for coded events: JSON Lines (dyad's full record), CSV (the same fields
// flattened) and GDELT 2.0 event-table rows.
#ifndef DYAD_OUTPUT_EVENT_WRITERS_H_
#define DYAD_OUTPUT_EVENT_WRITERS_H_

#include <string>

#include "actors/actor_dictionary.h"
#include "events/event_coder.h"
#include "text/document.h"

namespace dyad {

enum class EventFormat { kJsonl, kCsv, kGdelt };

// Parses "jsonl", "csv", "gdelt"; returns false otherwise.
bool ParseEventFormat(std::string_view name, EventFormat* format);

// The header line for CSV ("" for the other formats; GDELT files have none).
std::string EventHeader(EventFormat format);

// Appends one line per event of `coded`:
//  jsonl — {"article_id", "sentence_index", "date", "source": {…actor…}|null,
//           "target": {…}|null, "event": {"cameo", "root", "quad", "goldstein", "plover",
//           "mode", "context", "label", "text", "span"}, "negated", "modality",
//           "attribution": {…}|null, "sentence": text, "pattern": {"file", "line"}};
//  csv   — the same fields flattened (source_code, source_country, … pattern_line);
//  gdelt — 61 tab-separated GDELT 2.0 event columns; fields dyad does not know are empty.
void AppendEvents(const Document& doc, const ActorDictionary& dict, const CodedArticle& coded,
                  EventFormat format, std::string* out);

}  // namespace dyad

#endif  // DYAD_OUTPUT_EVENT_WRITERS_H_
