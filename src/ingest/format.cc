#include "ingest/format.h"

#include <cctype>
#include <cstring>
#include <string>

#include "base/utf8.h"

namespace dyad {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = static_cast<char>(
        std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])));
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto:
      return "auto";
    case InputFormat::kText:
      return "text";
    case InputFormat::kJsonl:
      return "jsonl";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kWarc:
      return "warc";
  }
  return "auto";
}

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl,
                        InputFormat::kHtml, InputFormat::kWarc}) {
    if (InputFormatName(f) == name) {
      *format = f;
      return true;
    }
  }
  return false;
}

InputFormat FormatFromPath(std::string_view path) {
  if (EndsWith(path, ".gz")) path.remove_suffix(3);
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson") || EndsWith(path, ".json")) {
    return InputFormat::kJsonl;
  }
  if (EndsWith(path, ".html") || EndsWith(path, ".htm") || EndsWith(path, ".xhtml")) {
    return InputFormat::kHtml;
  }
  if (EndsWith(path, ".warc")) return InputFormat::kWarc;
  if (EndsWith(path, ".txt") || EndsWith(path, ".text")) return InputFormat::kText;
  return InputFormat::kAuto;
}

InputFormat FormatFromContent(std::string_view head) {
  std::size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  std::string_view rest = head.substr(i);
  if (rest.substr(0, 7) == "WARC/1.") return InputFormat::kWarc;
  if (!rest.empty() && rest[0] == '{') return InputFormat::kJsonl;
  std::string lower(rest.substr(0, 1024));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0 ||
      lower.rfind("<?xml", 0) == 0 || lower.find("<html") != std::string::npos ||
      lower.find("<body") != std::string::npos) {
    return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

std::size_t FindNul(std::string_view bytes) {
  const void* p = std::memchr(bytes.data(), 0, bytes.size());
  return p == nullptr ? std::string_view::npos
                      : static_cast<std::size_t>(static_cast<const char*>(p) - bytes.data());
}

bool LooksBinary(std::string_view bytes) {
  if (FindNul(bytes) != std::string_view::npos) return true;
  std::size_t bad = 0;
  std::size_t i = 0;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++bad;
      ++i;
      continue;
    }
    std::size_t length = 0;
    bool valid = false;
    DecodeUtf8(bytes, i, &length, &valid);
    // A sequence cut off by the end of the sample is not evidence of anything.
    if (!valid && bytes.size() - i > 4) ++bad;
    i += length;
  }
  return bad * 10 > bytes.size();
}

}  // namespace dyad
