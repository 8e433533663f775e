// Command-line flags shared by every command that reads articles.
#ifndef DYAD_CLI_INPUT_FLAGS_H_
#define DYAD_CLI_INPUT_FLAGS_H_

#include <CLI/CLI.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/reader.h"

namespace dyad::cli {

struct InputFlags {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::vector<std::string> field_maps;  // NAME=FIELD
  std::map<std::string, std::string> limits;
  bool strict = false;
  std::size_t threads = 0;  // 0: one per core
  bool quiet = false;

  // Registers the flags on `command`.
  void AddTo(CLI::App* command);
  // Builds reader options from the parsed flags; fails on a bad format, field or limit.
  StatusOr<ReaderOptions> ToReaderOptions() const;
  // The worker count to use.
  std::size_t ThreadCount() const;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_INPUT_FLAGS_H_
