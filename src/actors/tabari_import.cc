#include "actors/tabari_import.h"

#include "base/strings.h"

#include <map>
#include <sstream>

namespace dyad {
namespace {

// Removes '#' comments and single-line '<!-- -->' comments; tracks multi-line ones.
std::string StripComments(std::string_view line, bool* in_block) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    if (*in_block) {
      std::size_t end = line.find("-->", i);
      if (end == std::string_view::npos) return out;
      *in_block = false;
      i = end + 3;
      continue;
    }
    if (line.compare(i, 4, "<!--") == 0) {
      *in_block = true;
      i += 4;
      continue;
    }
    if (line[i] == '#') break;
    out.push_back(line[i++]);
  }
  return out;
}

// "HAMID_KARZAI_" -> "hamid karzai"; short words stay in capitals.
std::string PhraseToName(std::string_view phrase) {
  std::string spaced;
  for (char c : phrase) spaced.push_back(c == '_' ? ' ' : c);
  std::istringstream words(spaced);
  std::string word, out;
  while (words >> word) {
    if (word.size() > 3) {
      for (char& c : word) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
    }
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

bool ParseTabariDate(std::string_view s, bool is_end, Date* date) {
  std::string iso;
  if (s.size() == 6) {
    int yy = (s[0] - '0') * 10 + (s[1] - '0');
    iso = std::string(yy <= 30 ? "20" : "19") + std::string(s.substr(0, 2));
    s.remove_prefix(2);
  } else if (s.size() == 8) {
    iso = std::string(s.substr(0, 4));
    s.remove_prefix(4);
  } else {
    return false;
  }
  iso += "-" + std::string(s.substr(0, 2)) + "-" + std::string(s.substr(2, 2));
  return ParseDictDate(iso, is_end, date);
}

// "[CODE restriction]" -> DatedCode.
bool ParseBracketCode(std::string_view text, DatedCode* code, std::string* error) {
  text = TrimSpace(text);
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') {
    *error = "expected [CODE] or [CODE restriction]";
    return false;
  }
  text = TrimSpace(text.substr(1, text.size() - 2));
  std::size_t space = text.find_first_of(" \t");
  code->code = std::string(text.substr(0, space));
  code->from = kMinDate;
  code->to = kMaxDate;
  if (code->code.empty()) {
    *error = "empty code";
    return false;
  }
  if (space == std::string_view::npos) return true;
  std::string_view r = TrimSpace(text.substr(space));
  bool ok = true;
  if (!r.empty() && r[0] == '<') {
    ok = ParseTabariDate(TrimSpace(r.substr(1)), true, &code->to);
  } else if (!r.empty() && r[0] == '>') {
    ok = ParseTabariDate(TrimSpace(r.substr(1)), false, &code->from);
  } else {
    std::size_t dash = r.find('-');
    ok = dash != std::string_view::npos && ParseTabariDate(r.substr(0, dash), false, &code->from) &&
         ParseTabariDate(r.substr(dash + 1), true, &code->to);
  }
  if (!ok) *error = "malformed date restriction '" + std::string(r) + "'";
  return ok;
}

std::vector<std::string> Plurals(const std::string& singular) {
  if (singular.empty()) return {};
  std::string lower = singular;
  if (lower.size() >= 2 && lower.compare(lower.size() - 2, 2, "ss") == 0) return {singular + "es"};
  if (lower.back() == 'y' && lower.size() >= 2 &&
      std::string("aeiou").find(lower[lower.size() - 2]) == std::string::npos) {
    return {singular.substr(0, singular.size() - 1) + "ies"};
  }
  return {singular + "s"};
}

}  // namespace

void ImportTabariActors(std::string_view text, const std::string& file_name,
                        std::vector<DictEntry>* entries, std::vector<DictDiagnostic>* diagnostics) {
  std::istringstream in{std::string(text)};
  std::string raw;
  uint32_t number = 0;
  bool in_block = false;
  DictEntry* current = nullptr;
  while (std::getline(in, raw)) {
    ++number;
    bool indented = !raw.empty() && (raw[0] == '\t' || raw[0] == ' ');
    std::string line = StripComments(raw, &in_block);
    std::size_t semicolon = line.find(';');
    if (semicolon != std::string::npos) line.resize(semicolon);
    std::string_view body = TrimSpace(line);
    if (body.empty()) continue;
    if (body[0] == '+') {
      if (current == nullptr) {
        diagnostics->push_back({file_name, number, "synonym before any primary phrase", true});
        continue;
      }
      current->names.push_back(PhraseToName(TrimSpace(body.substr(1))));
      continue;
    }
    if (indented && body[0] == '[') {
      if (current == nullptr) {
        diagnostics->push_back({file_name, number, "restriction before any primary phrase", true});
        continue;
      }
      DatedCode code;
      std::string error;
      if (!ParseBracketCode(body, &code, &error)) {
        diagnostics->push_back({file_name, number, error, true});
        continue;
      }
      code.line = number;
      current->codes.push_back(std::move(code));
      continue;
    }
    entries->push_back(DictEntry());
    current = &entries->back();
    current->file = file_name;
    current->line = number;
    std::size_t bracket = body.find('[');
    current->names.push_back(PhraseToName(TrimSpace(body.substr(0, bracket))));
    if (bracket != std::string_view::npos) {
      DatedCode code;
      std::string error;
      if (ParseBracketCode(body.substr(bracket), &code, &error)) {
        code.line = number;
        current->codes.push_back(std::move(code));
      } else {
        diagnostics->push_back({file_name, number, error, true});
      }
    }
  }
}

void ImportTabariAgents(std::string_view text, const std::string& file_name,
                        std::vector<DictEntry>* entries, std::vector<DictDiagnostic>* diagnostics) {
  std::istringstream in{std::string(text)};
  std::string raw;
  uint32_t number = 0;
  bool in_block = false;
  std::map<std::string, std::vector<std::string>> substitutions;
  while (std::getline(in, raw)) {
    ++number;
    std::string line = StripComments(raw, &in_block);
    std::string_view body = TrimSpace(line);
    if (body.empty()) continue;
    if (body[0] == '!' && body.find('=') != std::string_view::npos) {
      std::size_t eq = body.find('=');
      std::string marker(TrimSpace(body.substr(0, eq)));
      std::vector<std::string>& items = substitutions[marker];
      std::string list(body.substr(eq + 1));
      std::istringstream parts(list);
      std::string item;
      while (std::getline(parts, item, ',')) {
        std::string_view t = TrimSpace(item);
        if (!t.empty()) items.emplace_back(t);
      }
      continue;
    }
    std::size_t bracket = body.find('[');
    std::size_t close = body.find_first_of("]}", bracket == std::string_view::npos ? 0 : bracket);
    if (bracket == std::string_view::npos || close == std::string_view::npos) {
      diagnostics->push_back({file_name, number, "expected PHRASE [~CODE]", true});
      continue;
    }
    std::string code(TrimSpace(body.substr(bracket + 1, close - bracket - 1)));
    std::string roles;
    for (char c : code) {
      if (c != '~') roles.push_back(c);
    }
    std::string_view phrase_part = TrimSpace(body.substr(0, bracket));
    std::vector<std::string> plurals;
    bool explicit_plural = false;
    std::size_t brace = phrase_part.find('{');
    if (brace != std::string_view::npos) {
      explicit_plural = true;
      std::size_t end = phrase_part.find('}', brace);
      std::string_view inside = TrimSpace(phrase_part.substr(
          brace + 1, end == std::string_view::npos ? std::string_view::npos : end - brace - 1));
      if (!inside.empty()) plurals.push_back(std::string(inside));
      phrase_part = TrimSpace(phrase_part.substr(0, brace));
    }
    std::vector<std::string> phrases = {std::string(phrase_part)};
    // Expand one substitution marker, if present.
    for (const auto& [marker, items] : substitutions) {
      std::size_t at = phrases[0].find(marker);
      if (at == std::string::npos) continue;
      std::vector<std::string> expanded;
      for (const std::string& item : items) {
        std::string p = phrases[0];
        p.replace(at, marker.size(), item);
        expanded.push_back(p);
      }
      phrases = expanded;
      explicit_plural = true;  // substitution sets list their own forms
      break;
    }
    DictEntry entry;
    entry.file = file_name;
    entry.line = number;
    for (const std::string& phrase : phrases) {
      std::string name = PhraseToName(phrase);
      entry.names.push_back(name);
      if (!explicit_plural) {
        for (const std::string& p : Plurals(name)) entry.names.push_back(p);
      }
    }
    for (const std::string& p : plurals) entry.names.push_back(PhraseToName(p));
    DatedCode dated;
    dated.code = roles;
    dated.line = number;
    entry.codes.push_back(std::move(dated));
    entry.attributes.emplace_back("type", "role");
    entries->push_back(std::move(entry));
  }
}

}  // namespace dyad
