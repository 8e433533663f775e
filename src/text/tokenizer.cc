#include "text/tokenizer.h"

#include "base/utf8.h"
#include "text/abbreviations.h"

namespace dyad {
namespace {

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c) || IsMark(c); }

bool IsSymbol(char32_t c) {
  switch (c) {
    case '$':
    case '%':
    case '&':
    case '@':
    case '#':
    case '+':
    case '=':
    case '<':
    case '>':
    case '~':
    case '^':
    case '|':
    case '\\':
    case '/':
    case '*':
    case 0xA7:
    case 0xB0:
    case 0x20AC:
    case 0xA3:
    case 0xA5:
    case 0x20B9:
    case 0x20BD:
    case 0xA9:
    case 0xAE:
    case 0x2122:
      return true;
    default:
      return false;
  }
}

// Reads code points from clean text without bounds surprises.
class Cursor {
 public:
  Cursor(std::string_view text, uint32_t end) : text_(text), end_(end) {}
  // The code point at `pos`, or 0 at or past the end. `*length` gets its byte count.
  char32_t At(uint32_t pos, uint32_t* length = nullptr) const {
    if (pos >= end_) {
      if (length != nullptr) *length = 0;
      return 0;
    }
    std::size_t l = 0;
    bool valid = false;
    char32_t c = DecodeUtf8(text_, pos, &l, &valid);
    if (length != nullptr) *length = static_cast<uint32_t>(l);
    return c;
  }
  // Position after the character at `pos`.
  uint32_t Next(uint32_t pos) const {
    uint32_t length = 0;
    At(pos, &length);
    return pos + (length == 0 ? 1 : length);
  }
  // Position after a run of word characters starting at `pos`.
  uint32_t SkipWordChars(uint32_t pos) const {
    while (pos < end_) {
      uint32_t length = 0;
      char32_t c = At(pos, &length);
      if (!IsWordChar(c)) break;
      pos += length;
    }
    return pos;
  }
  uint32_t end() const { return end_; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  uint32_t end_;
};

bool StartsWith(std::string_view text, uint32_t pos, uint32_t end, std::string_view prefix) {
  if (end - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool IsSpace(char c) { return c == ' ' || c == '\n'; }

// A URL or e-mail address starting at `pos`, or `pos` when there is none.
uint32_t ScanUrl(const Cursor& cur, uint32_t pos) {
  std::string_view text = cur.text();
  uint32_t end = cur.end();
  bool url = StartsWith(text, pos, end, "http://") || StartsWith(text, pos, end, "https://") ||
             StartsWith(text, pos, end, "www.");
  uint32_t j = pos;
  while (j < end && !IsSpace(text[j])) ++j;
  if (!url) {
    // user@host.tld
    std::string_view word = text.substr(pos, j - pos);
    std::size_t at = word.find('@');
    if (at == std::string_view::npos || at == 0 || word.find('.', at) == std::string_view::npos) {
      return pos;
    }
  }
  while (j > pos) {
    char c = text[j - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
        c == '"' || c == '\'' || c == ']') {
      --j;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      // Drop a trailing typographic quote or other non-ASCII punctuation.
      uint32_t k = j - 1;
      while (k > pos && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
      char32_t cp = cur.At(k);
      if (IsWordChar(cp)) break;
      j = k;
    } else {
      break;
    }
  }
  return j > pos + 4 ? j : pos;
}

class WordScanner {
 public:
  WordScanner(const Cursor& cur, std::vector<Token>* tokens) : cur_(cur), tokens_(tokens) {}

  // Scans the word or number starting at `start`; pushes one or two tokens and returns the
  // position after them.
  uint32_t Scan(uint32_t start, uint8_t flags) {
    const bool number = IsDigit(cur_.At(start));
    uint32_t j = cur_.SkipWordChars(start);
    uint32_t segment_start = start;  // start of the current letter run (for acronyms)
    bool acronym = false;            // seen "X." followed by more letters: U.S. a.m.
    for (;;) {
      uint32_t dlen = 0;
      char32_t d = cur_.At(j, &dlen);
      char32_t after = cur_.At(j + dlen);
      if (d == '.') {
        if (IsDigit(cur_.At(j > start ? PrevStart(j) : j)) && IsDigit(after)) {
          j = cur_.SkipWordChars(j + 1);  // decimal
          continue;
        }
        uint32_t seg_len = j - segment_start;
        if (IsLetter(after) && seg_len <= 2 && IsLetterRun(segment_start, j)) {
          // Acronym shape: U.S. / a.m. / Ph.D. — the next run is short and ends with '.'.
          uint32_t next_end = cur_.SkipWordChars(j + 1);
          if (next_end - (j + 1) <= 2 && cur_.At(next_end) == '.') {
            acronym = true;
            segment_start = j + 1;
            j = next_end;
            continue;
          }
        }
        if (acronym) {
          // End of an acronym chain: the final period belongs to it.
          return PushWithPeriod(start, j, flags | kAbbreviation, number);
        }
        if (j - start == 1 && IsUpper(cur_.At(start))) {
          return PushWithPeriod(start, j, flags | kAbbreviation | kInitial, number);
        }
        // The last part decides for compounds: "ex-Sen.", "D-Calif.".
        if (!number &&
            ClassifyAbbreviation(cur_.text().substr(segment_start, j - segment_start),
                                 NextNonSpaceIsDigit(j + 1)) != AbbreviationKind::kNone) {
          return PushWithPeriod(start, j, flags | kAbbreviation, number);
        }
        break;
      }
      if (IsHyphen(d) && IsWordChar(after)) {
        flags |= kHyphenated;
        j += dlen;
        segment_start = j;
        j = cur_.SkipWordChars(j);
        continue;
      }
      if (d == ',' && number && IsDigit(cur_.At(PrevStart(j))) && ThreeDigits(j + 1)) {
        j = cur_.SkipWordChars(j + 1);
        continue;
      }
      if (IsApostrophe(d) && IsLetter(after)) {
        uint32_t rest_begin = j + dlen;
        uint32_t rest_end = cur_.SkipWordChars(rest_begin);
        std::string_view rest = cur_.text().substr(rest_begin, rest_end - rest_begin);
        if (IsCliticRest(rest)) {
          if ((rest == "t" || rest == "T") && j - start >= 2 &&
              (cur_.At(j - 1) == 'n' || cur_.At(j - 1) == 'N')) {
            // "didn't" -> "did" + "n't"
            Push(start, j - 1, flags, TokenKind::kWord);
            Push(j - 1, rest_end, kClitic, TokenKind::kWord);
            return rest_end;
          }
          Push(start, j, flags, number ? TokenKind::kNumber : TokenKind::kWord);
          Push(j, rest_end, kClitic, TokenKind::kWord);
          return rest_end;
        }
        j = rest_end;  // O'Brien, Shi'ite
        continue;
      }
      break;
    }
    Push(start, j, flags, number ? TokenKind::kNumber : TokenKind::kWord);
    return j;
  }

 private:
  uint32_t PrevStart(uint32_t pos) const {
    uint32_t k = pos;
    while (k > 0) {
      --k;
      if ((static_cast<unsigned char>(cur_.text()[k]) & 0xC0) != 0x80) break;
    }
    return k;
  }

  bool IsLetterRun(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; k = cur_.Next(k)) {
      if (!IsLetter(cur_.At(k))) return false;
    }
    return true;
  }

  bool ThreeDigits(uint32_t pos) const {
    for (uint32_t k = 0; k < 3; ++k) {
      if (!IsDigit(cur_.At(pos + k))) return false;
    }
    return !IsDigit(cur_.At(pos + 3));
  }

  bool NextNonSpaceIsDigit(uint32_t pos) const {
    while (pos < cur_.end() && cur_.text()[pos] == ' ') ++pos;
    return IsDigit(cur_.At(pos));
  }

  static bool IsCliticRest(std::string_view rest) {
    return rest == "s" || rest == "S" || rest == "t" || rest == "T" || rest == "re" ||
           rest == "ve" || rest == "ll" || rest == "d" || rest == "m" || rest == "RE" ||
           rest == "VE" || rest == "LL" || rest == "D" || rest == "M";
  }

  uint32_t PushWithPeriod(uint32_t start, uint32_t period, uint8_t flags, bool number) {
    // A hyphenated compound may continue after an abbreviation: "U.S.-led".
    uint32_t after = period + 1;
    if (IsHyphen(cur_.At(after))) {
      uint32_t hlen = 0;
      cur_.At(after, &hlen);
      if (IsWordChar(cur_.At(after + hlen))) {
        uint32_t end = cur_.SkipWordChars(after + hlen);
        Push(start, end, static_cast<uint8_t>((flags & ~kAbbreviation & ~kInitial) | kHyphenated),
             TokenKind::kWord);
        return end;
      }
    }
    Push(start, after, flags, number ? TokenKind::kNumber : TokenKind::kWord);
    return after;
  }

  void Push(uint32_t b, uint32_t e, uint8_t flags, TokenKind kind) {
    Token token;
    token.begin = b;
    token.end = e;
    token.kind = kind;
    token.flags = flags;
    tokens_->push_back(token);
  }

  const Cursor& cur_;
  std::vector<Token>* tokens_;
};

}  // namespace

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
  }
  return "word";
}

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* tokens) {
  Cursor cur(text, end);
  WordScanner words(cur, tokens);
  uint32_t i = begin;
  bool space_before = true;
  while (i < end) {
    char ch = text[i];
    if (IsSpace(ch)) {
      space_before = true;
      ++i;
      continue;
    }
    uint8_t flags = space_before ? kSpaceBefore : 0;
    space_before = false;
    uint32_t length = 0;
    char32_t c = cur.At(i, &length);
    if (IsWordChar(c)) {
      // Only words followed by "@", "://" or "www." can start a URL or e-mail address.
      uint32_t word_end = cur.SkipWordChars(i);
      char after = word_end < end ? text[word_end] : ' ';
      uint32_t url_end = (after == '@' || after == ':' || after == '.') ? ScanUrl(cur, i) : i;
      if (url_end > i) {
        tokens->push_back(Token{i, url_end, TokenKind::kUrl, flags});
        i = url_end;
        continue;
      }
      i = words.Scan(i, flags);
      continue;
    }
    if (IsApostrophe(c) && !tokens->empty() && tokens->back().end == i && !(flags & kSpaceBefore)) {
      // A possessive after a word: "Houthis' attacks" ("'s" is handled by the word scanner).
      char32_t next = cur.At(i + length);
      std::string_view prev(text.data() + tokens->back().begin,
                            tokens->back().end - tokens->back().begin);
      if (!IsLetter(next) && !prev.empty() && (prev.back() == 's' || prev.back() == 'S')) {
        tokens->push_back(Token{i, i + length, TokenKind::kWord, static_cast<uint8_t>(kClitic)});
        i += length;
        continue;
      }
    }
    if ((c == '@' || c == '#') && IsLetter(cur.At(i + 1))) {
      uint32_t e = cur.SkipWordChars(i + 1);
      tokens->push_back(Token{i, e, TokenKind::kWord, flags});
      i = e;
      continue;
    }
    uint32_t e = i + length;
    if (c == '.' && cur.At(i + 1) == '.' && cur.At(i + 2) == '.') {
      e = i + 3;
      while (cur.At(e) == '.') ++e;
    } else if (c == '-' && cur.At(i + 1) == '-') {
      e = i + 2;
      while (cur.At(e) == '-') ++e;
    } else if ((c == '!' || c == '?') && (cur.At(e) == '!' || cur.At(e) == '?')) {
      while (cur.At(e) == '!' || cur.At(e) == '?') ++e;
    }
    tokens->push_back(Token{i, e, IsSymbol(c) ? TokenKind::kSymbol : TokenKind::kPunct, flags});
    i = e;
  }
}

std::vector<Span> HyphenParts(std::string_view text, const Token& token) {
  std::vector<Span> parts;
  if (!token.has(kHyphenated)) {
    parts.push_back({token.begin, token.end});
    return parts;
  }
  Cursor cur(text, token.end);
  uint32_t part_begin = token.begin;
  uint32_t i = token.begin;
  while (i < token.end) {
    uint32_t length = 0;
    char32_t c = cur.At(i, &length);
    if (IsHyphen(c) && i > part_begin) {
      parts.push_back({part_begin, i});
      part_begin = i + length;
    }
    i += length == 0 ? 1 : length;
  }
  if (part_begin < token.end) parts.push_back({part_begin, token.end});
  return parts;
}

}  // namespace dyad
