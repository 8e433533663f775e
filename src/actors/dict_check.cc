#include "actors/dict_check.h"

#include <map>
#include <string>

#include "actors/actor_dictionary.h"
#include "text/case_fold.h"

namespace dyad {

void AddCountriesFrom(const std::vector<DictEntry>& actors, CodeVocabulary* vocabulary) {
  for (const DictEntry& entry : actors) {
    if (entry.Attribute("type") != "country") continue;
    for (const DatedCode& code : entry.codes) {
      if (code.code.size() >= 3) vocabulary->AddCountry(code.code.substr(0, 3));
    }
  }
}

void CheckEntries(const CodeVocabulary& vocabulary, const std::vector<DictEntry>& actors,
                  const std::vector<DictEntry>& agents, std::vector<DictDiagnostic>* diagnostics) {
  auto error = [&](const std::string& file, uint32_t line, std::string message) {
    diagnostics->push_back({file, line, std::move(message), true});
  };
  // name key -> (file, line, codes) of the first entry that used it
  struct Seen {
    const DictEntry* entry;
  };
  std::map<std::string, Seen> seen;
  for (int pass = 0; pass < 2; ++pass) {
    bool agent = pass == 1;
    for (const DictEntry& entry : agent ? agents : actors) {
      if (entry.names.empty()) error(entry.file, entry.line, "entry has no names");
      if (entry.codes.empty())
        error(entry.file, entry.line,
              "entry '" + (entry.names.empty() ? std::string() : entry.names[0]) +
                  "' has no code line");
      for (const DatedCode& code : entry.codes) {
        ActorCode split;
        std::string message;
        if (!vocabulary.Split(code.code, agent, &split, &message))
          error(entry.file, code.line, message);
      }
      for (std::size_t i = 0; i < entry.codes.size(); ++i) {
        for (std::size_t j = i + 1; j < entry.codes.size(); ++j) {
          const DatedCode& a = entry.codes[i];
          const DatedCode& b = entry.codes[j];
          if (a.code != b.code && a.from <= b.to && b.from <= a.to) {
            error(entry.file, b.line,
                  "date range of " + b.code + " overlaps " + a.code + " (line " +
                      std::to_string(a.line) + ")");
          }
        }
      }
      for (const auto& [key, value] : entry.attributes) {
        if (key == "type") {
          EntryType type;
          if (!ParseEntryType(value, &type))
            error(entry.file, entry.line, "unknown @type '" + value + "'");
        } else if (key == "sponsor" || key == "country") {
          if (!vocabulary.IsCountry(value) && !vocabulary.IsPseudo(value)) {
            error(entry.file, entry.line, "@" + key + " '" + value + "' is not a country code");
          }
        }
      }
      for (const std::string& name : entry.names) {
        std::string key = (agent ? "agent:" : "actor:") + FoldCase(name);
        auto [it, inserted] = seen.emplace(key, Seen{&entry});
        if (inserted) continue;
        const DictEntry& first = *it->second.entry;
        if (first.file == entry.file) {
          if (&first == &entry) {
            error(entry.file, entry.line, "name '" + name + "' listed twice in this entry");
          } else {
            error(entry.file, entry.line,
                  "name '" + name + "' already used at line " + std::to_string(first.line));
          }
        } else {
          bool same_codes = first.codes.size() == entry.codes.size();
          for (std::size_t i = 0; same_codes && i < first.codes.size(); ++i) {
            same_codes = first.codes[i].code == entry.codes[i].code;
          }
          if (!same_codes) {
            diagnostics->push_back({entry.file, entry.line,
                                    "name '" + name + "' also names a different actor at " +
                                        first.file + ":" + std::to_string(first.line),
                                    false});
          }
        }
      }
    }
  }
}

}  // namespace dyad
