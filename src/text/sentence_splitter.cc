#include "text/sentence_splitter.h"

#include "base/utf8.h"
#include "text/abbreviations.h"
#include "text/case_fold.h"

namespace dyad {
namespace {

std::string_view TokenText(std::string_view text, const Token& token) {
  return text.substr(token.begin, token.end - token.begin);
}

bool IsClosing(std::string_view s, const Token& token) {
  if (s == ")" || s == "]" || s == "\u201D" || s == "\u2019" || s == "\u00BB") return true;
  // Straight quotes close when they hug the preceding token.
  return (s == "\"" || s == "'") && !token.has(kSpaceBefore);
}

bool IsOpening(std::string_view s) {
  return s == "\"" || s == "\u201C" || s == "\u2018" || s == "(" || s == "[" || s == "'" ||
         s == "\u00AB";
}

bool IsTerminal(std::string_view s) {
  if (s == "." || s == "\u2026") return true;
  if (s.size() >= 3 && s.substr(0, 3) == "...") return true;
  char c = s.empty() ? 0 : s[0];
  return c == '!' || c == '?';
}

bool IsDash(std::string_view s) {
  return s == "-" || s == "--" || s == "\u2014" || s == "\u2013" || s == "---";
}

// Strips one trailing period: "Gen." -> "Gen".
std::string_view WithoutPeriod(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

// Decides whether the abbreviation `abbrev` (a word token with its period) ends a sentence
// when `next` follows.
bool AbbreviationEndsSentence(std::string_view text, const Token& abbrev, const Token& next) {
  std::string_view word = WithoutPeriod(TokenText(text, abbrev));
  std::string_view next_text = TokenText(text, next);
  char32_t first = FirstCodePoint(next_text);
  if (!IsUpper(first) && !IsOpening(next_text)) return false;
  if (abbrev.has(kInitial)) return IsSentenceStarter(next_text) && next_text.size() > 1;
  bool acronym = word.find('.') != std::string_view::npos;
  if (!acronym) {
    bool next_digit = next.kind == TokenKind::kNumber;
    if (ClassifyAbbreviation(word, next_digit) == AbbreviationKind::kTitle) return false;
  }
  return IsSentenceStarter(next_text) || IsOpening(next_text);
}

}  // namespace

uint32_t FindDateline(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                      uint32_t last) {
  constexpr uint32_t kMaxDatelineTokens = 16;
  if (first >= last || tokens[first].kind != TokenKind::kWord) return first;
  if (!IsAllCaps(TokenText(text, tokens[first]))) return first;
  uint32_t caps_words = 0;
  int paren_depth = 0;
  for (uint32_t t = first; t < last && t < first + kMaxDatelineTokens; ++t) {
    std::string_view s = TokenText(text, tokens[t]);
    if (paren_depth == 0 && t > first && (IsDash(s) || s == ":") && t + 1 < last) {
      if (s == ":" && t != first + caps_words) return first;  // "CAIRO:" only
      return t + 1;
    }
    if (s == "(") {
      ++paren_depth;
      continue;
    }
    if (s == ")") {
      if (paren_depth == 0) return first;
      --paren_depth;
      continue;
    }
    if (paren_depth > 0 || s == "," || tokens[t].kind == TokenKind::kNumber) continue;
    if (tokens[t].kind != TokenKind::kWord) return first;
    if (IsAllCaps(s) || s.size() == 1) {
      ++caps_words;
      if (caps_words > 5) return first;
      continue;
    }
    // Region or month after the place: "Iraq", "Fla.", "Jan". Lowercase words mean prose.
    if (!IsUpper(FirstCodePoint(s))) return first;
  }
  return first;
}

void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t last, std::size_t max_tokens, std::vector<SentenceBounds>* out) {
  if (first >= last) return;
  if (max_tokens == 0) max_tokens = 1;
  uint32_t begin = FindDateline(text, tokens, first, last);
  if (begin > first) out->push_back({first, begin, true, false});
  uint32_t t = begin;
  while (t < last) {
    const Token& token = tokens[t];
    std::string_view s = TokenText(text, token);
    bool candidate = false;
    bool abbreviation = false;
    if (token.kind == TokenKind::kPunct && IsTerminal(s)) {
      candidate = true;
    } else if (token.kind == TokenKind::kWord && token.has(kAbbreviation)) {
      candidate = true;
      abbreviation = true;
    }
    uint32_t end = t + 1;
    bool boundary = false;
    if (candidate) {
      while (end < last && IsClosing(TokenText(text, tokens[end]), tokens[end])) ++end;
      if (end < last) {
        const Token& next = tokens[end];
        std::string_view next_text = TokenText(text, next);
        char32_t c = FirstCodePoint(next_text);
        if (t == begin + 1 && tokens[begin].kind == TokenKind::kNumber && s == ".") {
          boundary = false;  // an enumeration: "2. Who are the defendants?"
        } else if (abbreviation && end == t + 1) {
          boundary = AbbreviationEndsSentence(text, token, next);
        } else if (s == "." || abbreviation) {
          boundary = IsUpper(c) || IsDigit(c) || IsOpening(next_text) ||
                     next.kind == TokenKind::kSymbol || IsDash(next_text);
        } else {
          // ! ? … : only before something that starts a sentence. An ellipsis before a
          // bracket or quote usually marks an omission inside a quotation.
          bool ellipsis = s[0] == '.' || s == "\u2026";
          boundary = IsUpper(c) || IsDigit(c) || (!ellipsis && IsOpening(next_text));
        }
      }
    }
    if (boundary) {
      out->push_back({begin, end, false, false});
      begin = end;
      t = end;
      continue;
    }
    t = end;
    while (t - begin >= max_tokens) {
      out->push_back({begin, begin + static_cast<uint32_t>(max_tokens), false, true});
      begin += static_cast<uint32_t>(max_tokens);
    }
  }
  if (begin < last) out->push_back({begin, last, false, false});
}

}  // namespace dyad
