// Reader for dyad's own dictionary file format (docs/dictionaries.md).
#ifndef DYAD_ACTORS_DICT_FILE_H_
#define DYAD_ACTORS_DICT_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "actors/dict_entry.h"
#include "base/status.h"

namespace dyad {

// Most bytes in one dictionary line; longer lines are reported and skipped.
inline constexpr std::size_t kMaxDictLineBytes = 8192;

// Largest dictionary file read, in bytes.
inline constexpr std::size_t kMaxDictFileBytes = 64u << 20;

// Reads the dictionary file `path` whole into `out`. Fails with kNotFound, kIoError, or
// kResourceExhausted past kMaxDictFileBytes; every message names the file.
Status ReadDictionaryFile(const std::string& path, std::string* out);

// Parses `text`, the contents of dictionary file `file_name`, appending its entries to
// `entries` and every malformed line to `diagnostics` (as errors; the line is skipped and
// parsing goes on). Checks only the syntax: codes are three-letter chunks, dates are valid
// and ordered; whether codes exist is CheckDictionaries' job.
void ParseDictFile(std::string_view text, const std::string& file_name,
                   std::vector<DictEntry>* entries, std::vector<DictDiagnostic>* diagnostics);

// Parses a code line's body, "CODE" or "CODE FROM..TO" (comment already stripped).
// Returns false with `*error` set when malformed.
bool ParseCodeLine(std::string_view body, DatedCode* code, std::string* error);

// Formats `entry` in dyad's dictionary format (names line, code lines, attribute lines),
// e.g. to convert an imported TABARI dictionary.
std::string FormatDictEntry(const DictEntry& entry);

}  // namespace dyad

#endif  // DYAD_ACTORS_DICT_FILE_H_
