// OutputFile: stdout or a file given with -o, with write errors reported, not ignored.
#ifndef DYAD_CLI_OUTPUT_FILE_H_
#define DYAD_CLI_OUTPUT_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::cli {

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Opens `path` for writing ("" or "-" is stdout).
  Status Open(const std::string& path);
  void Write(std::string_view bytes);
  // Flushes and closes; returns the first write error, naming the file.
  Status Close();

 private:
  std::FILE* file_ = nullptr;
  std::string name_;
  bool owned_ = false;
  bool failed_ = false;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_OUTPUT_FILE_H_
