#include "cli/output_file.h"

#include <cerrno>
#include <cstring>

namespace dyad::cli {

OutputFile::~OutputFile() {
  if (owned_ && file_ != nullptr) std::fclose(file_);
}

Status OutputFile::Open(const std::string& path) {
  if (path.empty() || path == "-") {
    file_ = stdout;
    name_ = "<stdout>";
    return OkStatus();
  }
  file_ = std::fopen(path.c_str(), "wb");
  if (file_ == nullptr) return IoError(path + ": " + std::strerror(errno));
  name_ = path;
  owned_ = true;
  return OkStatus();
}

void OutputFile::Write(std::string_view bytes) {
  if (failed_ || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) failed_ = true;
}

Status OutputFile::Close() {
  if (file_ == nullptr) return OkStatus();
  bool ok = !failed_ && std::fflush(file_) == 0 && !std::ferror(file_);
  int err = errno;
  if (owned_) {
    ok = std::fclose(file_) == 0 && ok;
    owned_ = false;
  }
  file_ = nullptr;
  if (!ok) return IoError(name_ + ": write failed: " + std::strerror(err));
  return OkStatus();
}

}  // namespace dyad::cli
