// TextKind: what role a paragraph or sentence plays in an article.
#ifndef DYAD_TEXT_TEXT_KIND_H_
#define DYAD_TEXT_TEXT_KIND_H_

#include <cstdint>
#include <string_view>

namespace dyad {

enum class TextKind : uint8_t {
  kBody,         // article prose: coded for events
  kTitle,        // the headline: coded, flagged
  kHeading,      // a section heading: not coded
  kBoilerplate,  // page furniture ("READ ALSO: …", "Advertisement"): never coded
  kDateline,     // "BAGHDAD, Jan 25 (Reuters) -": a place and date, not a sentence
};

// "body", "title", "heading", "boilerplate", "dateline".
std::string_view TextKindName(TextKind kind);

}  // namespace dyad

#endif  // DYAD_TEXT_TEXT_KIND_H_
