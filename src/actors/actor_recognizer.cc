#include "actors/actor_recognizer.h"

#include "base/strings.h"

#include <algorithm>
#include <array>
#include <map>

#include "base/utf8.h"
#include "text/case_fold.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

// Second parts of hyphenated modifiers that make the first part a sponsor.
constexpr std::array<std::string_view, 12> kSponsorWords = {
    "backed", "supported", "sponsored",  "funded", "allied",   "aligned",
    "armed",  "trained",   "affiliated", "linked", "inspired", "friendly"};
// ... or the leader.
constexpr std::array<std::string_view, 3> kLeaderWords = {"led", "commanded", "run"};
// Words before a capital or country that make it a place rather than an actor.
// ("to", "from", "toward" are left out: "talks with/to Iraq" has Iraq as an actor.)
constexpr std::array<std::string_view, 11> kLocatives = {"in",         "at",   "near",   "outside",
                                                         "inside",     "into", "across", "around",
                                                         "throughout", "via",  "within"};
// Nouns that may follow a role without changing it: "militia groups", "rebel fighters".
constexpr std::array<std::string_view, 8> kGenericHeads = {"group", "groups", "members",  "member",
                                                           "units", "unit",   "elements", "cells"};
// Bodies that a "X-led" modifier makes a military actor of the leading state.
constexpr std::array<std::string_view, 6> kLedBodies = {"coalition", "alliance",  "forces",
                                                        "force",     "operation", "mission"};
// Lowercase words allowed inside a titled person's name.
constexpr std::array<std::string_view, 12> kNameParticles = {
    "al", "el", "bin", "ibn", "bint", "de", "da", "van", "von", "der", "la", "du"};

enum class AtomKind { kEntry, kModifier, kFormer, kTransparent, kCapitalized, kPossessive, kOther };

struct Atom {
  AtomKind kind = AtomKind::kOther;
  uint32_t first = 0;  // token indices relative to the sentence
  uint32_t last = 0;
  std::vector<uint32_t> entries;  // kEntry candidates
  std::string sponsor;            // kModifier
  std::string leader;             // kModifier
  Span part;                      // kEntry for one part of a hyphenated token, else empty
};

bool IsCapitalized(std::string_view word) { return IsUpper(FirstCodePoint(word)); }

// An actor code: the country or pseudo-country chunk, the roles, the organisation chunk.
std::string ComposeCode(std::string_view first, const std::vector<std::string>& roles,
                        std::string_view organisation) {
  std::string code(first);
  for (const std::string& role : roles) code += role;
  code += organisation;
  return code;
}

class SentenceRecognizer {
 public:
  SentenceRecognizer(const ActorDictionary& dict, const Document& doc, uint32_t sentence, Date date)
      : dict_(dict), doc_(doc), sentence_(sentence), date_(date) {
    const Sentence& s = doc.sentences[sentence];
    base_ = s.first_token;
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      words_.push_back(doc.Text(doc.tokens[t]));
      keys_.push_back(dict.Keys(words_.back()));
    }
  }

  std::vector<ActorMention> Run() {
    BuildAtoms();
    Compose();
    ShareCoordinatedRoles();
    return std::move(mentions_);
  }

  // "Hungarian and Romanian officials": a bare country adjective coordinated with a
  // country + role takes the same role.
  void ShareCoordinatedRoles() {
    for (std::size_t i = 0; i + 1 < mentions_.size(); ++i) {
      ActorMention& a = mentions_[i];
      const ActorMention& b = mentions_[i + 1];
      if (a.kind != MentionKind::kCountry || !a.roles.empty() || a.place) continue;
      if (b.kind != MentionKind::kRole || b.country.empty() || b.roles.empty()) continue;
      if (b.first_token != a.last_token + 1) continue;
      std::string conjunction = FoldCase(doc_.Text(doc_.tokens[a.last_token]));
      if (conjunction != "and" && conjunction != "or") continue;
      a.roles = b.roles;
      a.sector = b.sector;
      a.role_entry = b.role_entry;
      a.kind = MentionKind::kRole;
      a.code = ComposeCode(a.country, a.roles, a.organisation);
    }
  }

 private:
  const ActorDictionary::Entry& E(uint32_t id) const { return dict_.entry(id); }

  // The country an entry stands for (its @country or its code's country chunk).
  std::string EntryCountry(uint32_t id) const {
    const ActorDictionary::Entry& e = E(id);
    if (!e.country.empty() && dict_.vocabulary().IsCountry(e.country)) return e.country;
    return {};
  }

  // Picks the best of several entries with one name: actors before agents, then an entry
  // whose code holds on the date.
  std::vector<uint32_t> Rank(std::vector<uint32_t> ids) const {
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      if (E(a).agent != E(b).agent) return !E(a).agent;
      bool ha = dict_.CodeAt(E(a), date_) != nullptr;
      bool hb = dict_.CodeAt(E(b), date_) != nullptr;
      return ha && !hb;
    });
    return ids;
  }

  void BuildAtoms() {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    uint32_t i = 0;
    ActorDictionary::Match match;
    while (i < n) {
      const Token& token = doc_.tokens[base_ + i];
      std::string folded = FoldCase(words_[i]);
      bool matched = dict_.LongestMatch(keys_, i, n, &match);
      // A hyphenated word is a modifier ("Iran-backed") unless the dictionary knows it
      // whole ("pro-government militias", "ex-president"); a compound of actor names
      // ("Seoul-Washington", "US-Iraq") is one mention per part.
      if (!matched && token.has(kHyphenated) &&
          (HyphenModifier(token, i) || HyphenActors(token, i))) {
        ++i;
        continue;
      }
      if (matched) {
        if (E(Rank(match.entries)[0]).type == EntryType::kPlace) {
          // A place that is never an actor ("Gulf of Aden", "Latin America"): its words are
          // consumed so that "Aden" or "America" inside it do not match.
          Atom place;
          place.first = i;
          place.last = i + match.length;
          atoms_.push_back(std::move(place));
          i += match.length;
          continue;
        }
        Atom atom;
        atom.kind = AtomKind::kEntry;
        atom.first = i;
        atom.last = i + match.length;
        atom.entries = Rank(match.entries);
        atoms_.push_back(std::move(atom));
        i += match.length;
        continue;
      }
      Atom atom;
      atom.first = i;
      atom.last = i + 1;
      if (folded == "former" || folded == "ex" || folded == "ousted" || folded == "late") {
        atom.kind = AtomKind::kFormer;
      } else if (token.has(kClitic) && (folded == "'s" || folded == "'")) {
        atom.kind = AtomKind::kPossessive;
      } else if (token.kind == TokenKind::kWord && IsCapitalized(words_[i])) {
        atom.kind = AtomKind::kCapitalized;
      } else if (token.kind == TokenKind::kWord && Contains(kNameParticles, folded)) {
        atom.kind = AtomKind::kCapitalized;  // only useful inside names; checked there
      }
      atoms_.push_back(std::move(atom));
      ++i;
    }
  }

  // "Iran-backed", "US-led", "anti-ISIS", "ex-president": handles a hyphenated token whose
  // parts carry actor information. Returns true when it produced an atom.
  bool HyphenModifier(const Token& token, uint32_t i) {
    std::vector<Span> parts = HyphenParts(doc_.clean.text.text, token);
    if (parts.size() < 2) return false;
    std::string first(doc_.Text(parts.front().begin, parts.front().end));
    std::string last = FoldCase(doc_.Text(parts.back().begin, parts.back().end));
    std::string first_folded = FoldCase(first);
    Atom atom;
    atom.first = i;
    atom.last = i + 1;
    if (first_folded == "anti" || first_folded == "pro" || first_folded == "non") {
      atom.kind = AtomKind::kTransparent;
      atoms_.push_back(std::move(atom));
      return true;
    }
    if (first_folded == "ex") {
      atom.kind = AtomKind::kFormer;
      atoms_.push_back(std::move(atom));
      // The rest ("ex-president") is looked up as its own word below.
      return false;
    }
    bool sponsor = Contains(kSponsorWords, last);
    bool leader = Contains(kLeaderWords, last);
    if (!sponsor && !leader) return false;
    ActorDictionary::Match match;
    std::vector<std::string_view> one = {first};
    if (!dict_.LongestMatch(one, 0, 1, &match)) return false;
    std::string country;
    for (uint32_t id : Rank(match.entries)) {
      if (E(id).agent) continue;
      country = EntryCountry(id);
      if (!country.empty()) break;
    }
    if (country.empty()) return false;
    atom.kind = AtomKind::kModifier;
    (sponsor ? atom.sponsor : atom.leader) = country;
    atoms_.push_back(std::move(atom));
    return true;
  }

  // "Seoul-Washington": every part names a country, capital or territory. Adds one atom
  // per part and returns true; otherwise adds nothing.
  bool HyphenActors(const Token& token, uint32_t i) {
    std::vector<Span> parts = HyphenParts(doc_.clean.text.text, token);
    if (parts.size() < 2) return false;
    std::vector<Atom> found;
    ActorDictionary::Match match;
    for (const Span& part : parts) {
      std::vector<std::string_view> one = {doc_.Text(part.begin, part.end)};
      if (!dict_.LongestMatch(one, 0, 1, &match)) return false;
      std::vector<uint32_t> ranked = Rank(match.entries);
      EntryType type = E(ranked[0]).type;
      if (E(ranked[0]).agent || (type != EntryType::kCountry && type != EntryType::kCapital &&
                                 type != EntryType::kTerritory)) {
        return false;
      }
      Atom atom;
      atom.kind = AtomKind::kEntry;
      atom.first = i;
      atom.last = i + 1;
      atom.entries = std::move(ranked);
      atom.part = part;
      found.push_back(std::move(atom));
    }
    for (Atom& atom : found) atoms_.push_back(std::move(atom));
    return true;
  }

  bool Adjacent(std::size_t a, std::size_t b) const {
    return b < atoms_.size() && atoms_[a].last == atoms_[b].first;
  }

  bool IsActorEntry(std::size_t k) const {
    return k < atoms_.size() && atoms_[k].kind == AtomKind::kEntry &&
           !E(atoms_[k].entries[0]).agent;
  }
  bool IsAgentEntry(std::size_t k) const {
    if (k >= atoms_.size() || atoms_[k].kind != AtomKind::kEntry) return false;
    for (uint32_t id : atoms_[k].entries) {
      if (E(id).agent) return true;
    }
    return false;
  }
  uint32_t AgentOf(std::size_t k) const {
    for (uint32_t id : atoms_[k].entries) {
      if (E(id).agent) return id;
    }
    return atoms_[k].entries[0];
  }

  bool PrecededByLocative(uint32_t first_token) const {
    if (first_token == 0) return false;
    uint32_t t = first_token - 1;
    std::string word = FoldCase(words_[t]);
    if ((word == "the") && t > 0) word = FoldCase(words_[t - 1]);
    return Contains(kLocatives, word);
  }

  void Compose() {
    std::size_t k = 0;
    while (k < atoms_.size()) {
      std::size_t start = k;
      bool former = false;
      std::string sponsor, leader;
      // Prefix: former / X-backed / X-led / anti-X, each adjacent to the next.
      while (k < atoms_.size() &&
             (atoms_[k].kind == AtomKind::kFormer || atoms_[k].kind == AtomKind::kModifier ||
              atoms_[k].kind == AtomKind::kTransparent) &&
             (k == start || Adjacent(k - 1, k))) {
        if (atoms_[k].kind == AtomKind::kFormer) former = true;
        if (!atoms_[k].sponsor.empty()) sponsor = atoms_[k].sponsor;
        if (!atoms_[k].leader.empty()) leader = atoms_[k].leader;
        ++k;
      }
      if (k > start && k < atoms_.size() && !Adjacent(k - 1, k)) {
        continue;  // a prefix with nothing after it
      }
      int actor = -1, person = -1;
      bool person_body = false;  // roles after the person name its body or staff
      std::vector<std::size_t> roles;
      std::size_t end = k;  // one past the last atom used
      if (IsActorEntry(k) && atoms_[k].part.size() > 0) {
        Emit(k, k + 1, static_cast<int>(k), -1, {}, 0, 0, false, sponsor, leader);  // a part
        k = k + 1;
        continue;
      }
      if (IsActorEntry(k)) {
        if (E(atoms_[k].entries[0]).type == EntryType::kPerson) {
          person = static_cast<int>(k);
        } else {
          actor = static_cast<int>(k);
        }
        end = ++k;
        if (k < atoms_.size() && atoms_[k].kind == AtomKind::kPossessive && Adjacent(k - 1, k) &&
            IsAgentEntry(k + 1) && Adjacent(k, k + 1)) {
          end = ++k;  // "Iraq's foreign minister"
        }
      }
      if (person >= 0 && !atoms_[start].part.size() && IsAgentEntry(k) && Adjacent(k - 1, k)) {
        // "the Biden administration", "Putin's aides": a body or staff of the person.
        roles.push_back(k);
        end = ++k;
        person_body = true;
      } else if (person >= 0 && k < atoms_.size() && atoms_[k].kind == AtomKind::kPossessive &&
                 Adjacent(k - 1, k) && IsAgentEntry(k + 1) && Adjacent(k, k + 1)) {
        ++k;
        roles.push_back(k);
        end = ++k;
        person_body = true;
      }
      if (person < 0) {
        while (IsAgentEntry(k) && (k == start || Adjacent(k - 1, k))) {
          roles.push_back(k);
          end = ++k;
        }
        if (!roles.empty() && k < atoms_.size() && Adjacent(k - 1, k) &&
            atoms_[k].kind == AtomKind::kOther &&
            Contains(kGenericHeads, FoldCase(words_[atoms_[k].first]))) {
          end = ++k;  // "militia groups"
        }
        if ((actor >= 0 || !roles.empty()) && IsActorEntry(k) && Adjacent(k - 1, k) &&
            E(atoms_[k].entries[0]).type == EntryType::kPerson) {
          person = static_cast<int>(k);
          end = ++k;
        }
      }
      // A titled person not in the dictionaries: role + Capitalized Name.
      uint32_t name_first = 0, name_last = 0;
      if (person < 0 && !roles.empty() && k < atoms_.size() && Adjacent(k - 1, k) &&
          atoms_[k].kind == AtomKind::kCapitalized && IsCapitalized(words_[atoms_[k].first])) {
        std::size_t j = k;
        while (j < atoms_.size() && atoms_[j].kind == AtomKind::kCapitalized &&
               (j == k || Adjacent(j - 1, j))) {
          ++j;
        }
        // Do not end on a particle ("... al").
        while (j > k && !IsCapitalized(words_[atoms_[j - 1].first])) --j;
        if (j > k) {
          name_first = atoms_[k].first;
          name_last = atoms_[j - 1].last;
          end = k = j;
        }
      }
      if (actor < 0 && person < 0 && roles.empty() && !leader.empty() && k < atoms_.size() &&
          Adjacent(k - 1, k) && atoms_[k].kind == AtomKind::kOther &&
          Contains(kLedBodies, FoldCase(words_[atoms_[k].first]))) {
        end = ++k;  // "Saudi-led coalition": a military body of the leading state
        EmitLed(start, end, leader);
        continue;
      }
      if (actor < 0 && person < 0 && roles.empty()) {
        k = start + 1;
        continue;
      }
      Emit(start, end, actor, person, roles, name_first, name_last, former, sponsor, leader,
           person_body);
      k = end;
    }
  }

  void EmitLed(std::size_t start, std::size_t end, const std::string& leader) {
    ActorMention m;
    m.sentence = sentence_;
    m.first_token = base_ + atoms_[start].first;
    m.last_token = base_ + atoms_[end - 1].last;
    m.text_begin = doc_.tokens[m.first_token].begin;
    m.text_end = doc_.tokens[m.last_token - 1].end;
    m.kind = MentionKind::kRole;
    m.leader = leader;
    m.country = leader;
    m.roles = {"MIL"};
    m.code = leader + "MIL";
    m.name =
        std::string(doc_.Text(doc_.tokens[m.first_token].begin, doc_.tokens[m.last_token - 1].end));
    m.sector = std::string(dict_.vocabulary().Sector("MIL"));
    mentions_.push_back(std::move(m));
  }

  void Emit(std::size_t start, std::size_t end, int actor, int person,
            const std::vector<std::size_t>& roles, uint32_t name_first, uint32_t name_last,
            bool former, const std::string& sponsor, const std::string& leader,
            bool person_body = false) {
    ActorMention m;
    if (actor >= 0 || person >= 0) {
      const std::string& own = E(atoms_[actor >= 0 ? actor : person].entries[0]).sponsor;
      if (sponsor.empty() && !own.empty()) m.sponsor = own;
    }
    m.sentence = sentence_;
    m.first_token = base_ + atoms_[start].first;
    m.last_token = base_ + atoms_[end - 1].last;
    m.text_begin = doc_.tokens[m.first_token].begin;
    m.text_end = doc_.tokens[m.last_token - 1].end;
    if (atoms_[start].part.size() > 0) {
      m.text_begin = atoms_[start].part.begin;
      m.text_end = atoms_[start].part.end;
    }
    m.former = former;
    if (!sponsor.empty()) m.sponsor = sponsor;
    m.leader = leader;
    // The last role word is the head ("opposition journalist" is a journalist, "defence
    // ministry spokesman" a spokesman); earlier ones only modify it.
    std::vector<std::string> role_codes;
    if (!roles.empty()) {
      uint32_t id = AgentOf(roles.back());
      m.role_entry = static_cast<int32_t>(id);
      role_codes = E(id).codes.front().roles;
    }
    std::string country_chunk;  // first chunk of the code: country or pseudo-country
    if (person >= 0) {
      uint32_t id = atoms_[person].entries[0];
      const ActorDictionary::Entry& e = E(id);
      m.entry = static_cast<int32_t>(id);
      m.kind = MentionKind::kPerson;
      m.name = e.source.names[0];
      const ActorCode* code = former ? nullptr : dict_.CodeAt(e, date_);
      if (code != nullptr) {
        country_chunk = code->country;
        m.roles = code->roles;
        m.organisation = code->organisation;
      } else {
        // Out of office on this date (or "former"): an elite of the country last served.
        const ActorCode* latest = dict_.LatestCode(e);
        country_chunk = latest != nullptr ? latest->country : "";
        m.roles = {"ELI"};
        m.former = true;
      }
      if (person_body) {
        // The person's body or staff: the person's country, the role of the body.
        m.kind = MentionKind::kRole;
        m.roles = role_codes;
        m.organisation.clear();
        m.former = false;
      }
    } else if (actor >= 0) {
      uint32_t id = atoms_[actor].entries[0];
      const ActorDictionary::Entry& e = E(id);
      m.entry = static_cast<int32_t>(id);
      m.name = e.source.names[0];
      const ActorCode* code = dict_.CodeAt(e, date_);
      if (code == nullptr) code = dict_.LatestCode(e);
      country_chunk = code->country;
      m.organisation = code->organisation;
      switch (e.type) {
        case EntryType::kCountry:
          m.kind = MentionKind::kCountry;
          break;
        case EntryType::kCapital:
          m.kind = MentionKind::kCapital;
          break;
        case EntryType::kSeat:
          m.kind = MentionKind::kSeat;
          break;
        case EntryType::kTerritory:
          m.kind = MentionKind::kTerritory;
          break;
        case EntryType::kArmedGroup:
          m.kind = MentionKind::kArmedGroup;
          break;
        default:
          m.kind = MentionKind::kOrganisation;
          break;
      }
      m.roles = role_codes.empty() ? code->roles : role_codes;
      bool place_like = e.type == EntryType::kCapital || e.type == EntryType::kCountry ||
                        e.type == EntryType::kTerritory;
      if (place_like && roles.empty() && PrecededByLocative(atoms_[start].first)) {
        m.place = true;
        if (e.type == EntryType::kCapital) m.roles.clear();  // the city, not its government
      }
      if (former && !m.roles.empty()) m.roles = {"ELI"};
      if (name_last > name_first) {
        m.kind = MentionKind::kTitledPerson;
        m.name = std::string(doc_.Text(doc_.tokens[base_ + name_first].begin,
                                       doc_.tokens[base_ + name_last - 1].end));
        m.entry = -1;
      } else if (!roles.empty() && m.kind == MentionKind::kCountry) {
        m.kind = MentionKind::kRole;  // "US troops", "a US official"
      }
    } else {
      m.kind = name_last > name_first ? MentionKind::kTitledPerson : MentionKind::kRole;
      m.roles = role_codes;
      if (former) m.roles = {"ELI"};
      if (name_last > name_first) {
        m.name = std::string(doc_.Text(doc_.tokens[base_ + name_first].begin,
                                       doc_.tokens[base_ + name_last - 1].end));
      } else if (m.role_entry >= 0) {
        m.name = E(static_cast<uint32_t>(m.role_entry)).source.names[0];
      }
      // "US-led coalition": the leader gives the country.
      if (!leader.empty()) country_chunk = leader;
    }
    if (dict_.vocabulary().IsCountry(country_chunk)) m.country = country_chunk;
    if (m.country.empty() && m.entry >= 0) m.country = EntryCountry(static_cast<uint32_t>(m.entry));
    m.code = ComposeCode(country_chunk, m.roles, m.organisation);
    if (!m.roles.empty()) m.sector = std::string(dict_.vocabulary().Sector(m.roles.front()));
    mentions_.push_back(std::move(m));
  }

  const ActorDictionary& dict_;
  const Document& doc_;
  uint32_t sentence_;
  Date date_;
  uint32_t base_ = 0;
  std::vector<std::string_view> words_;
  std::vector<ActorDictionary::TokenKeys> keys_;  // trie keys of each word, computed once
  std::vector<Atom> atoms_;
  std::vector<ActorMention> mentions_;
};

}  // namespace

std::string_view MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kCountry:
      return "country";
    case MentionKind::kCapital:
      return "capital";
    case MentionKind::kSeat:
      return "seat";
    case MentionKind::kOrganisation:
      return "organisation";
    case MentionKind::kArmedGroup:
      return "armed_group";
    case MentionKind::kPerson:
      return "person";
    case MentionKind::kTitledPerson:
      return "titled_person";
    case MentionKind::kRole:
      return "role";
    case MentionKind::kTerritory:
      return "territory";
  }
  return "role";
}

std::vector<ActorMention> ActorRecognizer::RecognizeSentence(const Document& doc, uint32_t sentence,
                                                             Date date) const {
  return SentenceRecognizer(*dict_, doc, sentence, date).Run();
}

std::vector<ActorMention> ActorRecognizer::Recognize(const Document& doc) const {
  Date date = ParseArticleDate(doc.article.date);
  std::vector<ActorMention> all;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (!Document::Codable(doc.sentences[s])) continue;
    std::vector<ActorMention> found = RecognizeSentence(doc, s, date);
    all.insert(all.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  }
  // Article-level resolution of titled persons without a country.
  std::map<std::string, int> country_counts;
  std::map<std::string, std::string> name_country;
  for (const ActorMention& m : all) {
    if (!m.country.empty()) ++country_counts[m.country];
    if (!m.country.empty() &&
        (m.kind == MentionKind::kTitledPerson || m.kind == MentionKind::kPerson)) {
      name_country.emplace(FoldCase(m.name), m.country);
    }
  }
  std::string dominant;
  int best = 0;
  for (const auto& [country, count] : country_counts) {
    if (count > best) {
      best = count;
      dominant = country;
    }
  }
  for (ActorMention& m : all) {
    if (m.kind != MentionKind::kTitledPerson || !m.country.empty()) continue;
    std::string country;
    auto it = name_country.find(FoldCase(m.name));
    if (it != name_country.end()) country = it->second;
    if (country.empty()) {
      for (const ActorMention& other : all) {
        if (other.sentence == m.sentence && &other != &m && !other.country.empty() &&
            (other.kind == MentionKind::kCountry || other.kind == MentionKind::kTerritory)) {
          country = other.country;
          break;
        }
      }
    }
    if (country.empty()) country = dominant;
    if (country.empty()) continue;
    m.country = country;
    m.resolved_from_context = true;
    m.code = ComposeCode(m.country, m.roles, m.organisation);
  }
  return all;
}

}  // namespace dyad
