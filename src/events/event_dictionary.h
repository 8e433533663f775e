// EventDictionary: the verb and noun patterns of dict/events/ (docs/event_dictionaries.md),
// compiled for lookup by word form. Immutable after loading; shared by all threads.
#ifndef DYAD_EVENTS_EVENT_DICTIONARY_H_
#define DYAD_EVENTS_EVENT_DICTIONARY_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/dict_entry.h"
#include "base/status.h"
#include "events/cameo_table.h"

namespace dyad {

// One element of a pattern.
struct PatternElement {
  enum Kind : uint8_t { kTrigger, kTarget, kSource, kWords, kSkip };
  Kind kind = kWords;
  // kWords: alternatives, each a phrase of folded words.
  std::vector<std::vector<std::string>> alternatives;
  // kWords: std::hash of the first word of every alternative, to reject a position
  // quickly (a collision only costs the exact comparison that follows).
  std::unordered_set<std::size_t> first_words;
  bool optional = false;
};

struct EventPattern {
  std::string code;  // CAMEO code; empty for a stop pattern ("---")
  std::vector<PatternElement> elements;
  uint32_t trigger_index = 0;  // position of the '*' element
  uint32_t specificity = 0;    // literal words and slots: more wins
  std::string file;
  uint32_t line = 0;
};

// How a verb form relates to its lemma.
enum class VerbForm : uint8_t { kBase, kThird, kPast, kParticiple, kPastOrParticiple, kGerund };

// A VERB or NOUN block.
struct TriggerBlock {
  bool noun = false;
  std::vector<std::string> lemmas;  // as written (a lemma may be several words: "set up")
  std::vector<EventPattern> patterns;
  std::string file;
  uint32_t line = 0;
};

// A word form that triggers a block.
struct TriggerForm {
  uint32_t block = 0;
  VerbForm form = VerbForm::kBase;  // for nouns: kBase
  // Words that must follow the trigger for a multi-word lemma ("up" for "set up").
  std::vector<std::string> particles;
};

class EventDictionary {
 public:
  // Reads every dict/events/*.txt under `dir` (sets first, then blocks) and checks codes
  // against `cameo`. Problems go to `diagnostics`; faulty lines are skipped.
  static StatusOr<std::shared_ptr<const EventDictionary>> Load(
      const std::string& dir, const CameoTable& cameo, std::vector<DictDiagnostic>* diagnostics);
  // Compiles files given as (name, text) pairs; for tests and `dict check`.
  static std::shared_ptr<const EventDictionary> Build(
      const std::vector<std::pair<std::string, std::string>>& files, const CameoTable* cameo,
      std::vector<DictDiagnostic>* diagnostics);

  // Blocks a folded word form triggers as a verb / as a noun; nullptr when none.
  const std::vector<TriggerForm>* Verb(std::string_view folded) const;
  const std::vector<TriggerForm>* Noun(std::string_view folded) const;
  const TriggerBlock& block(uint32_t id) const { return blocks_[id]; }
  std::size_t block_count() const { return blocks_.size(); }
  std::size_t pattern_count() const { return pattern_count_; }
  std::size_t verb_form_count() const { return verbs_.size(); }

  // The regular inflections of `lemma`: third person, past, participle, gerund. Exposed for
  // tests.
  static void Inflect(const std::string& lemma, std::string* third, std::string* past,
                      std::string* gerund);

 private:
  EventDictionary() = default;
  void ParseFile(const std::string& name, std::string_view text, bool sets_only,
                 const CameoTable* cameo, std::vector<DictDiagnostic>* diagnostics);
  bool ParsePattern(std::string_view text, EventPattern* pattern, std::string* error) const;
  void AddVerb(uint32_t block, const std::string& lemma, const std::vector<std::string>& irregular);

  std::vector<TriggerBlock> blocks_;
  std::map<std::string, std::vector<std::vector<std::string>>> sets_;  // &NAME -> phrases
  std::unordered_map<std::string, std::vector<TriggerForm>> verbs_;
  std::unordered_map<std::string, std::vector<TriggerForm>> nouns_;
  std::size_t pattern_count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_DICTIONARY_H_
