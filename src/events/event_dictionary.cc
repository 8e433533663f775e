#include "events/event_dictionary.h"

#include "actors/dict_file.h"
#include "base/strings.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/case_fold.h"

namespace dyad {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> SplitBar(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    std::string_view item = TrimSpace(s.substr(start, bar - start));
    if (!item.empty()) out.emplace_back(item);
    start = bar + 1;
  }
  return out;
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> words;
  std::istringstream in{std::string(phrase)};
  std::string w;
  while (in >> w) words.push_back(FoldCase(w));
  return words;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// One-syllable consonant-vowel-consonant verbs double their last consonant (stop, plan).
bool DoublesFinal(const std::string& w) {
  if (w.size() < 3 || w.size() > 4) return false;
  char c3 = w[w.size() - 1], c2 = w[w.size() - 2], c1 = w[w.size() - 3];
  if (IsVowel(c3) || c3 == 'w' || c3 == 'x' || c3 == 'y' || !IsVowel(c2) || IsVowel(c1))
    return false;
  std::size_t vowels = 0;
  for (char c : w) vowels += IsVowel(c) ? 1 : 0;
  return vowels == 1;
}

}  // namespace

void EventDictionary::Inflect(const std::string& w, std::string* third, std::string* past,
                              std::string* gerund) {
  auto ends = [&](std::string_view s) {
    return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  bool consonant_y = w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]);
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o")) {
    *third = w + "es";
  } else if (consonant_y) {
    *third = w.substr(0, w.size() - 1) + "ies";
  } else {
    *third = w + "s";
  }
  if (ends("e")) {
    *past = w + "d";
  } else if (consonant_y) {
    *past = w.substr(0, w.size() - 1) + "ied";
  } else if (DoublesFinal(w)) {
    *past = w + w.back() + "ed";
  } else {
    *past = w + "ed";
  }
  if (ends("ie")) {
    *gerund = w.substr(0, w.size() - 2) + "ying";
  } else if (ends("e") && !ends("ee") && !ends("ye") && !ends("oe") && w.size() > 2) {
    *gerund = w.substr(0, w.size() - 1) + "ing";
  } else if (DoublesFinal(w)) {
    *gerund = w + w.back() + "ing";
  } else {
    *gerund = w + "ing";
  }
}

void EventDictionary::AddVerb(uint32_t block, const std::string& lemma,
                              const std::vector<std::string>& irregular) {
  std::vector<std::string> words = Words(lemma);
  if (words.empty()) return;
  std::string head = words[0];
  std::vector<std::string> particles(words.begin() + 1, words.end());
  std::string third, past, gerund;
  Inflect(head, &third, &past, &gerund);
  std::string participle = past;
  if (!irregular.empty()) past = FoldCase(irregular[0]);
  if (irregular.size() > 1) participle = FoldCase(irregular[1]);
  if (irregular.size() > 2) gerund = FoldCase(irregular[2]);
  auto add = [&](const std::string& form, VerbForm kind) {
    std::vector<TriggerForm>& list = verbs_[form];
    for (TriggerForm& existing : list) {
      if (existing.block == block && existing.particles == particles) {
        if ((existing.form == VerbForm::kPast && kind == VerbForm::kParticiple) ||
            (existing.form == VerbForm::kParticiple && kind == VerbForm::kPast)) {
          existing.form = VerbForm::kPastOrParticiple;
        }
        return;
      }
    }
    list.push_back({block, kind, particles});
  };
  add(head, VerbForm::kBase);
  add(third, VerbForm::kThird);
  add(past, VerbForm::kPast);
  add(participle, VerbForm::kParticiple);
  add(gerund, VerbForm::kGerund);
}

bool EventDictionary::ParsePattern(std::string_view text, EventPattern* pattern,
                                   std::string* error) const {
  std::size_t i = 0;
  int triggers = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i == text.size()) break;
    PatternElement element;
    std::size_t end = i;
    if (text[i] == '(') {
      std::size_t close = text.find(')', i);
      if (close == std::string_view::npos) {
        *error = "unclosed '('";
        return false;
      }
      for (const std::string& alternative : SplitBar(text.substr(i + 1, close - i - 1))) {
        if (alternative[0] == '&') {
          auto it = sets_.find(alternative);
          if (it == sets_.end()) {
            *error = "unknown set " + alternative;
            return false;
          }
          element.alternatives.insert(element.alternatives.end(), it->second.begin(),
                                      it->second.end());
        } else {
          element.alternatives.push_back(Words(alternative));
        }
      }
      element.kind = PatternElement::kWords;
      end = close + 1;
    } else {
      while (end < text.size() && text[end] != ' ' && text[end] != '\t') ++end;
      std::string_view word = text.substr(i, end - i);
      if (!word.empty() && word.back() == '?') {
        element.optional = true;
        word.remove_suffix(1);
        --end;
      }
      if (word == "*") {
        element.kind = PatternElement::kTrigger;
        ++triggers;
      } else if (word == "TGT") {
        element.kind = PatternElement::kTarget;
      } else if (word == "SRC") {
        element.kind = PatternElement::kSource;
      } else if (word == "...") {
        element.kind = PatternElement::kSkip;
      } else if (word[0] == '&') {
        auto it = sets_.find(std::string(word));
        if (it == sets_.end()) {
          *error = "unknown set " + std::string(word);
          return false;
        }
        element.kind = PatternElement::kWords;
        element.alternatives = it->second;
      } else {
        element.kind = PatternElement::kWords;
        element.alternatives.push_back({FoldCase(word)});
      }
      if (element.optional) ++end;  // step over the '?'
    }
    if (end < text.size() && text[end] == '?') {
      element.optional = true;
      ++end;
    }
    for (const std::vector<std::string>& alternative : element.alternatives) {
      if (!alternative.empty())
        element.first_words.insert(std::hash<std::string>()(alternative.front()));
    }
    if (element.kind == PatternElement::kTrigger) {
      pattern->trigger_index = static_cast<uint32_t>(pattern->elements.size());
    }
    if (!element.optional && element.kind != PatternElement::kSkip &&
        element.kind != PatternElement::kTrigger) {
      pattern->specificity += 1;
    }
    pattern->elements.push_back(std::move(element));
    i = end;
  }
  if (triggers != 1) {
    *error = "a pattern needs exactly one '*'";
    return false;
  }
  return true;
}

void EventDictionary::ParseFile(const std::string& name, std::string_view text, bool sets_only,
                                const CameoTable* cameo, std::vector<DictDiagnostic>* diagnostics) {
  auto report = [&](uint32_t line, std::string message) {
    diagnostics->push_back({name, line, std::move(message), true});
  };
  std::istringstream in{std::string(text)};
  std::string raw;
  uint32_t number = 0;
  int current = -1;
  while (std::getline(in, raw)) {
    ++number;
    bool indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    std::size_t hash = raw.find('#');
    std::string_view body = TrimSpace(std::string_view(raw).substr(0, hash));
    if (body.empty()) continue;
    if (!indented) {
      current = -1;
      if (body.rfind("SET ", 0) == 0) {
        if (!sets_only) continue;
        std::size_t eq = body.find('=');
        std::string set_name(TrimSpace(body.substr(4, eq == std::string_view::npos ? 0 : eq - 4)));
        if (eq == std::string_view::npos || set_name.size() < 2 || set_name[0] != '&') {
          report(number, "expected SET &NAME = word | phrase | …");
          continue;
        }
        if (sets_.count(set_name)) {
          report(number, "set " + set_name + " defined twice");
          continue;
        }
        std::vector<std::vector<std::string>>& phrases = sets_[set_name];
        for (const std::string& item : SplitBar(body.substr(eq + 1)))
          phrases.push_back(Words(item));
        continue;
      }
      if (sets_only) continue;
      bool verb = body.rfind("VERB ", 0) == 0;
      bool noun = body.rfind("NOUN ", 0) == 0;
      if (!verb && !noun) {
        report(number, "expected a VERB, NOUN or SET header");
        continue;
      }
      TriggerBlock block;
      block.noun = noun;
      block.file = name;
      block.line = number;
      uint32_t id = static_cast<uint32_t>(blocks_.size());
      std::string_view list = body.substr(5);
      // Split on '|' outside braces.
      std::vector<std::string> items;
      std::string item;
      int depth = 0;
      for (char c : list) {
        if (c == '{') ++depth;
        if (c == '}') --depth;
        if (c == '|' && depth == 0) {
          items.push_back(item);
          item.clear();
        } else {
          item.push_back(c);
        }
      }
      items.push_back(item);
      for (const std::string& raw_item : items) {
        std::string_view entry = TrimSpace(raw_item);
        if (entry.empty()) continue;
        std::vector<std::string> irregular;
        std::size_t brace = entry.find('{');
        if (brace != std::string_view::npos) {
          std::size_t close = entry.find('}', brace);
          if (close == std::string_view::npos) {
            report(number, "unclosed '{'");
            continue;
          }
          irregular = SplitBar(entry.substr(brace + 1, close - brace - 1));
          entry = TrimSpace(entry.substr(0, brace));
        }
        block.lemmas.emplace_back(entry);
        if (noun) {
          std::vector<std::string> words = Words(entry);
          if (words.empty()) continue;
          std::vector<std::string> particles(words.begin() + 1, words.end());
          nouns_[words[0]].push_back({id, VerbForm::kBase, particles});
        } else {
          AddVerb(id, std::string(entry), irregular);
        }
      }
      blocks_.push_back(std::move(block));
      current = static_cast<int>(id);
      continue;
    }
    if (sets_only) continue;
    if (current < 0) {
      report(number, "pattern line outside a VERB or NOUN block");
      continue;
    }
    std::size_t space = body.find_first_of(" \t");
    std::string code(body.substr(0, space));
    EventPattern pattern;
    pattern.file = name;
    pattern.line = number;
    if (code != "---") {
      if (cameo != nullptr && cameo->Find(code) == nullptr) {
        report(number, "unknown CAMEO code '" + code + "'");
        continue;
      }
      if (cameo == nullptr && (code.size() < 2 || code.size() > 4 ||
                               code.find_first_not_of("0123456789") != std::string::npos)) {
        report(number, "malformed CAMEO code '" + code + "'");
        continue;
      }
      pattern.code = code;
    }
    std::string error;
    if (space == std::string_view::npos || !ParsePattern(body.substr(space), &pattern, &error)) {
      report(number, error.empty() ? "pattern has no elements" : error);
      continue;
    }
    blocks_[static_cast<std::size_t>(current)].patterns.push_back(std::move(pattern));
    ++pattern_count_;
  }
}

std::shared_ptr<const EventDictionary> EventDictionary::Build(
    const std::vector<std::pair<std::string, std::string>>& files, const CameoTable* cameo,
    std::vector<DictDiagnostic>* diagnostics) {
  std::shared_ptr<EventDictionary> dict(new EventDictionary());
  for (const auto& [name, text] : files) dict->ParseFile(name, text, true, cameo, diagnostics);
  for (const auto& [name, text] : files) dict->ParseFile(name, text, false, cameo, diagnostics);
  // Most specific patterns first, so the first match is the best.
  for (TriggerBlock& block : dict->blocks_) {
    std::stable_sort(
        block.patterns.begin(), block.patterns.end(),
        [](const EventPattern& a, const EventPattern& b) { return a.specificity > b.specificity; });
  }
  return dict;
}

StatusOr<std::shared_ptr<const EventDictionary>> EventDictionary::Load(
    const std::string& dir, const CameoTable& cameo, std::vector<DictDiagnostic>* diagnostics) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".txt") paths.push_back(it->path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& path : paths) {
    std::string text;
    DYAD_RETURN_IF_ERROR(ReadDictionaryFile(path, &text));
    files.emplace_back(path, std::move(text));
  }
  if (files.empty()) return NotFoundError(dir + ": no event dictionary files");
  return Build(files, &cameo, diagnostics);
}

const std::vector<TriggerForm>* EventDictionary::Verb(std::string_view folded) const {
  auto it = verbs_.find(std::string(folded));
  return it == verbs_.end() ? nullptr : &it->second;
}

const std::vector<TriggerForm>* EventDictionary::Noun(std::string_view folded) const {
  auto it = nouns_.find(std::string(folded));
  return it == nouns_.end() ? nullptr : &it->second;
}

}  // namespace dyad
