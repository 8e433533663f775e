#include "events/cameo_table.h"

#include "actors/dict_file.h"

#include <fstream>
#include <sstream>

namespace dyad {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::string StripComment(std::string line) {
  std::size_t hash = line.find('#');
  if (hash != std::string::npos) line.resize(hash);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
    line.pop_back();
  return line;
}

bool IsCode(const std::string& code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

void CameoTable::Parse(std::string_view codes, std::string_view plover,
                       std::vector<DictDiagnostic>* diagnostics) {
  std::istringstream in{std::string(codes)};
  std::string line;
  uint32_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    line = StripComment(line);
    if (line.empty()) continue;
    std::vector<std::string> f = SplitTabs(line);
    CameoCode code;
    char* end = nullptr;
    if (f.size() < 4 || !IsCode(f[0])) {
      diagnostics->push_back(
          {"cameo_codes.txt", number, "expected CODE<TAB>GOLDSTEIN<TAB>QUAD<TAB>LABEL", true});
      continue;
    }
    code.code = f[0];
    code.goldstein = std::strtod(f[1].c_str(), &end);
    if (end == f[1].c_str()) {
      diagnostics->push_back(
          {"cameo_codes.txt", number, "invalid Goldstein value '" + f[1] + "'", true});
      continue;
    }
    code.quad = std::atoi(f[2].c_str());
    if (code.quad < 1 || code.quad > 4) {
      diagnostics->push_back({"cameo_codes.txt", number, "quad class must be 1-4", true});
      continue;
    }
    code.label = f[3];
    codes_[code.code] = code;
  }
  std::istringstream pin{std::string(plover)};
  number = 0;
  while (std::getline(pin, line)) {
    ++number;
    line = StripComment(line);
    if (line.empty()) continue;
    std::vector<std::string> f = SplitTabs(line);
    auto it = f.empty() ? codes_.end() : codes_.find(f[0]);
    if (f.size() < 2 || it == codes_.end()) {
      diagnostics->push_back(
          {"plover_map.txt", number, "expected a known CAMEO code and a PLOVER type", true});
      continue;
    }
    it->second.plover_type = f[1];
    if (f.size() > 2) it->second.plover_mode = f[2];
    if (f.size() > 3) it->second.plover_context = f[3];
  }
}

StatusOr<CameoTable> CameoTable::Load(const std::string& dir,
                                      std::vector<DictDiagnostic>* diagnostics) {
  std::string codes, plover;
  DYAD_RETURN_IF_ERROR(ReadDictionaryFile(dir + "/cameo_codes.txt", &codes));
  DYAD_RETURN_IF_ERROR(ReadDictionaryFile(dir + "/plover_map.txt", &plover));
  CameoTable table;
  table.Parse(codes, plover, diagnostics);
  if (table.size() == 0) return InvalidArgumentError(dir + "/cameo_codes.txt: no codes");
  return table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad
