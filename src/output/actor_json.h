// JSON for actor mentions (`dyad actors`, and the source/target objects of events).
#ifndef DYAD_OUTPUT_ACTOR_JSON_H_
#define DYAD_OUTPUT_ACTOR_JSON_H_

#include <string>

#include "actors/actor_dictionary.h"
#include "actors/actor_mention.h"
#include "output/json_writer.h"
#include "text/document.h"

namespace dyad {

// Writes the fields of one mention into the object `json` has open: text, span, code, country,
// roles, organisation, sponsor, leader, sector, kind, name, former, place, and "entry"/"role_entry"
// as
// {"file", "line"} of the dictionary entries that matched (null when none).
void WriteActorFields(const Document& doc, const ActorDictionary& dict, const ActorMention& m,
                      JsonWriter* json);
// The same, as a complete JSON object.
void WriteActorJson(const Document& doc, const ActorDictionary& dict, const ActorMention& m,
                    JsonWriter* json);

// One JSON line per mention: {"article_id", "sentence_index", …WriteActorJson fields}.
void AppendActorsJsonl(const Document& doc, const ActorDictionary& dict,
                       const std::vector<ActorMention>& mentions, std::string* out);

}  // namespace dyad

#endif  // DYAD_OUTPUT_ACTOR_JSON_H_
