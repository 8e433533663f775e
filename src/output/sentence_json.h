// The JSON Lines form of `dyad sentences`: one object per sentence.
#ifndef DYAD_OUTPUT_SENTENCE_JSON_H_
#define DYAD_OUTPUT_SENTENCE_JSON_H_

#include <string>

#include "text/document.h"

namespace dyad {

// Appends one line per sentence of `doc` to `out`:
//   {"article_id", "index", "kind", "text", "span": [begin, end), "paragraph"}
// plus "field": "title" for a headline taken from a separate title field (its span is
// then into the title), and with `with_tokens` a "tokens" array of
//   {"text", "span", "kind"} (+ "parts" for hyphenated compounds, "clitic", "abbrev").
// Spans are byte offsets into the article's input (see RawArticle::content).
void AppendSentencesJsonl(const Document& doc, bool with_tokens, std::string* out);

}  // namespace dyad

#endif  // DYAD_OUTPUT_SENTENCE_JSON_H_
