#include "ingest/buffered_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace dyad {
namespace {

constexpr std::size_t kChunk = 256 * 1024;

// zlib's message without the "<fd:4>: " it puts in front.
std::string ZlibMessage(const char* message) {
  std::string text = message == nullptr ? "" : message;
  if (text.rfind("<fd:", 0) == 0) {
    std::size_t colon = text.find(": ");
    if (colon != std::string::npos) text.erase(0, colon + 2);
  }
  return text;
}

}  // namespace

StatusOr<std::unique_ptr<BufferedInput>> BufferedInput::Open(const std::string& path) {
  int fd = 0;
  if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      int err = errno;
      std::string message = path + ": " + std::strerror(err);
      return err == ENOENT ? NotFoundError(message) : IoError(message);
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return InvalidArgumentError(path + ": is a directory");
    }
  } else {
    fd = ::dup(0);
    if (fd < 0) return IoError("stdin: " + std::string(std::strerror(errno)));
  }
  gzFile gz = gzdopen(fd, "rb");
  if (gz == nullptr) {
    ::close(fd);
    return IoError(path + ": cannot open for reading");
  }
  gzbuffer(gz, kChunk);
  std::unique_ptr<BufferedInput> input(new BufferedInput());
  input->name_ = path == "-" ? "<stdin>" : path;
  input->gz_ = gz;
  return input;
}

std::unique_ptr<BufferedInput> BufferedInput::FromString(std::string bytes, std::string name) {
  std::unique_ptr<BufferedInput> input(new BufferedInput());
  input->name_ = std::move(name);
  input->from_memory_ = true;
  input->buffer_ = std::move(bytes);
  input->eof_ = true;
  return input;
}

BufferedInput::~BufferedInput() {
  if (gz_ != nullptr) gzclose(static_cast<gzFile>(gz_));
}

bool BufferedInput::compressed() const {
  return gz_ != nullptr && gzdirect(static_cast<gzFile>(gz_)) == 0;
}

StatusOr<bool> BufferedInput::Fill() {
  if (eof_) return false;
  // Compact consumed bytes away before growing.
  if (begin_ > 0 && begin_ >= buffer_.size() / 2) {
    buffer_.erase(0, begin_);
    begin_ = 0;
  }
  std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  int got = gzread(static_cast<gzFile>(gz_), buffer_.data() + old_size, kChunk);
  if (got < 0) {
    buffer_.resize(old_size);
    int errnum = 0;
    const char* message = gzerror(static_cast<gzFile>(gz_), &errnum);
    eof_ = true;
    if (errnum == Z_ERRNO) return IoError(std::string("read error: ") + std::strerror(errno));
    return DataLossError("corrupt gzip data (" + ZlibMessage(message) + ")");
  }
  buffer_.resize(old_size + static_cast<std::size_t>(got));
  if (got == 0) {
    eof_ = true;
    // zlib reports a truncated stream as a clean end with an error state set.
    int errnum = 0;
    const char* message = gzerror(static_cast<gzFile>(gz_), &errnum);
    if (errnum != Z_OK && errnum != Z_STREAM_END) {
      return DataLossError("truncated gzip data (" + ZlibMessage(message) + ")");
    }
    return false;
  }
  return true;
}

StatusOr<std::string_view> BufferedInput::Peek(std::size_t n) {
  while (buffer_.size() - begin_ < n) {
    StatusOr<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
  }
  std::size_t available = buffer_.size() - begin_;
  return std::string_view(buffer_).substr(begin_, n < available ? n : available);
}

StatusOr<bool> BufferedInput::ReadLine(std::size_t max_bytes, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool saw_any = false;
  for (;;) {
    std::size_t available = buffer_.size() - begin_;
    const char* start = buffer_.data() + begin_;
    const void* nl = std::memchr(start, '\n', available);
    std::size_t length =
        nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : available;
    if (length > 0 || nl != nullptr) saw_any = true;
    if (!*too_long) {
      if (line->size() + length <= max_bytes) {
        line->append(start, length);
      } else {
        *too_long = true;
        line->clear();
      }
    }
    begin_ += length;
    consumed_ += length;
    if (nl != nullptr) {
      ++begin_;
      ++consumed_;
      return true;
    }
    StatusOr<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) return saw_any;
  }
}

Status BufferedInput::ReadExactly(std::size_t n, std::string* out) {
  while (n > 0) {
    if (begin_ == buffer_.size()) {
      StatusOr<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) return DataLossError(name_ + ": unexpected end of input");
    }
    std::size_t take = std::min(n, buffer_.size() - begin_);
    out->append(buffer_, begin_, take);
    begin_ += take;
    consumed_ += take;
    n -= take;
  }
  return OkStatus();
}

Status BufferedInput::Skip(std::size_t n) {
  while (n > 0) {
    if (begin_ == buffer_.size()) {
      buffer_.clear();
      begin_ = 0;
      StatusOr<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) return DataLossError(name_ + ": unexpected end of input");
    }
    std::size_t take = std::min(n, buffer_.size() - begin_);
    begin_ += take;
    consumed_ += take;
    n -= take;
  }
  return OkStatus();
}

Status BufferedInput::ReadAll(std::size_t max_bytes, std::string* out) {
  for (;;) {
    std::size_t available = buffer_.size() - begin_;
    if (out->size() + available > max_bytes) {
      return ResourceExhaustedError(name_ + ": larger than " + std::to_string(max_bytes) +
                                    " bytes");
    }
    out->append(buffer_, begin_, available);
    consumed_ += available;
    buffer_.clear();
    begin_ = 0;
    StatusOr<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) return OkStatus();
  }
}

}  // namespace dyad
