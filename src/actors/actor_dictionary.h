// ActorDictionary: every actor and agent entry, compiled into a token trie for longest-match
// lookup. Built once, immutable afterwards, shared by all worker threads without locks.
#ifndef DYAD_ACTORS_ACTOR_DICTIONARY_H_
#define DYAD_ACTORS_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/code_vocabulary.h"
#include "actors/dict_entry.h"
#include "base/status.h"

namespace dyad {

// What an entry names, from its @type (or its file, for agents).
enum class EntryType : uint8_t {
  kCountry,
  kCapital,
  kSeat,
  kTerritory,
  kPlace,
  kIgo,
  kNgo,
  kArmedGroup,
  kParty,
  kPerson,
  kCompany,
  kMedia,
  kRole,
  kOther
};
std::string_view EntryTypeName(EntryType type);
// Parses an @type value; returns false for an unknown one.
bool ParseEntryType(std::string_view name, EntryType* type);

// Where to load dictionaries from.
struct DictionarySources {
  std::string dir = "dict";                // dyad's own: codes.txt, actors/, agents/
  std::vector<std::string> actor_files;    // more files in dyad's format
  std::vector<std::string> tabari_actors;  // TABARI/PETRARCH .actors files
  std::vector<std::string> tabari_agents;  // TABARI/PETRARCH .agents files
};

class ActorDictionary {
 public:
  // One compiled entry: the entry as read, its codes split into parts, its type.
  struct Entry {
    DictEntry source;
    std::vector<ActorCode> codes;  // parallel to source.codes
    EntryType type = EntryType::kOther;
    bool agent = false;
    std::string sponsor;  // @sponsor
    std::string country;  // @country, or the country chunk of the first code
    std::string rank;     // @rank (agents): head, minister, official
  };

  // A dictionary name found in a token sequence.
  struct Match {
    uint32_t length = 0;            // tokens matched
    std::vector<uint32_t> entries;  // every entry with that name (actors before agents)
  };

  // Reads, checks and compiles the dictionaries named by `sources`. Problems in entries are
  // appended to `diagnostics` and the faulty entries skipped; the call fails only when a
  // file cannot be read or nothing usable was found.
  static StatusOr<std::shared_ptr<const ActorDictionary>> Load(
      const DictionarySources& sources, std::vector<DictDiagnostic>* diagnostics);

  // Compiles already-parsed entries (for tests and importers). Entries whose codes do not
  // split with `vocabulary` are reported and skipped.
  static std::shared_ptr<const ActorDictionary> Build(CodeVocabulary vocabulary,
                                                      std::vector<DictEntry> actors,
                                                      std::vector<DictEntry> agents,
                                                      std::vector<DictDiagnostic>* diagnostics);

  // The key a token is looked up under: case- and accent-folded, except all-capital
  // acronyms, which match exactly ("US" is not "us").
  static std::string ExactKey(std::string_view token);
  static std::string FoldedKey(std::string_view token);

  // The two trie keys of a token (exact and folded) as ids; kNoKey when no name uses them.
  static constexpr uint32_t kNoKey = 0xFFFFFFFFu;
  struct TokenKeys {
    uint32_t exact = kNoKey;
    uint32_t folded = kNoKey;
  };
  TokenKeys Keys(std::string_view token) const;

  // Longest name starting at tokens[first], not going past tokens[last - 1]. Returns false
  // when no name starts there. The second form takes keys computed once per sentence.
  bool LongestMatch(const std::vector<std::string_view>& tokens, std::size_t first,
                    std::size_t last, Match* match) const;
  bool LongestMatch(const std::vector<TokenKeys>& keys, std::size_t first, std::size_t last,
                    Match* match) const;

  const Entry& entry(uint32_t id) const { return entries_[id]; }
  std::size_t size() const { return entries_.size(); }
  std::size_t name_count() const { return name_count_; }
  const CodeVocabulary& vocabulary() const { return vocabulary_; }

  // The code `entry` holds on `date`: the covering code with the narrowest range; with
  // kNoDate, the code with the latest end. Returns nullptr when no code applies on `date`.
  const ActorCode* CodeAt(const Entry& entry, Date date) const;
  // The most recent code of `entry` (latest end date), or nullptr when it has none.
  const ActorCode* LatestCode(const Entry& entry) const;

 private:
  ActorDictionary() = default;
  void AddName(std::string_view name, uint32_t entry_id);

  CodeVocabulary vocabulary_;
  std::vector<Entry> entries_;
  // Trie over token keys: every distinct key string gets an id, and an edge is keyed by
  // (node << 32 | key id).
  std::unordered_map<std::string, uint32_t> key_ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> node_entries_;  // entries ending at each node
  std::size_t name_count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_DICTIONARY_H_
