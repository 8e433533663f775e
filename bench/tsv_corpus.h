// Reads the first column of a tab-separated file with CSV-style quoting ("" escapes a
// quote; quoted fields may span lines), as the InSight Crime benchmark corpus uses.
#ifndef DYAD_BENCH_TSV_CORPUS_H_
#define DYAD_BENCH_TSV_CORPUS_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace dyad::bench {

inline std::vector<std::string> ReadFirstColumn(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string data = buffer.str();
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < data.size()) {
    std::string field;
    if (data[i] == '"') {
      ++i;
      while (i < data.size()) {
        if (data[i] == '"') {
          if (i + 1 < data.size() && data[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(data[i++]);
      }
    }
    while (i < data.size() && data[i] != '\t' && data[i] != '\n') field.push_back(data[i++]);
    out.push_back(std::move(field));
    // Skip the rest of the record (the other columns are not quoted text).
    while (i < data.size() && data[i] != '\n') ++i;
    ++i;
  }
  return out;
}

}  // namespace dyad::bench

#endif  // DYAD_BENCH_TSV_CORPUS_H_
