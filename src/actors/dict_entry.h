// DictEntry: one entry of an actor or agent dictionary, as read from a file.
#ifndef DYAD_ACTORS_DICT_ENTRY_H_
#define DYAD_ACTORS_DICT_ENTRY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/date.h"

namespace dyad {

// A code and the dates it holds ([from, to], both inclusive).
struct DatedCode {
  std::string code;
  Date from = kMinDate;
  Date to = kMaxDate;
  uint32_t line = 0;
  bool Covers(Date date) const { return date >= from && date <= to; }
  bool dated() const { return from != kMinDate || to != kMaxDate; }
};

struct DictEntry {
  std::vector<std::string> names;  // names[0] is canonical
  std::vector<DatedCode> codes;
  std::vector<std::pair<std::string, std::string>> attributes;  // "@key value"
  std::string file;
  uint32_t line = 0;  // of the names line

  // The value of `@key`, or "" when absent.
  std::string_view Attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes) {
      if (k == key) return v;
    }
    return {};
  }
};

// A problem found while reading or checking a dictionary, as "file:line: message".
struct DictDiagnostic {
  std::string file;
  uint32_t line = 0;
  std::string message;
  bool error = true;  // false: a warning

  std::string ToString() const {
    return file + ":" + std::to_string(line) + ": " + (error ? "" : "warning: ") + message;
  }
};

}  // namespace dyad

#endif  // DYAD_ACTORS_DICT_ENTRY_H_
