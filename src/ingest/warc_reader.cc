// Record layout per ISO 28500:2017 (WARC/1.1) section 4: a version line, named fields, a
// blank line, Content-Length bytes of block, then CRLF CRLF. HTTP payloads per RFC 9112
// (status line, fields, chunked transfer coding) and RFC 9110 section 8.4 (content coding).
#include "ingest/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "ingest/html_extractor.h"

namespace dyad {
namespace {

constexpr std::size_t kMaxHeaderLine = 64 << 10;
constexpr std::size_t kMaxHeaderBytes = 1 << 20;

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

void StripCr(std::string* line) {
  if (!line->empty() && line->back() == '\r') line->pop_back();
}

bool IsVersionLine(std::string_view line) { return line.substr(0, 7) == "WARC/1."; }

// At most 40 bytes of `s` for a message, with unprintable bytes as "\xHH".
std::string Printable(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < 40; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '\'') {
      out.push_back(static_cast<char>(c));
    } else {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  if (s.size() > 40) out += "...";
  return out;
}

// Parses a decimal count; false on anything else or on overflow.
bool ParseCount(std::string_view s, std::size_t* value) {
  s = Trim(s);
  if (s.empty() || s.size() > 19) return false;
  std::size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  *value = v;
  return true;
}

// Removes the chunked transfer coding. A body cut off mid-chunk keeps what arrived (crawlers
// truncate large payloads); garbage where a chunk size belongs is an error.
bool Dechunk(std::string_view body, std::size_t max_bytes, std::string* out, std::string* error) {
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) break;
    std::string_view size_text = Trim(body.substr(pos, nl - pos));
    size_text = Trim(size_text.substr(0, size_text.find(';')));  // drop chunk extensions
    if (size_text.empty() || size_text.size() > 15) {
      *error = "malformed chunked encoding";
      return false;
    }
    std::size_t size = 0;
    for (char c : size_text) {
      int digit = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
      if (digit < 0) {
        *error = "malformed chunked encoding";
        return false;
      }
      size = size * 16 + static_cast<std::size_t>(digit);
    }
    pos = nl + 1;
    if (size == 0) break;  // the last chunk; trailer fields are ignored
    if (out->size() + size > max_bytes) {
      *error = "HTTP payload exceeds --max-article-bytes (" + std::to_string(max_bytes) + ")";
      return false;
    }
    std::size_t take = std::min(size, body.size() - pos);
    out->append(body.substr(pos, take));
    pos += take;
    if (body.compare(pos, 2, "\r\n") == 0) {
      pos += 2;
    } else if (body.compare(pos, 1, "\n") == 0) {
      ++pos;
    }
  }
  return true;
}

// Inflates a gzip or zlib stream (`raw`: a bare deflate stream) into `out`, at most
// `max_bytes`. A stream cut off early keeps what it yielded.
bool Inflate(std::string_view in, bool raw, std::size_t max_bytes, std::string* out,
             std::string* error) {
  z_stream z = {};
  if (inflateInit2(&z, raw ? -MAX_WBITS : MAX_WBITS + 32) != Z_OK) {
    *error = "cannot initialise zlib";
    return false;
  }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), UINT32_MAX));
  int rc = Z_OK;
  constexpr std::size_t kStep = 64 << 10;
  while (rc == Z_OK) {
    if (out->size() >= max_bytes) {
      inflateEnd(&z);
      *error = "decompressed HTTP payload exceeds --max-article-bytes (" +
               std::to_string(max_bytes) + ")";
      return false;
    }
    std::size_t old = out->size();
    std::size_t step = std::min(kStep, max_bytes - old);
    out->resize(old + step);
    z.next_out = reinterpret_cast<Bytef*>(out->data() + old);
    z.avail_out = static_cast<uInt>(step);
    rc = inflate(&z, Z_NO_FLUSH);
    out->resize(old + step - z.avail_out);
  }
  inflateEnd(&z);
  if (rc == Z_STREAM_END) return true;
  if (rc == Z_BUF_ERROR) {  // the input was cut off: keep what it gave, if anything
    if (!out->empty()) return true;
    *error = "truncated compressed HTTP payload";
    return false;
  }
  *error = "corrupt compressed HTTP payload (" + std::string(z.msg != nullptr ? z.msg : "?") + ")";
  return false;
}

bool IsHtmlMediaType(std::string_view content_type) {
  std::string type = LowerAscii(Trim(content_type.substr(0, content_type.find(';'))));
  return type == "text/html" || type.compare(0, 17, "application/xhtml") == 0;
}

// For a payload without Content-Type: markup that only HTML starts with.
bool LooksLikeHtml(std::string_view payload) {
  if (payload.substr(0, 3) == "\xEF\xBB\xBF") payload.remove_prefix(3);
  std::size_t start = payload.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || payload[start] != '<') return false;
  std::string head = LowerAscii(payload.substr(start, 1024));
  for (std::string_view marker : {"<!doctype html", "<html", "<head", "<body"}) {
    if (head.find(marker) != std::string::npos) return true;
  }
  return false;
}

enum class HttpResult { kHtml, kSkip, kReject };

// Splits an HTTP response into its decoded HTML payload. kSkip for statuses other than 200
// and non-HTML payloads, kReject with `*error` set for responses that cannot be read.
HttpResult ParseHttpResponse(std::string_view block, const Limits& limits, std::string* payload,
                             std::string* error) {
  std::size_t pos = 0;
  auto next_line = [&](std::string_view* line) {
    if (pos >= block.size()) return false;
    std::size_t nl = block.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? block.size() : nl;
    *line = block.substr(pos, end - pos);
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    pos = end == block.size() ? end : end + 1;
    return true;
  };
  std::string_view status_line;
  std::size_t status = 0;
  if (!next_line(&status_line) || status_line.substr(0, 5) != "HTTP/" ||
      status_line.find(' ') == std::string_view::npos ||
      !ParseCount(status_line.substr(status_line.find(' ') + 1, 4), &status)) {
    *error = "malformed HTTP status line '" + Printable(status_line) + "'";
    return HttpResult::kReject;
  }
  if (status != 200) return HttpResult::kSkip;
  std::string content_type, transfer_encoding, content_encoding;
  bool has_content_type = false;
  std::string_view line;
  while (next_line(&line) && !line.empty()) {
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = LowerAscii(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      content_type = value;
      has_content_type = true;
    } else if (name == "transfer-encoding") {
      transfer_encoding = LowerAscii(value);
    } else if (name == "content-encoding") {
      content_encoding = LowerAscii(value);
    }
  }
  if (has_content_type && !IsHtmlMediaType(content_type)) return HttpResult::kSkip;
  std::string_view body = block.substr(pos);
  std::string dechunked;
  if (transfer_encoding.find("chunked") != std::string::npos) {
    if (!Dechunk(body, limits.max_article_bytes, &dechunked, error)) return HttpResult::kReject;
    body = dechunked;
  }
  if (content_encoding == "gzip" || content_encoding == "x-gzip" || content_encoding == "deflate") {
    std::string inflated;
    bool inflated_ok = Inflate(body, false, limits.max_article_bytes, &inflated, error);
    if (!inflated_ok && content_encoding == "deflate") {
      // "deflate" means a zlib stream, but servers also send bare deflate data.
      inflated.clear();
      inflated_ok = Inflate(body, true, limits.max_article_bytes, &inflated, error);
    }
    if (inflated_ok) {
      *payload = std::move(inflated);
    } else if (error->find("corrupt") != std::string::npos && LooksLikeHtml(body)) {
      *payload = std::string(body);  // some WARC writers store the decoded body
    } else {
      return HttpResult::kReject;
    }
  } else if (content_encoding.empty() || content_encoding == "identity") {
    *payload = std::string(body);
  } else {
    *error = "unsupported Content-Encoding '" + Printable(content_encoding) + "'";
    return HttpResult::kReject;
  }
  if (!has_content_type && !LooksLikeHtml(*payload)) return HttpResult::kSkip;
  if (payload->size() > limits.max_article_bytes) {
    *error = "HTTP payload of " + std::to_string(payload->size()) +
             " bytes exceeds --max-article-bytes (" + std::to_string(limits.max_article_bytes) +
             ")";
    return HttpResult::kReject;
  }
  return HttpResult::kHtml;
}

}  // namespace

struct WarcReader::Headers {
  std::string type;  // WARC-Type, lowercase
  std::string target_uri;
  std::string date;
  std::string content_type;
  std::size_t content_length = 0;
  bool has_content_length = false;
};

WarcReader::WarcReader(std::unique_ptr<BufferedInput> input, const ReaderOptions& options)
    : input_(std::move(input)), limits_(options.limits) {}

ReadStatus WarcReader::Reject(Rejection* rejection, std::string message) {
  rejection->origin = input_->name() + "#" + std::to_string(record_);
  rejection->message = std::move(message);
  return ReadStatus::kRejected;
}

ReadStatus WarcReader::Fatal(Rejection* rejection, const Status& status) {
  done_ = true;
  rejection->origin = input_->name() + (record_ > 0 ? "#" + std::to_string(record_) : "");
  rejection->message = status.message();
  return ReadStatus::kRejected;
}

WarcReader::Outcome WarcReader::ReadHeaders(Headers* headers, std::string* message,
                                            Status* io_error) {
  std::string line;
  std::string* last_value = nullptr;  // for folded continuation lines
  std::size_t total = 0;
  for (;;) {
    bool too_long = false;
    StatusOr<bool> got = input_->ReadLine(kMaxHeaderLine, &line, &too_long);
    if (!got.ok()) {
      *io_error = got.status();
      return Outcome::kEnd;
    }
    if (!*got) {
      *message = "truncated record: input ends inside the WARC header";
      return Outcome::kEnd;
    }
    if (too_long) {
      *message = "WARC header line longer than " + std::to_string(kMaxHeaderLine) + " bytes";
      return Outcome::kReject;
    }
    StripCr(&line);
    if (line.empty()) return Outcome::kOk;
    total += line.size();
    if (total > kMaxHeaderBytes) {
      *message = "WARC header larger than " + std::to_string(kMaxHeaderBytes) + " bytes";
      return Outcome::kReject;
    }
    if ((line[0] == ' ' || line[0] == '\t') && last_value != nullptr) {
      *last_value += " " + std::string(Trim(line));
      continue;
    }
    last_value = nullptr;
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = LowerAscii(Trim(std::string_view(line).substr(0, colon)));
    std::string value(Trim(std::string_view(line).substr(colon + 1)));
    if (name == "warc-type") {
      headers->type = LowerAscii(value);
      last_value = &headers->type;
    } else if (name == "warc-target-uri") {
      headers->target_uri = value;
      last_value = &headers->target_uri;
    } else if (name == "warc-date") {
      headers->date = value;
    } else if (name == "content-type") {
      headers->content_type = value;
      last_value = &headers->content_type;
    } else if (name == "content-length") {
      headers->has_content_length = ParseCount(value, &headers->content_length);
    }
  }
}

bool WarcReader::SkipBlock(std::size_t length, std::string* message, Status* io_error) {
  std::size_t start = input_->position();
  Status status = input_->Skip(length);
  if (status.ok()) return true;
  std::size_t got = input_->position() - start;
  // BufferedInput reports a plain end of input with this message; anything else (a corrupt
  // gzip stream, an I/O error) ends the reader.
  *message =
      "truncated record: expected " + std::to_string(length) + " bytes, got " + std::to_string(got);
  if (status.message().find("unexpected end of input") == std::string::npos) *io_error = status;
  return false;
}

ReadStatus WarcReader::Next(RawArticle* article, Rejection* rejection) {
  for (;;) {
    if (done_) return ReadStatus::kEnd;
    std::string line;
    bool too_long = false;
    StatusOr<bool> got = input_->ReadLine(kMaxHeaderLine, &line, &too_long);
    if (!got.ok()) return Fatal(rejection, got.status());
    if (!*got) {
      done_ = true;
      return ReadStatus::kEnd;
    }
    StripCr(&line);
    if (resync_) {
      if (too_long || !IsVersionLine(line)) {
        resync_scanned_ += line.size() + 1;
        if (resync_scanned_ > limits_.max_warc_record_bytes) {
          done_ = true;
          return Reject(rejection, "no WARC record found in the next " +
                                       std::to_string(limits_.max_warc_record_bytes) +
                                       " bytes; giving up");
        }
        continue;
      }
      resync_ = false;
    } else if (!too_long && line.empty()) {
      continue;  // the CRLF CRLF after a block, or stray blank lines
    }
    ++record_;
    if (too_long || !IsVersionLine(line)) {
      resync_ = true;
      resync_scanned_ = 0;
      return Reject(rejection, "not a WARC record (expected 'WARC/1.x', got '" + Printable(line) +
                                   (too_long ? "...'" : "'") + ")");
    }

    Headers headers;
    std::string message;
    Status io_error;
    Outcome outcome = ReadHeaders(&headers, &message, &io_error);
    if (!io_error.ok()) return Fatal(rejection, io_error);
    if (outcome == Outcome::kEnd) {
      done_ = true;
      return Reject(rejection, message);
    }
    if (outcome == Outcome::kReject || !headers.has_content_length) {
      resync_ = true;
      resync_scanned_ = 0;
      return Reject(rejection,
                    outcome == Outcome::kReject ? message : "missing or invalid Content-Length");
    }
    const std::size_t length = headers.content_length;
    bool wanted = headers.type == "response" &&
                  (headers.content_type.empty() ||
                   LowerAscii(headers.content_type).compare(0, 16, "application/http") == 0);
    if (!wanted || length > limits_.max_warc_record_bytes) {
      if (!SkipBlock(length, &message, &io_error)) {
        if (!io_error.ok()) return Fatal(rejection, io_error);
        done_ = true;
        return Reject(rejection, message);
      }
      if (!wanted) {
        ++skipped_;
        continue;
      }
      return Reject(rejection, "record block of " + std::to_string(length) +
                                   " bytes exceeds --max-warc-record-bytes (" +
                                   std::to_string(limits_.max_warc_record_bytes) + ")");
    }
    std::string block;
    Status read = input_->ReadExactly(length, &block);
    if (!read.ok()) {
      if (read.message().find("unexpected end of input") == std::string::npos) {
        return Fatal(rejection, read);
      }
      done_ = true;
      return Reject(rejection, "truncated record: expected " + std::to_string(length) +
                                   " bytes, got " + std::to_string(block.size()));
    }

    std::string payload;
    switch (ParseHttpResponse(block, limits_, &payload, &message)) {
      case HttpResult::kSkip:
        ++skipped_;
        continue;
      case HttpResult::kReject:
        return Reject(rejection, message);
      case HttpResult::kHtml:
        break;
    }
    block.clear();
    StatusOr<HtmlPage> page = ExtractHtml(payload, limits_);
    if (!page.ok()) return Reject(rejection, page.status().message());

    *article = RawArticle();
    article->url = headers.target_uri;
    if (article->url.size() >= 2 && article->url.front() == '<' && article->url.back() == '>') {
      article->url = article->url.substr(1, article->url.size() - 2);  // WARC/1.0 style
    }
    article->date = !page->date.empty() ? std::move(page->date) : headers.date;
    article->title = std::move(page->title);
    article->content = std::move(payload);
    article->format = InputFormat::kWarc;
    article->origin = input_->name() + "#" + std::to_string(record_);
    article->blocks = std::move(page->blocks);
    article->title_in_content =
        std::any_of(article->blocks.begin(), article->blocks.end(),
                    [](const SourceBlock& b) { return b.hint == BlockHint::kTitle; });
    return ReadStatus::kArticle;
  }
}

std::unique_ptr<ArticleReader> NewWarcReader(std::unique_ptr<BufferedInput> input,
                                             const ReaderOptions& options) {
  return std::make_unique<WarcReader>(std::move(input), options);
}

}  // namespace dyad
