// Case and accent folding for dictionary matching ("Bogotá" and "BOGOTA" both fold to "bogota").
#ifndef DYAD_TEXT_CASE_FOLD_H_
#define DYAD_TEXT_CASE_FOLD_H_

#include <string>
#include <string_view>

namespace dyad {

// Lowercases `text` (Unicode case folding) and strips combining accents. ASCII text takes a
// fast path. `text` should be valid UTF-8; invalid bytes are kept as they are.
std::string FoldCase(std::string_view text);

// True when `text` has at least two letters and no lowercase letter: an acronym or an
// all-capitals word ("US", "ISIS", "U.N.").
bool IsAllCaps(std::string_view text);

}  // namespace dyad

#endif  // DYAD_TEXT_CASE_FOLD_H_
