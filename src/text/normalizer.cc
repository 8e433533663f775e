#include "text/normalizer.h"

#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "base/utf8.h"

namespace dyad {
namespace {

// The byte cp1252 encodes `cp` to, or -1. Latin-1 (and cp1252's undefined slots, which
// decoders often pass through as C1 controls) map to themselves.
int Cp1252Byte(char32_t cp) {
  if (cp <= 0xFF) return static_cast<int>(cp);
  switch (cp) {
    case 0x20AC:
      return 0x80;
    case 0x201A:
      return 0x82;
    case 0x0192:
      return 0x83;
    case 0x201E:
      return 0x84;
    case 0x2026:
      return 0x85;
    case 0x2020:
      return 0x86;
    case 0x2021:
      return 0x87;
    case 0x02C6:
      return 0x88;
    case 0x2030:
      return 0x89;
    case 0x0160:
      return 0x8A;
    case 0x2039:
      return 0x8B;
    case 0x0152:
      return 0x8C;
    case 0x017D:
      return 0x8E;
    case 0x2018:
      return 0x91;
    case 0x2019:
      return 0x92;
    case 0x201C:
      return 0x93;
    case 0x201D:
      return 0x94;
    case 0x2022:
      return 0x95;
    case 0x2013:
      return 0x96;
    case 0x2014:
      return 0x97;
    case 0x02DC:
      return 0x98;
    case 0x2122:
      return 0x99;
    case 0x0161:
      return 0x9A;
    case 0x203A:
      return 0x9B;
    case 0x0153:
      return 0x9C;
    case 0x017E:
      return 0x9E;
    case 0x0178:
      return 0x9F;
    default:
      return -1;
  }
}

bool IsSpaceLike(char32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

bool IsDropped(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 ||
         cp == 0xFEFF || cp == 0xAD || cp == 0x180E || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

// Tries to read a mojibake sequence at `i` whose first character `lead` (U+00C2..U+00F4) was
// the lead byte of a UTF-8 sequence. On success returns the intended code point and sets
// `*next` to the input position after the sequence.
bool RepairMojibake(std::string_view text, std::size_t i, std::size_t lead_length, char32_t lead,
                    char32_t* repaired, std::size_t* next) {
  std::size_t need = lead <= 0xDF ? 1 : lead <= 0xEF ? 2 : 3;
  std::string bytes(1, static_cast<char>(lead));
  std::size_t j = i + lead_length;
  for (std::size_t k = 0; k < need; ++k) {
    if (j >= text.size()) return false;
    std::size_t length = 0;
    bool valid = false;
    char32_t cp = DecodeUtf8(text, j, &length, &valid);
    if (!valid) return false;
    int byte = Cp1252Byte(cp);
    if (byte < 0x80 || byte > 0xBF) return false;
    bytes.push_back(static_cast<char>(byte));
    j += length;
  }
  std::size_t length = 0;
  bool valid = false;
  char32_t cp = DecodeUtf8(bytes, 0, &length, &valid);
  if (!valid || length != bytes.size()) return false;
  *repaired = cp;
  *next = j;
  return true;
}

void EmitSpace(uint32_t from, uint32_t to, MappedText* out) {
  if (!out->text.empty() && out->text.back() == ' ') {
    out->end.back() = to;  // collapse the run into one space covering all of it
    return;
  }
  out->Append(" ", from, to);
}

// Rewrites runs holding characters at or above U+0300 (where every combining mark and every
// NFC-relevant composition lives) to NFC, starting at byte `from` of `text`.
void ApplyNfc(std::size_t from, MappedText* text, NormalizeStats* stats) {
  const std::string& s = text->text;
  std::size_t i = from;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0xCC) ++i;
  if (i == s.size()) return;
  MappedText result;
  bool changed = false;
  std::size_t copied = from;  // bytes of `text` before this have been handled
  std::size_t prev = i;       // start of the previous character
  i = from;
  prev = from;
  while (i < s.size()) {
    std::size_t length = 0;
    bool valid = false;
    char32_t cp = DecodeUtf8(s, i, &length, &valid);
    if (cp < 0x300) {
      prev = i;
      i += length;
      continue;
    }
    // A run: the preceding starter plus every following character >= U+0300.
    std::size_t run_begin = prev < i && prev >= copied ? prev : i;
    std::size_t run_end = i;
    while (run_end < s.size()) {
      std::size_t l = 0;
      bool v = false;
      char32_t c = DecodeUtf8(s, run_end, &l, &v);
      if (c < 0x300) break;
      run_end += l;
    }
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + run_begin),
                     static_cast<utf8proc_ssize_t>(run_end - run_begin), &mapped,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n >= 0 &&
        (static_cast<std::size_t>(n) != run_end - run_begin ||
         s.compare(run_begin, run_end - run_begin, reinterpret_cast<const char*>(mapped)) != 0)) {
      if (!changed) {
        changed = true;
        result.Reserve(s.size());
        result.text.assign(s, 0, from);
        result.begin.assign(text->begin.begin(), text->begin.begin() + from);
        result.end.assign(text->end.begin(), text->end.begin() + from);
      }
      for (std::size_t k = copied; k < run_begin; ++k) {
        result.Append(std::string_view(&s[k], 1), text->begin[k], text->end[k]);
      }
      result.Append(std::string_view(reinterpret_cast<const char*>(mapped), n),
                    text->begin[run_begin], text->end[run_end - 1]);
      copied = run_end;
      ++stats->nfc;
    }
    std::free(mapped);
    prev = run_end;
    i = run_end;
  }
  if (!changed) return;
  for (std::size_t k = copied; k < s.size(); ++k) {
    result.Append(std::string_view(&s[k], 1), text->begin[k], text->end[k]);
  }
  *text = std::move(result);
}

}  // namespace

void NormalizeText(const SourceView& source, MappedText* out, NormalizeStats* stats) {
  std::string_view s = source.text;
  const std::size_t start = out->size();
  out->Reserve(start + s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b >= 0x21 && b != 0x7F) {
        // Copy the whole run of printable ASCII at once.
        std::size_t j = i + 1;
        while (j < s.size()) {
          unsigned char c = static_cast<unsigned char>(s[j]);
          if (c < 0x21 || c >= 0x7F) break;
          ++j;
        }
        if (source.begin == nullptr) {
          out->AppendIdentity(s.substr(i, j - i), source.Begin(i));
        } else {
          for (std::size_t k = i; k < j; ++k)
            out->Append(s.substr(k, 1), source.Begin(k), source.End(k));
        }
        i = j;
      } else if (b == ' ' || b == '\t') {
        EmitSpace(source.Begin(i), source.End(i), out);
        ++i;
      } else if (b == '\n' || b == '\r') {
        std::size_t j = i + 1;
        if (b == '\r' && j < s.size() && s[j] == '\n') ++j;
        out->Append("\n", source.Begin(i), source.End(j - 1));
        i = j;
      } else {
        ++stats->removed;
        ++i;
      }
      continue;
    }
    std::size_t length = 0;
    bool valid = false;
    char32_t cp = DecodeUtf8(s, i, &length, &valid);
    std::size_t next = i + length;
    bool rewritten = false;
    if (!valid) {
      ++stats->invalid_utf8;
      rewritten = true;
    } else if (cp >= 0xC2 && cp <= 0xF4) {
      char32_t repaired = 0;
      std::size_t after = 0;
      if (RepairMojibake(s, i, length, cp, &repaired, &after)) {
        cp = repaired;
        next = after;
        rewritten = true;
        ++stats->mojibake;
      } else if (cp == 0xC2 && next < s.size() && s[next] == ' ' &&
                 (out->size() == start ||
                  !IsLetter(static_cast<unsigned char>(out->text.back())))) {
        // "Â " is a no-break space misdecoded, whose second byte later became a plain space.
        cp = 0xA0;
        next += 1;
        rewritten = true;
        ++stats->mojibake;
      }
    }
    uint32_t from = source.Begin(i);
    uint32_t to = source.End(next - 1);
    if (IsSpaceLike(cp)) {
      EmitSpace(from, to, out);
    } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
      out->Append("\n", from, to);
    } else if (IsDropped(cp)) {
      ++stats->removed;
    } else if (rewritten) {
      std::string encoded;
      AppendUtf8(cp, &encoded);
      out->Append(encoded, from, to);
    } else if (source.begin == nullptr) {
      out->AppendIdentity(s.substr(i, length), from);
    } else {
      for (std::size_t k = i; k < next; ++k)
        out->Append(s.substr(k, 1), source.Begin(k), source.End(k));
    }
    i = next;
  }
  ApplyNfc(start, out, stats);
}

}  // namespace dyad
