#include "actors/dict_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/strings.h"

namespace dyad {
namespace {

std::string_view StripComment(std::string_view line) {
  std::size_t hash = line.find('#');
  return hash == std::string_view::npos ? line : line.substr(0, hash);
}

bool IsCodeChunk(std::string_view s) {
  if (s.size() % 3 != 0 || s.empty()) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

Status ReadDictionaryFile(const std::string& path, std::string* out) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return NotFoundError(path + ": " + ec.message());
  if (size > kMaxDictFileBytes) {
    return ResourceExhaustedError(path + ": dictionary file larger than " +
                                  std::to_string(kMaxDictFileBytes) + " bytes");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return IoError(path + ": read error");
  *out = buffer.str();
  return OkStatus();
}

bool ParseCodeLine(std::string_view body, DatedCode* code, std::string* error) {
  body = TrimSpace(body);
  std::size_t space = body.find_first_of(" \t");
  std::string_view code_text = body.substr(0, space);
  std::string_view dates =
      space == std::string_view::npos ? std::string_view() : TrimSpace(body.substr(space));
  if (!IsCodeChunk(code_text)) {
    *error = "malformed code '" + std::string(code_text) +
             "' (expected three-letter chunks of capitals, e.g. IRQGOV)";
    return false;
  }
  code->code = std::string(code_text);
  code->from = kMinDate;
  code->to = kMaxDate;
  if (dates.empty()) return true;
  std::size_t dots = dates.find("..");
  if (dots == std::string_view::npos || dates.find_first_of(" \t") != std::string_view::npos) {
    *error = "malformed date range '" + std::string(dates) + "' (expected FROM..TO)";
    return false;
  }
  std::string_view from = dates.substr(0, dots);
  std::string_view to = dates.substr(dots + 2);
  if (from.empty() && to.empty()) {
    *error = "empty date range '..'";
    return false;
  }
  if (!from.empty() && !ParseDictDate(from, false, &code->from)) {
    *error = "invalid date '" + std::string(from) + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)";
    return false;
  }
  if (!to.empty() && !ParseDictDate(to, true, &code->to)) {
    *error = "invalid date '" + std::string(to) + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)";
    return false;
  }
  if (code->from > code->to) {
    *error = "date range ends before it starts: " + std::string(dates);
    return false;
  }
  return true;
}

void ParseDictFile(std::string_view text, const std::string& file_name,
                   std::vector<DictEntry>* entries, std::vector<DictDiagnostic>* diagnostics) {
  auto report = [&](uint32_t line, std::string message) {
    diagnostics->push_back({file_name, line, std::move(message), true});
  };
  DictEntry* current = nullptr;
  uint32_t line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (raw.size() > kMaxDictLineBytes) {
      report(line_number, "line longer than " + std::to_string(kMaxDictLineBytes) + " bytes");
      continue;
    }
    bool indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    std::string_view body = TrimSpace(StripComment(raw));
    if (body.empty()) continue;
    if (!indented) {
      entries->push_back(DictEntry());
      current = &entries->back();
      current->file = file_name;
      current->line = line_number;
      std::size_t start = 0;
      while (start <= body.size()) {
        std::size_t bar = body.find('|', start);
        if (bar == std::string_view::npos) bar = body.size();
        std::string_view name = TrimSpace(body.substr(start, bar - start));
        if (name.empty()) {
          report(line_number, "empty name between '|' separators");
        } else {
          current->names.emplace_back(name);
        }
        start = bar + 1;
      }
      continue;
    }
    if (current == nullptr) {
      report(line_number, "indented line before any names line");
      continue;
    }
    if (body[0] == '@') {
      std::size_t space = body.find_first_of(" \t");
      std::string key(
          body.substr(1, space == std::string_view::npos ? body.size() - 1 : space - 1));
      std::string value(space == std::string_view::npos ? std::string_view()
                                                        : TrimSpace(body.substr(space)));
      if (key.empty() || value.empty()) {
        report(line_number, "attribute line needs '@key value'");
        continue;
      }
      current->attributes.emplace_back(std::move(key), std::move(value));
      continue;
    }
    DatedCode code;
    std::string error;
    if (!ParseCodeLine(body, &code, &error)) {
      report(line_number, error);
      continue;
    }
    code.line = line_number;
    current->codes.push_back(std::move(code));
  }
}

std::string FormatDictEntry(const DictEntry& entry) {
  std::string out;
  for (std::size_t i = 0; i < entry.names.size(); ++i) {
    if (i > 0) out += " | ";
    out += entry.names[i];
  }
  out += "\n";
  for (const DatedCode& code : entry.codes) {
    out += "    " + code.code;
    if (code.dated()) {
      out += "  ";
      if (code.from != kMinDate) out += FormatDate(code.from);
      out += "..";
      if (code.to != kMaxDate) out += FormatDate(code.to);
    }
    out += "\n";
  }
  for (const auto& [key, value] : entry.attributes) out += "    @" + key + " " + value + "\n";
  return out;
}

}  // namespace dyad
