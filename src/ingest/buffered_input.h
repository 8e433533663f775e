// BufferedInput: a file or stdin, gzip-compressed or not, read in bounded chunks.
#ifndef DYAD_INGEST_BUFFERED_INPUT_H_
#define DYAD_INGEST_BUFFERED_INPUT_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad {

// Reads bytes from a file or stdin ("-"), decompressing gzip transparently (zlib detects it
// from the magic bytes). Memory use is bounded by the chunk size plus what the caller asks
// to keep. A truncated or corrupt gzip stream surfaces as a kDataLoss error from the read
// that meets it; read errors do not repeat the input's name (the caller reports where).
// Not thread-safe: one reader per input.
class BufferedInput {
 public:
  // Opens `path` ("-" for stdin). Fails with kNotFound or kIoError.
  static StatusOr<std::unique_ptr<BufferedInput>> Open(const std::string& path);
  // Wraps bytes already in memory (for tests and for payloads inside other formats).
  static std::unique_ptr<BufferedInput> FromString(std::string bytes, std::string name);

  ~BufferedInput();
  BufferedInput(const BufferedInput&) = delete;
  BufferedInput& operator=(const BufferedInput&) = delete;

  const std::string& name() const { return name_; }
  // True when the input is gzip-compressed; known after the first read or Peek.
  bool compressed() const;

  // Returns up to `n` bytes from the current position without consuming them; fewer at end
  // of input. The view is valid until the next call.
  StatusOr<std::string_view> Peek(std::size_t n);

  // Reads one line (without its "\n"; a trailing "\r" is kept) into `line`. Returns false at
  // end of input. A line longer than `max_bytes` is consumed to its end without being kept:
  // `line` is then empty and `*too_long` is set.
  StatusOr<bool> ReadLine(std::size_t max_bytes, std::string* line, bool* too_long);

  // Appends exactly `n` bytes to `out`, or fails with kDataLoss when input ends first
  // (what was available is still appended).
  Status ReadExactly(std::size_t n, std::string* out);
  // Discards `n` bytes; kDataLoss when input ends first.
  Status Skip(std::size_t n);
  // Reads everything that is left, failing with kResourceExhausted past `max_bytes`.
  Status ReadAll(std::size_t max_bytes, std::string* out);

  // Number of bytes consumed so far (after decompression).
  std::size_t position() const { return consumed_; }

 private:
  BufferedInput() = default;
  // Makes at least one more byte available in the buffer. Returns false at end of input.
  StatusOr<bool> Fill();

  std::string name_;
  void* gz_ = nullptr;  // gzFile; void* keeps zlib.h out of this header
  std::string memory_;  // FromString inputs
  bool from_memory_ = false;
  std::string buffer_;
  std::size_t begin_ = 0;  // first unread byte in buffer_
  std::size_t consumed_ = 0;
  bool eof_ = false;
};

}  // namespace dyad

#endif  // DYAD_INGEST_BUFFERED_INPUT_H_
