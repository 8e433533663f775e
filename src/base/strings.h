// Small string helpers shared by the dictionary readers.
#ifndef DYAD_BASE_STRINGS_H_
#define DYAD_BASE_STRINGS_H_

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad {

// `s` without leading and trailing spaces, tabs and carriage returns.
inline std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// True when `list` holds `word`.
template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace dyad

#endif  // DYAD_BASE_STRINGS_H_
