#include "events/event_coder.h"

#include "base/strings.h"

#include <algorithm>
#include <array>
#include <map>

#include "syntax/word_classes.h"
#include "text/case_fold.h"

namespace dyad {
namespace {

constexpr uint32_t kMaxSubjectDistance = 24;  // tokens between a subject and its verb group
constexpr uint32_t kMaxSkip = 6;              // what "..." may skip
constexpr uint32_t kMaxNounPhrase = 6;        // words of a target without a known actor

constexpr std::array<std::string_view, 36> kLightVerbs = {
    "launch",   "launched",  "launches",  "launching", "carry",    "carried",
    "conduct",  "conducted", "hold",      "held",      "holds",    "stage",
    "staged",   "mount",     "mounted",   "begin",     "began",    "start",
    "started",  "resume",    "resumed",   "open",      "opened",   "step",
    "announce", "announced", "announces", "declare",   "declared", "declares",
    "approve",  "approved",  "approves",  "order",     "ordered",  "orders"};
constexpr std::array<std::string_view, 12> kAdverbs = {
    "also",    "reportedly", "already",   "now",        "still",    "just",
    "jointly", "again",      "allegedly", "repeatedly", "recently", "then"};
constexpr std::array<std::string_view, 10> kTimeWords = {
    "yesterday", "today",    "tomorrow", "monday",   "tuesday",
    "wednesday", "thursday", "friday",   "saturday", "sunday"};

bool IsAdverb(std::string_view w) {
  return Contains(kAdverbs, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

bool IsPunct(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "." || w == "(" || w == ")" || w == "\"" ||
         w == "\u201c" || w == "\u201d" || w == "--" || w == "\u2014";
}

class SentenceCoder {
 public:
  SentenceCoder(const EventCoder& coder, const Document& doc, uint32_t sentence,
                const std::vector<ActorMention>& mentions, CodedArticle* out, bool notes)
      : coder_(coder),
        dict_(coder.dictionary()),
        doc_(doc),
        sentence_(sentence),
        mentions_(mentions),
        out_(out),
        notes_(notes) {
    const Sentence& s = doc.sentences[sentence];
    b_ = s.first_token;
    e_ = s.last_token;
    for (uint32_t t = b_; t < e_; ++t) {
      words_.push_back(FoldCase(doc.Text(doc.tokens[t])));
      hashes_.push_back(std::hash<std::string>()(words_.back()));
    }
    mention_at_.assign(e_ - b_, -1);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const ActorMention& m = mentions[i];
      if (m.sentence != sentence || m.place) continue;
      for (uint32_t t = m.first_token; t < m.last_token; ++t)
        mention_at_[t - b_] = static_cast<int32_t>(i);
    }
  }

  void Run() {
    std::size_t first_event = out_->events.size();
    for (uint32_t t = b_; t < e_; ++t) {
      if (Mention(t) >= 0 || t < consumed_until_) continue;
      const std::vector<TriggerForm>* verbs = dict_.Verb(W(t));
      const std::vector<TriggerForm>* nouns = dict_.Noun(W(t));
      if (verbs == nullptr && nouns == nullptr) continue;
      // Try the likelier reading first (noun or verb), then the other. Within a reading,
      // every block the word triggers (in any file) is probed and the most specific
      // matching pattern wins; ties go to the block loaded first.
      bool noun_first = nouns != nullptr && (verbs == nullptr || PrefersNoun(t));
      for (int reading = 0; reading < 2; ++reading) {
        bool as_noun = (reading == 0) == noun_first;
        const std::vector<TriggerForm>* forms = as_noun ? nouns : verbs;
        if (forms == nullptr) continue;
        const TriggerForm* best = nullptr;
        uint32_t best_end = 0;
        int best_specificity = -1;
        for (const TriggerForm& form : *forms) {
          uint32_t end = t + 1;
          if (!Particles(form, &end)) continue;
          int specificity = as_noun ? CodeNoun(t, end, form, /*dry_run=*/true)
                                    : CodeVerb(t, end, form, /*dry_run=*/true);
          if (specificity > best_specificity) {
            best = &form;
            best_end = end;
            best_specificity = specificity;
          }
        }
        if (best == nullptr) {
          if (reading == 1 || (noun_first ? verbs : nouns) == nullptr) {
            Note(t, "no pattern matched '" + W(t) + "'");
          }
          continue;
        }
        if ((as_noun ? CodeNoun(t, best_end, *best, false) : CodeVerb(t, best_end, *best, false)) >=
            0) {
          break;
        }
      }
    }
    Attribute(first_event);
  }

 private:
  const std::string& W(uint32_t t) const { return words_[t - b_]; }
  int32_t Mention(uint32_t t) const { return t >= b_ && t < e_ ? mention_at_[t - b_] : -1; }
  bool IsClitic(uint32_t t) const { return doc_.tokens[t].has(kClitic); }

  void Note(uint32_t t, std::string message) {
    if (notes_) out_->notes.push_back({sentence_, t, std::move(message)});
  }

  bool Particles(const TriggerForm& form, uint32_t* end) const {
    for (const std::string& p : form.particles) {
      if (*end >= e_ || W(*end) != p) return false;
      ++*end;
    }
    return true;
  }

  // "the attacks", "Houthi rebel attacks on", "amid attacks": a noun reading.
  bool PrefersNoun(uint32_t t) const {
    if (t == b_) return true;  // "Attacks by militias …" opens with a noun
    const std::string& prev = W(t - 1);
    if (IsDeterminer(prev) || IsPreposition(prev) || IsClitic(t - 1) ||
        doc_.tokens[t - 1].kind == TokenKind::kNumber) {
      return prev != "to";  // "to attack" is a verb
    }
    if (Mention(t - 1) >= 0 && t + 1 < e_) {
      const std::string& next = W(t + 1);
      return next == "on" || next == "against" || next == "by" || next == "in" || next == "with" ||
             next == "from" || next == "over" || next == "," || next == ".";
    }
    return false;
  }

  // --- arguments -------------------------------------------------------------------------

  EventArgument FromMention(int32_t m) const {
    EventArgument a;
    a.mention = m;
    if (m >= 0) {
      a.first_token = mentions_[m].first_token;
      a.last_token = mentions_[m].last_token;
    }
    return a;
  }

  // The most recent earlier mention fitting a pronoun or description, or -1.
  int32_t Resolve(std::string_view word, uint32_t before) const {
    auto fits = [&](const ActorMention& m) {
      if (word == "he" || word == "she") {
        return m.kind == MentionKind::kPerson || m.kind == MentionKind::kTitledPerson;
      }
      if (word == "group") return m.kind == MentionKind::kArmedGroup;
      if (word == "it") {
        return m.kind == MentionKind::kCountry || m.kind == MentionKind::kOrganisation ||
               m.kind == MentionKind::kArmedGroup || m.kind == MentionKind::kCapital ||
               m.kind == MentionKind::kSeat;
      }
      if (word == "they")
        return m.kind != MentionKind::kPerson && m.kind != MentionKind::kTitledPerson;
      return false;
    };
    for (std::size_t k = mentions_.size(); k-- > 0;) {
      const ActorMention& m = mentions_[k];
      if (m.place || m.sentence > sentence_) continue;
      if (m.sentence == sentence_ && m.last_token > before) continue;
      if (fits(m)) return static_cast<int32_t>(k);
    }
    return -1;
  }

  // The two most recent distinct countries before `before` ("both nations").
  std::vector<int32_t> ResolvePair(uint32_t before) const {
    std::vector<int32_t> out;
    for (std::size_t k = mentions_.size(); k-- > 0 && out.size() < 2;) {
      const ActorMention& m = mentions_[k];
      if (m.place || m.country.empty() || m.sentence > sentence_) continue;
      if (m.sentence == sentence_ && m.last_token > before) continue;
      bool duplicate = false;
      for (int32_t o : out) duplicate = duplicate || mentions_[o].country == m.country;
      if (!duplicate) out.push_back(static_cast<int32_t>(k));
    }
    if (out.size() < 2) out.clear();
    return out;
  }

  // The subjects of a verb group starting at `start`: actor mentions (coordinated ones
  // included), a resolved pronoun, or a resolved "both nations". Empty when none.
  std::vector<EventArgument> Subjects(uint32_t start) const {
    std::vector<EventArgument> out;
    uint32_t limit = start > b_ + kMaxSubjectDistance ? start - kMaxSubjectDistance : b_;
    for (uint32_t j = start; j-- > limit;) {
      const std::string& w = W(j);
      int32_t m = Mention(j);
      if (m >= 0) {
        out.push_back(FromMention(m));
        // "X and Y agreed": collect the coordinated mentions too.
        uint32_t k = mentions_[m].first_token;
        while (k >= b_ + 2 && (W(k - 1) == "and" || W(k - 1) == ",") && Mention(k - 2) >= 0) {
          int32_t other = Mention(k - 2);
          out.push_back(FromMention(other));
          k = mentions_[other].first_token;
        }
        std::reverse(out.begin(), out.end());  // text order
        return out;
      }
      if (IsSubjectPronoun(w) || (w == "group" && j > b_ && W(j - 1) == "the")) {
        int32_t r = Resolve(w, j);
        if (r >= 0) {
          EventArgument a = FromMention(r);
          a.reference = true;
          a.first_token = w == "group" ? j - 1 : j;
          a.last_token = j + 1;
          out.push_back(a);
        }
        return out;
      }
      if ((w == "nations" || w == "countries" || w == "sides" || w == "governments") && j > b_ &&
          (W(j - 1) == "both" || W(j - 1) == "two")) {
        for (int32_t r : ResolvePair(j)) {
          EventArgument a = FromMention(r);
          a.reference = true;
          a.first_token = j - 1;
          a.last_token = j + 1;
          out.push_back(a);
        }
        return out;
      }
      if (w == ";" || w == "that" || IsSpeechVerb(w)) return out;
    }
    return out;
  }

  // "by X" within a few tokens from `from`: the agent of a passive or of a noun.
  int32_t ByAgent(uint32_t from, uint32_t* end) const {
    for (uint32_t j = from; j < e_ && j < from + 4; ++j) {
      if (W(j) != "by") continue;
      uint32_t k = j + 1;
      while (k < e_ && IsDeterminer(W(k))) ++k;
      int32_t m = Mention(k);
      if (m >= 0) {
        *end = mentions_[m].last_token;
        return m;
      }
      return -1;
    }
    return -1;
  }

  // --- pattern matching ------------------------------------------------------------------

  struct MatchState {
    bool passive = false;
    EventArgument target;
    EventArgument source;
    uint32_t end = 0;
  };

  // True for words that may stand before a noun without the pattern spelling them out:
  // determiners and quantities ("the", "50", "dozens of", "several").
  bool IsQuantifier(uint32_t k, uint32_t start) const {
    const std::string& w = W(k);
    return IsDeterminer(w) || doc_.tokens[k].kind == TokenKind::kNumber ||
           (w == "of" && k > start) || w == "dozens" || w == "hundreds" || w == "thousands" ||
           w == "two" || w == "three" || w == "several" || w == "more" || w == "than";
  }

  bool MatchWords(const PatternElement& el, uint32_t pos, uint32_t* next) const {
    // A literal may be preceded by determiners and quantities the pattern does not spell
    // out ("fired dozens of missiles" for "* &MISSILES").
    uint32_t p = pos;
    for (uint32_t skipped = 0; skipped <= 4 && p < e_; ++skipped) {
      if (el.first_words.count(hashes_[p - b_]) > 0) {
        for (const std::vector<std::string>& phrase : el.alternatives) {
          uint32_t k = p;
          bool ok = !phrase.empty();
          for (const std::string& word : phrase) {
            if (k >= e_ || W(k) != word) {
              ok = false;
              break;
            }
            ++k;
          }
          if (ok) {
            *next = k;
            return true;
          }
        }
      }
      if (!IsQuantifier(p, pos)) break;
      ++p;
    }
    return false;
  }

  // A target at `pos`: an actor mention (after determiners), else a short noun phrase.
  bool MatchTarget(uint32_t pos, MatchState* st, uint32_t* next) const {
    uint32_t k = pos;
    // Determiners and quantities: "the", "50", "dozens of".
    while (k < e_ && IsQuantifier(k, pos)) ++k;
    int32_t m = Mention(k);
    if (m >= 0) {
      st->target = FromMention(m);
      uint32_t end = mentions_[m].last_token;
      // "the Croatian government's request": the possessed noun belongs to the target.
      if (end < e_ && IsClitic(end)) {
        ++end;
        while (end < e_ && end < mentions_[m].last_token + kMaxNounPhrase && !IsPunct(W(end)) &&
               !IsPreposition(W(end)) && !IsConjunction(W(end)) && Mention(end) < 0 &&
               (dict_.Verb(W(end)) == nullptr || dict_.Noun(W(end)) != nullptr)) {
          ++end;
        }
      }
      *next = end;
      return true;
    }
    // A noun phrase without an actor at its head: "Red Sea shipping", or one with an actor
    // as a modifier ("an upcoming Seoul-Washington exercise"), whose actor is the target.
    uint32_t j = k;
    int32_t inner = -1;
    while (j < e_ && j < k + kMaxNounPhrase && !IsPunct(W(j)) && !IsPreposition(W(j)) &&
           !IsConjunction(W(j)) && !IsFormOfBe(W(j)) && !IsModal(W(j)) &&
           !Contains(kTimeWords, W(j)) && W(j) != "that" && W(j) != "who" && W(j) != "which" &&
           (Mention(j) >= 0 || dict_.Verb(W(j)) == nullptr || NounLikeGerund(j, k)) &&
           !LikelyPastVerb(j, k)) {
      if (Mention(j) >= 0 && inner < 0) inner = Mention(j);
      ++j;
    }
    if (j == k) return false;
    st->target = EventArgument();
    if (inner >= 0) {
      st->target = FromMention(inner);
    } else {
      st->target.first_token = pos;
      st->target.last_token = j;
    }
    *next = j;
    return true;
  }

  // An -ing form inside a noun phrase after another word is a noun ("Red Sea shipping").
  bool NounLikeGerund(uint32_t j, uint32_t phrase_start) const {
    const std::string& w = W(j);
    return j > phrase_start && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 &&
           doc_.tokens[j - 1].kind == TokenKind::kWord;
  }

  // A word in -ed after the start of a noun phrase is more likely its clause's verb
  // ("Red Sea shipping continued") than part of the phrase.
  bool LikelyPastVerb(uint32_t j, uint32_t phrase_start) const {
    const std::string& w = W(j);
    return j > phrase_start && Mention(j) < 0 && w.size() > 4 &&
           w.compare(w.size() - 2, 2, "ed") == 0;
  }

  bool MatchFrom(const EventPattern& p, std::size_t el, uint32_t pos, MatchState* st) const {
    if (el == p.elements.size()) {
      st->end = pos;
      return true;
    }
    const PatternElement& e = p.elements[el];
    if (st->passive && pos < e_ && W(pos) == "by") {
      // The agent phrase of a passive sits between the verb and its complements.
      uint32_t after = 0;
      if (ByAgent(pos, &after) >= 0 && MatchFrom(p, el, after, st)) return true;
    }
    switch (e.kind) {
      case PatternElement::kSkip:
        for (uint32_t s = 0; s <= kMaxSkip && pos + s <= e_; ++s) {
          if (pos + s < e_ && (W(pos + s) == ";" || W(pos + s) == ".")) break;
          if (MatchFrom(p, el + 1, pos + s, st)) return true;
        }
        return false;
      case PatternElement::kTarget: {
        if (st->passive) return MatchFrom(p, el + 1, pos, st);  // the subject is the target
        MatchState saved = *st;
        uint32_t next = 0;
        if (MatchTarget(pos, st, &next) && MatchFrom(p, el + 1, next, st)) return true;
        *st = saved;
        return e.optional && MatchFrom(p, el + 1, pos, st);
      }
      case PatternElement::kWords: {
        uint32_t next = 0;
        if (MatchWords(e, pos, &next) && MatchFrom(p, el + 1, next, st)) return true;
        return e.optional && MatchFrom(p, el + 1, pos, st);
      }
      case PatternElement::kSource:
      case PatternElement::kTrigger:
        return MatchFrom(p, el + 1, pos, st);
    }
    return false;
  }

  // Elements before the trigger (noun patterns: "SRC * on TGT"), matched right to left.
  bool MatchBefore(const EventPattern& p, uint32_t trigger, MatchState* st) const {
    uint32_t pos = trigger;
    for (std::size_t el = p.trigger_index; el-- > 0;) {
      const PatternElement& e = p.elements[el];
      if (e.kind == PatternElement::kSource || e.kind == PatternElement::kTarget) {
        uint32_t k = pos;
        if (k > b_ && IsClitic(k - 1)) --k;  // "Israel's strikes"
        int32_t m = k > b_ ? Mention(k - 1) : -1;
        if (m < 0) {
          if (e.optional) continue;
          return false;
        }
        (e.kind == PatternElement::kSource ? st->source : st->target) = FromMention(m);
        pos = mentions_[m].first_token;
      } else if (e.kind == PatternElement::kWords) {
        bool ok = false;
        for (const std::vector<std::string>& phrase : e.alternatives) {
          if (phrase.empty() || pos < b_ + phrase.size()) continue;
          uint32_t k = pos - static_cast<uint32_t>(phrase.size());
          bool same = true;
          for (std::size_t i = 0; i < phrase.size() && same; ++i)
            same = W(k + static_cast<uint32_t>(i)) == phrase[i];
          if (same) {
            pos = k;
            ok = true;
            break;
          }
        }
        if (!ok && !e.optional) return false;
      }
    }
    return true;
  }

  const EventPattern* FindPattern(const TriggerBlock& block, uint32_t trigger, uint32_t after,
                                  MatchState* st) const {
    for (const EventPattern& p : block.patterns) {
      MatchState attempt = *st;
      if (!MatchBefore(p, trigger, &attempt)) continue;
      if (MatchFrom(p, p.trigger_index + 1, after, &attempt)) {
        *st = attempt;
        return &p;
      }
    }
    return nullptr;
  }

  // --- verbs and nouns -------------------------------------------------------------------

  // Finds the pattern of `block` for the trigger at `t` (complements from `after`) and sets
  // `*pattern` and `*specificity`. Returns false when the caller is done and must return
  // `*specificity`: a dry run, no pattern (-1, noted), or a stop pattern (its words are
  // consumed and it codes nothing).
  bool SelectPattern(const TriggerBlock& block, uint32_t t, uint32_t after, bool dry_run,
                     MatchState* st, const EventPattern** pattern, int* specificity) {
    *pattern = FindPattern(block, t, after, st);
    *specificity = *pattern == nullptr ? -1 : static_cast<int>((*pattern)->specificity);
    if (dry_run) return false;
    if (*pattern == nullptr) {
      Note(t, "no pattern of " + block.file + ":" + std::to_string(block.line) + " matched");
      return false;
    }
    if ((*pattern)->code.empty()) {
      Note(t, "stop pattern " + (*pattern)->file + ":" + std::to_string((*pattern)->line));
      consumed_until_ = std::max(consumed_until_, st->end);
      return false;
    }
    return true;
  }

  // Codes the verb at `t` with the patterns of `form`'s block. Returns the specificity of
  // the pattern that fired (a stop pattern counts), or -1 when nothing applied. With
  // `dry_run` only the pattern search is done: nothing is emitted or noted.
  int CodeVerb(uint32_t t, uint32_t after, const TriggerForm& form, bool dry_run) {
    const TriggerBlock& block = dict_.block(form.block);
    // The verb group to the left: auxiliaries, modals, negation, adverbs, "to" and the verb
    // that governs an infinitive ("refused to", "plans to", "threatened to").
    bool negated = false, be = false, to = false;
    std::string modality;
    uint32_t start = t;
    while (start > b_) {
      const std::string& w = W(start - 1);
      if (IsNegation(w)) {
        negated = true;
      } else if (IsFormOfBe(w)) {
        be = true;
      } else if (IsModal(w)) {
        if (modality.empty())
          modality = (w == "will" || w == "shall" || w == "'ll") ? "future" : "possible";
      } else if (IsFormOfHave(w) || IsFormOfDo(w) || IsAdverb(w)) {
      } else if (w == "to") {
        to = true;
      } else if (to && IsRefusalVerb(w)) {
        negated = true;
        modality = "refusal";
      } else if (to && IsThreatVerb(w)) {
        modality = "threat";
      } else if (to && (IsIntentVerb(w) || w == "pledged" || w == "promised" || w == "offered" ||
                        w == "pledges" || w == "promises" || w == "offers")) {
        modality = "intent";
      } else {
        break;
      }
      --start;
    }
    if (to && start == t - 1) {
      // A bare infinitive after a verb the dictionary does not govern ("agreed to meet"):
      // the governing verb codes it when it has a pattern; otherwise it stands alone.
      modality = modality.empty() ? "intent" : modality;
    }
    bool participle =
        form.form == VerbForm::kParticiple || form.form == VerbForm::kPastOrParticiple;
    bool passive = be && participle;
    MatchState st;
    st.passive = passive;
    uint32_t by_end = 0;
    int32_t agent = -1;
    bool reduced_passive = false;
    if (!passive && participle && !to && start == t) {
      agent = ByAgent(after, &by_end);
      reduced_passive = agent >= 0 && after < e_ && W(after) == "by";
    }
    const EventPattern* pattern = nullptr;
    int specificity = -1;
    if (!SelectPattern(block, t, reduced_passive ? by_end : after, dry_run, &st, &pattern,
                       &specificity)) {
      return specificity;
    }
    std::vector<EventArgument> sources;
    std::vector<EventArgument> targets = {st.target};
    if (passive) {
      uint32_t end = 0;
      int32_t by = ByAgent(after, &end);
      if (by >= 0) sources.push_back(FromMention(by));
      targets = Subjects(start);
      if (targets.empty()) targets.push_back(EventArgument());
    } else if (reduced_passive) {
      sources.push_back(FromMention(agent));
    } else if (form.form == VerbForm::kGerund && !be && start == t && t > b_ &&
               doc_.tokens[t - 1].kind == TokenKind::kWord && !IsPreposition(W(t - 1)) &&
               !IsClauseOpener(W(t - 1)) && !IsConjunction(W(t - 1)) &&
               !IsSubjectPronoun(W(t - 1))) {
      // A gerund right after a noun modifies it ("preconditions demanding a halt",
      // "militants firing rockets"): the noun is the subject, and counts only as an actor.
      if (Mention(t - 1) >= 0) sources.push_back(FromMention(Mention(t - 1)));
    } else if (form.form == VerbForm::kGerund && !be && start == t &&
               (t == b_ || IsPreposition(W(t - 1)) || W(t - 1) == "," ||
                IsClauseOpener(W(t - 1)))) {
      // A participle clause ("…, addressing the crisis", "before initiating talks") shares
      // the subject of the clause it hangs on: the last verb event's source, if any.
      if (last_verb_event_ >= 0)
        sources.push_back(out_->events[static_cast<std::size_t>(last_verb_event_)].source);
    } else {
      sources = Subjects(start);
      if (sources.empty() && last_verb_event_ >= 0 && start > b_ &&
          (W(start - 1) == "and" || W(start - 1) == ",")) {
        sources.push_back(out_->events[static_cast<std::size_t>(last_verb_event_)].source);
      }
    }
    if (!targets[0].present() && !passive) {
      EventArgument fronted = FrontedAddressee(sources.empty() ? t : sources[0].first_token);
      if (fronted.present()) targets[0] = fronted;
    }
    if (sources.empty()) {
      Note(t, "no source for " + block.lemmas[0]);
      return -1;
    }
    std::string code = EventCoder::MapModality(pattern->code, modality, negated);
    if (code.empty()) {
      Note(t, "negated or modal '" + pattern->code + "' has no CAMEO code");
      consumed_until_ = std::max(consumed_until_, st.end);
      return specificity;
    }
    Emit(sources, targets, code, pattern, &block, t, after, false, passive || reduced_passive,
         negated, modality);
    last_verb_event_ = static_cast<int32_t>(out_->events.size()) - 1;
    consumed_until_ = std::max(consumed_until_, st.end);
    return specificity;
  }

  // An addressee named before the subject: "In a letter delivered by X to Y, the US said …".
  // Only within the first clause: nothing that opens another clause may stand between.
  EventArgument FrontedAddressee(uint32_t before) const {
    for (uint32_t j = b_; j < before && j < e_; ++j) {
      if (IsClauseOpener(W(j)) || W(j) == "that" || IsSpeechVerb(W(j)) || W(j) == ";") {
        return EventArgument();
      }
    }
    for (uint32_t j = b_; j + 1 < before && j + 1 < e_; ++j) {
      if (W(j) != "to" && W(j) != "with") continue;
      uint32_t k = j + 1;
      while (k < e_ && IsDeterminer(W(k))) ++k;
      if (Mention(k) >= 0) return FromMention(Mention(k));
    }
    return EventArgument();
  }

  // Codes the noun at `t`; same contract as CodeVerb.
  int CodeNoun(uint32_t t, uint32_t after, const TriggerForm& form, bool dry_run) {
    const TriggerBlock& block = dict_.block(form.block);
    if (t > b_ && (W(t - 1) == "no" || W(t - 1) == "without")) {
      if (!dry_run) Note(t, "negated noun");
      return -1;
    }
    MatchState st;
    const EventPattern* pattern = nullptr;
    int specificity = -1;
    if (!SelectPattern(block, t, after, dry_run, &st, &pattern, &specificity)) return specificity;
    std::vector<EventArgument> sources;
    if (st.source.present()) sources.push_back(st.source);
    if (sources.empty()) {
      uint32_t k = t;
      if (k > b_ && IsClitic(k - 1)) --k;
      if (k > b_ && Mention(k - 1) >= 0) sources.push_back(FromMention(Mention(k - 1)));
    }
    if (sources.empty()) {
      uint32_t end = 0;
      int32_t by = ByAgent(after, &end);
      if (by < 0) by = ByAgent(st.end, &end);
      if (by >= 0) sources.push_back(FromMention(by));
    }
    if (sources.empty()) {
      // "X launched attacks on Y", "X held talks with Y": the light verb's subject.
      uint32_t k = t;
      while (k > b_ && k + 4 > t && !Contains(kLightVerbs, W(k - 1)) && Mention(k - 1) < 0 &&
             !IsPunct(W(k - 1))) {
        --k;
      }
      if (k > b_ && Contains(kLightVerbs, W(k - 1))) sources = Subjects(k - 1);
    }
    if (sources.empty()) {
      Note(t, "no source for the noun '" + W(t) + "'");
      return -1;
    }
    Emit(sources, {st.target}, pattern->code, pattern, &block, t, after, true, false, false, "");
    consumed_until_ = std::max(consumed_until_, st.end);
    return specificity;
  }

  void Emit(const std::vector<EventArgument>& sources, const std::vector<EventArgument>& targets,
            const std::string& code, const EventPattern* pattern, const TriggerBlock* block,
            uint32_t trigger, uint32_t trigger_end, bool nominal, bool passive, bool negated,
            const std::string& modality) {
    const CameoCode* cameo = coder_.cameo().Find(code);
    if (cameo == nullptr) return;
    std::vector<std::pair<EventArgument, EventArgument>> pairs;
    if (sources.size() == 2 && targets.size() == 1 && !targets[0].present()) {
      // "Washington and Baghdad agreed to talk": two coordinated actors without a target act
      // on each other (longer lists are not read as mutual).
      for (const EventArgument& a : sources) {
        for (const EventArgument& b : sources) {
          if (&a != &b) pairs.emplace_back(a, b);
        }
      }
    } else {
      for (const EventArgument& source : sources) {
        for (const EventArgument& target : targets) pairs.emplace_back(source, target);
      }
    }
    for (const auto& [source, target] : pairs) {
      {
        if (source.mention >= 0 && target.mention >= 0 &&
            (source.mention == target.mention ||
             mentions_[source.mention].code == mentions_[target.mention].code)) {
          continue;  // an actor acting on itself is not an event
        }
        Event ev;
        ev.sentence = sentence_;
        ev.source = source;
        ev.target = target;
        ev.cameo = cameo;
        ev.base_code = pattern->code;
        ev.trigger_first = trigger;
        ev.trigger_last = trigger_end;
        ev.nominal = nominal;
        ev.passive = passive;
        ev.negated = negated;
        ev.modality = modality;
        ev.pattern = pattern;
        ev.block = block;
        bool duplicate = false;
        for (const Event& other : out_->events) {
          duplicate = duplicate || (other.sentence == sentence_ && other.cameo == cameo &&
                                    other.source.mention == source.mention &&
                                    other.target.mention == target.mention && source.mention >= 0);
        }
        if (!duplicate) out_->events.push_back(std::move(ev));
      }
    }
  }

  // Reported speech: "X said (that) Y attacked Z", "Y attacked Z, X said", "according to X".
  void Attribute(std::size_t first_event) {
    int32_t according = -1;
    for (uint32_t t = b_; t + 2 < e_; ++t) {
      if (W(t) == "according" && W(t + 1) == "to") {
        uint32_t k = t + 2;
        while (k < e_ && IsDeterminer(W(k))) ++k;
        according = Mention(k);
      }
    }
    for (uint32_t s = b_; s < e_; ++s) {
      if (!IsSpeechVerb(W(s))) continue;
      int32_t speaker = -1;
      bool postposed = false;
      // "…, X said" / "…, said X"
      if (s > b_ && Mention(s - 1) >= 0) {
        uint32_t first = mentions_[Mention(s - 1)].first_token;
        if (first > b_ && W(first - 1) == ",") {
          speaker = Mention(s - 1);
          postposed = true;
        }
      }
      if (speaker < 0 && s > b_ && W(s - 1) == "," && s + 1 < e_) {
        uint32_t k = s + 1;
        while (k < e_ && IsDeterminer(W(k))) ++k;
        if (Mention(k) >= 0) {
          speaker = Mention(k);
          postposed = true;
        }
      }
      if (speaker < 0) {
        std::vector<EventArgument> subjects = Subjects(s);
        if (!subjects.empty()) speaker = subjects[0].mention;
      }
      if (speaker < 0) continue;
      std::vector<std::size_t> reported;
      for (std::size_t i = first_event; i < out_->events.size(); ++i) {
        Event& ev = out_->events[i];
        bool inside = postposed ? ev.trigger_first < s : ev.trigger_first > s;
        if (!inside || ev.trigger_first == s) continue;
        // "X announced a ceasefire": the speaker's own event is what was said.
        if (ev.source.mention != speaker) ev.attribution = speaker;
        reported.push_back(i);
      }
      // The act of saying is not coded separately when it reports another event.
      if (!reported.empty()) {
        out_->events.erase(
            std::remove_if(out_->events.begin() + static_cast<std::ptrdiff_t>(first_event),
                           out_->events.end(),
                           [&](const Event& ev) { return ev.trigger_first == s; }),
            out_->events.end());
      }
    }
    if (according >= 0) {
      for (std::size_t i = first_event; i < out_->events.size(); ++i) {
        if (out_->events[i].source.mention != according && out_->events[i].attribution < 0) {
          out_->events[i].attribution = according;
        }
      }
    }
  }

  const EventCoder& coder_;
  const EventDictionary& dict_;
  const Document& doc_;
  uint32_t sentence_;
  const std::vector<ActorMention>& mentions_;
  CodedArticle* out_;
  bool notes_;
  uint32_t b_ = 0, e_ = 0;
  std::vector<std::string> words_;
  std::vector<std::size_t> hashes_;  // std::hash of each folded word
  std::vector<int32_t> mention_at_;
  uint32_t consumed_until_ = 0;
  int32_t last_verb_event_ = -1;
};

}  // namespace

std::string EventCoder::MapModality(const std::string& code, const std::string& modality,
                                    bool negated) {
  std::string root = code.substr(0, 2);
  if (negated) {
    // Refusals map to CAMEO's reject codes (12x); other negated events are not coded.
    static const std::map<std::string, std::string> kReject = {
        {"04", "125"},   {"036", "125"},  {"045", "126"},  {"046", "125"},  {"057", "127"},
        {"06", "121"},   {"061", "1211"}, {"062", "1212"}, {"07", "122"},   {"08", "124"},
        {"081", "1241"}, {"082", "1242"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
        {"087", "1246"}, {"03", "120"},   {"05", "120"}};
    for (const std::string& key : {code.substr(0, 3), root}) {
      auto it = kReject.find(key);
      if (it != kReject.end()) return it->second;
    }
    return "";
  }
  if (modality == "intent") {
    static const std::map<std::string, std::string> kIntent = {
        {"04", "036"},   {"045", "039"},  {"046", "036"},  {"05", "032"},   {"057", "037"},
        {"06", "031"},   {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
        {"07", "033"},   {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
        {"08", "035"},   {"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"},
        {"086", "0355"}, {"087", "0356"}};
    for (const std::string& key : {code.substr(0, 3), root}) {
      auto it = kIntent.find(key);
      if (it != kIntent.end()) return it->second;
    }
    return code;  // no intent code: the event keeps its code, with modality "intent"
  }
  if (modality == "threat") {
    static const std::map<std::string, std::string> kThreat = {
        {"191", "1381"}, {"192", "1382"}, {"18", "1383"}, {"19", "1384"},
        {"20", "1385"},  {"17", "137"},   {"173", "137"}, {"14", "133"},
        {"162", "134"},  {"163", "132"},  {"16", "131"},  {"15", "138"}};
    for (const std::string& key : {code.substr(0, 3), root}) {
      auto it = kThreat.find(key);
      if (it != kThreat.end()) return it->second;
    }
    return "130";
  }
  return code;
}

CodedArticle EventCoder::Code(const Document& doc, bool notes) const {
  CodedArticle out;
  out.mentions = recognizer_.Recognize(doc);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (!Document::Codable(doc.sentences[s])) continue;
    SentenceCoder(*this, doc, s, out.mentions, &out, notes).Run();
  }
  return out;
}

}  // namespace dyad
