#include "actors/actor_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/dict_check.h"
#include "actors/dict_file.h"
#include "actors/tabari_import.h"
#include "text/case_fold.h"
#include "text/tokenizer.h"

namespace dyad {
namespace fs = std::filesystem;

namespace {

struct TypeName {
  EntryType type;
  std::string_view name;
};
constexpr TypeName kTypeNames[] = {
    {EntryType::kCountry, "country"}, {EntryType::kCapital, "capital"},
    {EntryType::kSeat, "seat"},       {EntryType::kTerritory, "territory"},
    {EntryType::kPlace, "place"},     {EntryType::kIgo, "igo"},
    {EntryType::kNgo, "ngo"},         {EntryType::kArmedGroup, "armed_group"},
    {EntryType::kParty, "party"},     {EntryType::kPerson, "person"},
    {EntryType::kCompany, "company"}, {EntryType::kMedia, "media"},
    {EntryType::kRole, "role"},       {EntryType::kOther, "other"},
};

// The dictionary files of a folder, in name order.
std::vector<std::string> ListTextFiles(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".txt") files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> NameTokens(std::string_view name) {
  std::vector<Token> tokens;
  Tokenize(name, 0, static_cast<uint32_t>(name.size()), &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(name.substr(t.begin, t.end - t.begin));
  return out;
}

uint64_t EdgeKey(uint32_t node, uint32_t key) { return (uint64_t{node} << 32) | key; }

}  // namespace

std::string_view EntryTypeName(EntryType type) {
  for (const TypeName& t : kTypeNames) {
    if (t.type == type) return t.name;
  }
  return "other";
}

bool ParseEntryType(std::string_view name, EntryType* type) {
  for (const TypeName& t : kTypeNames) {
    if (t.name == name) {
      *type = t.type;
      return true;
    }
  }
  return false;
}

std::string ActorDictionary::ExactKey(std::string_view token) {
  std::string key = "=";
  key.append(token);
  return key;
}

std::string ActorDictionary::FoldedKey(std::string_view token) { return FoldCase(token); }

void ActorDictionary::AddName(std::string_view name, uint32_t entry_id) {
  std::vector<std::string> tokens = NameTokens(name);
  if (tokens.empty()) return;
  uint32_t node = 0;
  for (const std::string& token : tokens) {
    std::string key = IsAllCaps(token) ? ExactKey(token) : FoldedKey(token);
    auto [key_it, new_key] = key_ids_.emplace(key, static_cast<uint32_t>(key_ids_.size()));
    (void)new_key;
    auto [it, inserted] = edges_.emplace(EdgeKey(node, key_it->second), 0);
    if (inserted) {
      it->second = static_cast<uint32_t>(node_entries_.size());
      node_entries_.emplace_back();
    }
    node = it->second;
  }
  std::vector<uint32_t>& ids = node_entries_[node];
  if (std::find(ids.begin(), ids.end(), entry_id) == ids.end()) {
    ids.push_back(entry_id);
    ++name_count_;
  }
}

std::shared_ptr<const ActorDictionary> ActorDictionary::Build(
    CodeVocabulary vocabulary, std::vector<DictEntry> actors, std::vector<DictEntry> agents,
    std::vector<DictDiagnostic>* diagnostics) {
  std::shared_ptr<ActorDictionary> dict(new ActorDictionary());
  dict->vocabulary_ = std::move(vocabulary);
  dict->node_entries_.emplace_back();  // the root
  for (int pass = 0; pass < 2; ++pass) {
    bool agent = pass == 1;
    for (DictEntry& source : agent ? agents : actors) {
      Entry entry;
      entry.agent = agent;
      entry.type = agent ? EntryType::kRole : EntryType::kOther;
      bool ok = true;
      for (const DatedCode& code : source.codes) {
        ActorCode split;
        std::string error;
        if (!dict->vocabulary_.Split(code.code, agent, &split, &error)) {
          diagnostics->push_back({source.file, code.line, error, true});
          ok = false;
          break;
        }
        entry.codes.push_back(std::move(split));
      }
      if (!ok || source.names.empty() || source.codes.empty()) continue;
      std::string_view type = source.Attribute("type");
      if (!type.empty() && !ParseEntryType(type, &entry.type)) {
        diagnostics->push_back(
            {source.file, source.line, "unknown @type '" + std::string(type) + "'", true});
      }
      entry.sponsor = std::string(source.Attribute("sponsor"));
      entry.rank = std::string(source.Attribute("rank"));
      entry.country = std::string(source.Attribute("country"));
      if (entry.country.empty() && !agent) entry.country = entry.codes.front().country;
      entry.source = std::move(source);
      uint32_t id = static_cast<uint32_t>(dict->entries_.size());
      for (const std::string& name : entry.source.names) dict->AddName(name, id);
      dict->entries_.push_back(std::move(entry));
    }
  }
  return dict;
}

StatusOr<std::shared_ptr<const ActorDictionary>> ActorDictionary::Load(
    const DictionarySources& sources, std::vector<DictDiagnostic>* diagnostics) {
  CodeVocabulary vocabulary;
  std::string text;
  std::string codes_path = sources.dir + "/codes.txt";
  DYAD_RETURN_IF_ERROR(ReadDictionaryFile(codes_path, &text));
  vocabulary.ParseCodesFile(text, codes_path, diagnostics);
  std::vector<DictEntry> actors, agents;
  std::vector<std::string> actor_files = ListTextFiles(sources.dir + "/actors");
  actor_files.insert(actor_files.end(), sources.actor_files.begin(), sources.actor_files.end());
  for (const std::string& path : actor_files) {
    DYAD_RETURN_IF_ERROR(ReadDictionaryFile(path, &text));
    ParseDictFile(text, path, &actors, diagnostics);
  }
  for (const std::string& path : ListTextFiles(sources.dir + "/agents")) {
    DYAD_RETURN_IF_ERROR(ReadDictionaryFile(path, &text));
    ParseDictFile(text, path, &agents, diagnostics);
  }
  for (const std::string& path : sources.tabari_actors) {
    DYAD_RETURN_IF_ERROR(ReadDictionaryFile(path, &text));
    ImportTabariActors(text, path, &actors, diagnostics);
  }
  for (const std::string& path : sources.tabari_agents) {
    DYAD_RETURN_IF_ERROR(ReadDictionaryFile(path, &text));
    ImportTabariAgents(text, path, &agents, diagnostics);
  }
  AddCountriesFrom(actors, &vocabulary);
  CheckEntries(vocabulary, actors, agents, diagnostics);
  if (actors.empty() && agents.empty()) {
    return NotFoundError("no dictionary entries found under " + sources.dir);
  }
  return Build(std::move(vocabulary), std::move(actors), std::move(agents), diagnostics);
}

ActorDictionary::TokenKeys ActorDictionary::Keys(std::string_view token) const {
  TokenKeys keys;
  auto exact = key_ids_.find(ExactKey(token));
  if (exact != key_ids_.end()) keys.exact = exact->second;
  auto folded = key_ids_.find(FoldedKey(token));
  if (folded != key_ids_.end()) keys.folded = folded->second;
  return keys;
}

bool ActorDictionary::LongestMatch(const std::vector<std::string_view>& tokens, std::size_t first,
                                   std::size_t last, Match* match) const {
  std::vector<TokenKeys> keys(last);
  for (std::size_t i = first; i < last; ++i) keys[i] = Keys(tokens[i]);
  return LongestMatch(keys, first, last, match);
}

bool ActorDictionary::LongestMatch(const std::vector<TokenKeys>& keys, std::size_t first,
                                   std::size_t last, Match* match) const {
  // Each token may continue a name under its exact (acronym) key or its folded key; the
  // search keeps every live node so both readings are tried.
  std::vector<uint32_t> live = {0};
  std::vector<uint32_t> next;
  match->length = 0;
  match->entries.clear();
  for (std::size_t i = first; i < last && !live.empty(); ++i) {
    next.clear();
    for (uint32_t node : live) {
      for (uint32_t key : {keys[i].exact, keys[i].folded}) {
        if (key == kNoKey) continue;
        auto it = edges_.find(EdgeKey(node, key));
        if (it != edges_.end()) next.push_back(it->second);
      }
    }
    for (uint32_t node : next) {
      if (!node_entries_[node].empty()) {
        uint32_t length = static_cast<uint32_t>(i - first + 1);
        if (length > match->length) {
          match->length = length;
          match->entries = node_entries_[node];
        }
      }
    }
    live.swap(next);
  }
  return match->length > 0;
}

const ActorCode* ActorDictionary::CodeAt(const Entry& entry, Date date) const {
  const ActorCode* best = nullptr;
  const DatedCode* best_range = nullptr;
  for (std::size_t i = 0; i < entry.codes.size(); ++i) {
    const DatedCode& range = entry.source.codes[i];
    if (date == kNoDate) {
      if (best_range == nullptr || range.to > best_range->to) {
        best = &entry.codes[i];
        best_range = &range;
      }
      continue;
    }
    if (!range.Covers(date)) continue;
    if (best_range == nullptr || (range.to - range.from) < (best_range->to - best_range->from)) {
      best = &entry.codes[i];
      best_range = &range;
    }
  }
  return best;
}

const ActorCode* ActorDictionary::LatestCode(const Entry& entry) const {
  return CodeAt(entry, kNoDate);
}

}  // namespace dyad
