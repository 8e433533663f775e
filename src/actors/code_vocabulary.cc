#include "actors/code_vocabulary.h"

#include <sstream>

namespace dyad {

void CodeVocabulary::ParseCodesFile(std::string_view text, const std::string& file_name,
                                    std::vector<DictDiagnostic>* diagnostics) {
  std::istringstream in{std::string(text)};
  std::string line;
  uint32_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::istringstream fields(line);
    std::string kind, code;
    if (!(fields >> kind)) continue;
    fields >> code;
    std::string rest;
    std::getline(fields, rest);
    std::size_t start = rest.find_first_not_of(" \t");
    rest = start == std::string::npos ? "" : rest.substr(start);
    bool valid_code = code.size() == 3 &&
                      code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos;
    if (!valid_code) {
      diagnostics->push_back({file_name, number, "expected a three-capital-letter code", true});
    } else if (kind == "role") {
      roles_.insert(code);
    } else if (kind == "pseudo") {
      pseudos_.insert(code);
    } else if (kind == "sector") {
      if (rest.empty()) {
        diagnostics->push_back({file_name, number, "sector line needs a sector name", true});
      } else {
        sectors_[code] = rest;
      }
    } else {
      diagnostics->push_back(
          {file_name, number, "unknown line kind '" + kind + "' (role, pseudo, sector)", true});
    }
  }
}

std::string_view CodeVocabulary::Sector(std::string_view role) const {
  auto it = sectors_.find(role);
  return it == sectors_.end() ? std::string_view() : std::string_view(it->second);
}

bool CodeVocabulary::Split(std::string_view code, bool agent, ActorCode* out,
                           std::string* error) const {
  *out = ActorCode();
  out->code = std::string(code);
  if (code.empty() || code.size() % 3 != 0) {
    *error = "code '" + std::string(code) + "' is not made of three-letter chunks";
    return false;
  }
  std::size_t pos = 0;
  if (!agent) {
    std::string first(code.substr(0, 3));
    if (!IsCountry(first) && !IsPseudo(first)) {
      *error = "unknown country code '" + first + "' in '" + std::string(code) + "'";
      return false;
    }
    out->country = first;
    pos = 3;
  }
  for (; pos < code.size(); pos += 3) {
    std::string chunk(code.substr(pos, 3));
    if (IsRole(chunk)) {
      out->roles.push_back(chunk);
    } else if (!agent && pos + 3 == code.size()) {
      out->organisation = chunk;  // the last chunk may name the group itself
    } else {
      *error = "unknown role code '" + chunk + "' in '" + std::string(code) + "'";
      return false;
    }
  }
  return true;
}

}  // namespace dyad
