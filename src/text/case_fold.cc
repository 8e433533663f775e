#include "text/case_fold.h"

#include <utf8proc.h>

#include <cstdlib>

#include "base/utf8.h"

namespace dyad {

std::string FoldCase(std::string_view text) {
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                  UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (n < 0) return std::string(text);
  std::string_view folded(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  // Typographic apostrophes fold to the ASCII one, so "Kata’ib" matches "Kata'ib".
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\u2019") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(folded[i]);
    }
  }
  std::free(mapped);
  return out;
}

bool IsAllCaps(std::string_view text) {
  std::size_t letters = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t length = 0;
    bool valid = false;
    char32_t c = DecodeUtf8(text, i, &length, &valid);
    if (IsLower(c)) return false;
    if (IsUpper(c)) ++letters;
    i += length;
  }
  return letters >= 2;
}

}  // namespace dyad
