// Locating ../shared reference data from tests; tests skip when it is absent.
#ifndef DYAD_TESTING_SHARED_DATA_H_
#define DYAD_TESTING_SHARED_DATA_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::testing {

// The directory holding the project's source (set by CMake).
inline std::string SourceDir() { return DYAD_SOURCE_DIR; }

// `relative` under ../shared beside the checkout, or "" when it does not exist.
inline std::string SharedPath(const std::string& relative) {
  std::filesystem::path path = std::filesystem::path(SourceDir()) / ".." / "shared" / relative;
  std::error_code ec;
  return std::filesystem::exists(path, ec) ? path.string() : std::string();
}

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_SHARED_DATA_H_
