// Character-level cleaning: UTF-8 repair, mojibake repair, whitespace and control characters,
// Unicode NFC — all while keeping the map back to input bytes.
#ifndef DYAD_TEXT_NORMALIZER_H_
#define DYAD_TEXT_NORMALIZER_H_

#include <cstddef>

#include "text/mapped_text.h"

namespace dyad {

// What the normalizer changed, for reports and warnings.
struct NormalizeStats {
  std::size_t invalid_utf8 = 0;  // invalid byte sequences replaced by U+FFFD
  std::size_t mojibake = 0;      // UTF-8 sequences repaired after a cp1252/Latin-1 misdecoding
  std::size_t removed = 0;       // control, zero-width and soft-hyphen characters dropped
  std::size_t nfc = 0;           // character runs rewritten to Unicode NFC

  void Add(const NormalizeStats& other) {
    invalid_utf8 += other.invalid_utf8;
    mojibake += other.mojibake;
    removed += other.removed;
    nfc += other.nfc;
  }
};

// Appends the cleaned form of `source` to `out`:
//  - invalid UTF-8 bytes become U+FFFD (each counted);
//  - text that was UTF-8, wrongly decoded as cp1252 or Latin-1 and re-encoded ("â€™", "Ã©",
//    "Â " before a space) is turned back into the intended characters. Only sequences that
//    re-encode to one valid multi-byte UTF-8 character are touched, so correct text is kept;
//  - CR LF and CR become LF; U+2028/U+2029 become LF;
//  - tabs, no-break and other Unicode spaces become a space; runs of spaces become one;
//  - C0/C1 control characters, zero-width characters, BOM and soft hyphens are dropped;
//  - the result is in Unicode NFC.
// Every output byte maps to the input bytes that produced it. Never fails.
void NormalizeText(const SourceView& source, MappedText* out, NormalizeStats* stats);

}  // namespace dyad

#endif  // DYAD_TEXT_NORMALIZER_H_
