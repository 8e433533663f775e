#include "syntax/shallow_parse.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"
#include "syntax/word_classes.h"
#include "text/case_fold.h"

namespace dyad {
namespace {

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
}

constexpr std::array<std::string_view, 11> kNounSuffixes = {
    "tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence", "ers", "ists"};
constexpr std::array<std::string_view, 13> kAdjectiveSuffixes = {
    "al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ian", "ese", "ish", "ary", "ern"};
constexpr std::array<std::string_view, 6> kObjectPronouns = {"him", "them", "us",
                                                             "me",  "her",  "itself"};

template <std::size_t N>
bool AnySuffix(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view s : list) {
    if (EndsWith(w, s)) return true;
  }
  return false;
}

Pos Tag(const Document& doc, uint32_t t, bool first, const std::string& w, Pos previous,
        const std::function<bool(std::string_view)>& is_verb) {
  const Token& token = doc.tokens[t];
  if (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol) return Pos::kPunct;
  if (token.kind == TokenKind::kNumber) return Pos::kNumber;
  if (token.has(kClitic)) return w == "n't" ? Pos::kNegation : Pos::kPossessive;
  if (IsNegation(w)) return Pos::kNegation;
  if (IsModal(w)) return Pos::kModal;
  if (IsFormOfBe(w) || IsFormOfHave(w) || IsFormOfDo(w)) return Pos::kAux;
  if (IsDeterminer(w)) return Pos::kDeterminer;
  if (IsPreposition(w)) return Pos::kPreposition;
  bool all_caps = IsAllCaps(doc.Text(token));  // "US" is not "us"
  if (!all_caps &&
      (IsSubjectPronoun(w) || w == "who" || w == "which" || w == "whom" || w == "whose" ||
       std::find(kObjectPronouns.begin(), kObjectPronouns.end(), w) != kObjectPronouns.end())) {
    return Pos::kPronoun;
  }
  if (IsConjunction(w)) return Pos::kConjunction;
  std::string_view text = doc.Text(token);
  bool capitalized = IsUpper(FirstCodePoint(text));
  bool nominal_context = previous == Pos::kDeterminer || previous == Pos::kAdjective ||
                         previous == Pos::kPossessive || previous == Pos::kNumber;
  if ((is_verb(w) || IsSpeechVerb(w)) && !nominal_context) return Pos::kVerb;
  if (capitalized && !first) return Pos::kProperNoun;
  if (EndsWith(w, "ly")) return Pos::kAdverb;
  if (AnySuffix(kNounSuffixes, w)) return Pos::kNoun;
  if ((EndsWith(w, "ed") || EndsWith(w, "ing")) && !nominal_context) return Pos::kVerb;
  if (AnySuffix(kAdjectiveSuffixes, w)) return Pos::kAdjective;
  if (capitalized) return Pos::kProperNoun;
  return Pos::kNoun;
}

bool InNounPhrase(Pos p) {
  return p == Pos::kDeterminer || p == Pos::kNumber || p == Pos::kAdjective || p == Pos::kNoun ||
         p == Pos::kProperNoun || p == Pos::kPossessive;
}

bool InVerbGroup(Pos p) {
  return p == Pos::kAux || p == Pos::kModal || p == Pos::kNegation || p == Pos::kAdverb ||
         p == Pos::kVerb;
}

}  // namespace

std::string_view PosName(Pos pos) {
  switch (pos) {
    case Pos::kNoun:
      return "NOUN";
    case Pos::kProperNoun:
      return "PROPN";
    case Pos::kVerb:
      return "VERB";
    case Pos::kAux:
      return "AUX";
    case Pos::kModal:
      return "MODAL";
    case Pos::kAdjective:
      return "ADJ";
    case Pos::kAdverb:
      return "ADV";
    case Pos::kDeterminer:
      return "DET";
    case Pos::kPreposition:
      return "ADP";
    case Pos::kPronoun:
      return "PRON";
    case Pos::kConjunction:
      return "CONJ";
    case Pos::kNumber:
      return "NUM";
    case Pos::kNegation:
      return "NEG";
    case Pos::kPossessive:
      return "POSS";
    case Pos::kPunct:
      return "PUNCT";
  }
  return "NOUN";
}

ShallowParse ParseShallow(const Document& doc, uint32_t sentence,
                          const std::function<bool(std::string_view)>& is_verb) {
  const Sentence& s = doc.sentences[sentence];
  ShallowParse parse;
  std::vector<std::string> words;
  for (uint32_t t = s.first_token; t < s.last_token; ++t) {
    words.push_back(FoldCase(doc.Text(doc.tokens[t])));
    Pos previous = parse.pos.empty() ? Pos::kPunct : parse.pos.back();
    parse.pos.push_back(Tag(doc, t, t == s.first_token, words.back(), previous, is_verb));
  }
  const uint32_t n = static_cast<uint32_t>(parse.pos.size());
  // Chunks: verb groups ending in a verb, noun phrases, and a preposition with its phrase.
  uint32_t i = 0;
  while (i < n) {
    Pos p = parse.pos[i];
    uint32_t j = i;
    if (InVerbGroup(p)) {
      while (j < n && InVerbGroup(parse.pos[j])) ++j;
      bool has_verb = false;
      for (uint32_t k = i; k < j; ++k) has_verb = has_verb || parse.pos[k] == Pos::kVerb;
      if (has_verb)
        parse.chunks.push_back({s.first_token + i, s.first_token + j, ChunkKind::kVerbPhrase});
    } else if (p == Pos::kPreposition && i + 1 < n && InNounPhrase(parse.pos[i + 1])) {
      j = i + 1;
      while (j < n && InNounPhrase(parse.pos[j])) ++j;
      parse.chunks.push_back(
          {s.first_token + i, s.first_token + j, ChunkKind::kPrepositionalPhrase});
    } else if (InNounPhrase(p) || p == Pos::kPronoun) {
      if (p == Pos::kPronoun) {
        j = i + 1;
      } else {
        while (j < n && InNounPhrase(parse.pos[j])) ++j;
      }
      parse.chunks.push_back({s.first_token + i, s.first_token + j, ChunkKind::kNounPhrase});
    }
    i = j > i ? j : i + 1;
  }
  // Clauses: the sentence, then a new clause at ";", at words that open a subordinate or
  // relative clause, after a verb of saying (its complement), and at "and"/"but" after a
  // comma.
  parse.clause_starts.push_back(s.first_token);
  for (uint32_t k = 1; k < n; ++k) {
    const std::string& w = words[k];
    bool start = false;
    if (words[k - 1] == ";") start = true;
    if (IsClauseOpener(w) || w == "that") start = true;
    if (IsSpeechVerb(words[k - 1]) && parse.pos[k - 1] == Pos::kVerb && w != ",") start = true;
    if ((w == "and" || w == "but") && words[k - 1] == ",") start = true;
    if (start && parse.pos[k] != Pos::kPunct && parse.clause_starts.back() != s.first_token + k) {
      parse.clause_starts.push_back(s.first_token + k);
    }
  }
  return parse;
}

}  // namespace dyad
