#include "ingest/html_entities.h"

#include "base/utf8.h"

#include <algorithm>
#include <array>

namespace dyad {
namespace {

struct NamedEntity {
  std::string_view name;
  uint32_t code_point;
};

// Sorted by name (byte order) for binary search; checked at compile time below. The Latin-1
// set, typographic punctuation, and the Latin Extended-A letters common in European names.
constexpr NamedEntity kNamedEntities[] = {
    {"AElig", 198},   {"Aacute", 193},  {"Acirc", 194},  {"Agrave", 192},  {"Alpha", 913},
    {"Aogon", 260},   {"Aring", 197},   {"Atilde", 195}, {"Auml", 196},    {"Beta", 914},
    {"Cacute", 262},  {"Ccaron", 268},  {"Ccedil", 199}, {"Dagger", 8225}, {"Delta", 916},
    {"ETH", 208},     {"Eacute", 201},  {"Ecaron", 282}, {"Ecirc", 202},   {"Egrave", 200},
    {"Eogon", 280},   {"Euml", 203},    {"Gamma", 915},  {"Gbreve", 286},  {"Iacute", 205},
    {"Icirc", 206},   {"Idot", 304},    {"Igrave", 204}, {"Iuml", 207},    {"Lambda", 923},
    {"Lstrok", 321},  {"Nacute", 323},  {"Ntilde", 209}, {"OElig", 338},   {"Oacute", 211},
    {"Ocirc", 212},   {"Ograve", 210},  {"Omega", 937},  {"Oslash", 216},  {"Otilde", 213},
    {"Ouml", 214},    {"Pi", 928},      {"Prime", 8243}, {"Rcaron", 344},  {"Sacute", 346},
    {"Scaron", 352},  {"Scedil", 350},  {"Sigma", 931},  {"THORN", 222},   {"Uacute", 218},
    {"Ucirc", 219},   {"Ugrave", 217},  {"Uuml", 220},   {"Yacute", 221},  {"Yuml", 376},
    {"Zacute", 377},  {"Zcaron", 381},  {"Zdot", 379},   {"aacute", 225},  {"acirc", 226},
    {"acute", 180},   {"aelig", 230},   {"agrave", 224}, {"alpha", 945},   {"amp", 38},
    {"aogon", 261},   {"apos", 39},     {"aring", 229},  {"asymp", 8776},  {"atilde", 227},
    {"auml", 228},    {"bdquo", 8222},  {"beta", 946},   {"brvbar", 166},  {"bull", 8226},
    {"cacute", 263},  {"ccaron", 269},  {"ccedil", 231}, {"cedil", 184},   {"cent", 162},
    {"circ", 710},    {"copy", 169},    {"curren", 164}, {"dagger", 8224}, {"darr", 8595},
    {"deg", 176},     {"delta", 948},   {"divide", 247}, {"eacute", 233},  {"ecaron", 283},
    {"ecirc", 234},   {"egrave", 232},  {"emsp", 8195},  {"ensp", 8194},   {"eogon", 281},
    {"epsilon", 949}, {"eth", 240},     {"euml", 235},   {"euro", 8364},   {"fnof", 402},
    {"frac12", 189},  {"frac14", 188},  {"frac34", 190}, {"frasl", 8260},  {"gamma", 947},
    {"gbreve", 287},  {"ge", 8805},     {"gt", 62},      {"harr", 8596},   {"hellip", 8230},
    {"horbar", 8213}, {"hyphen", 8208}, {"iacute", 237}, {"icirc", 238},   {"iexcl", 161},
    {"igrave", 236},  {"infin", 8734},  {"inodot", 305}, {"iquest", 191},  {"iuml", 239},
    {"lambda", 955},  {"laquo", 171},   {"larr", 8592},  {"ldquo", 8220},  {"le", 8804},
    {"lrm", 8206},    {"lsaquo", 8249}, {"lsquo", 8216}, {"lstrok", 322},  {"lt", 60},
    {"macr", 175},    {"mdash", 8212},  {"micro", 181},  {"middot", 183},  {"minus", 8722},
    {"mu", 956},      {"nacute", 324},  {"nbsp", 160},   {"ndash", 8211},  {"ne", 8800},
    {"not", 172},     {"ntilde", 241},  {"oacute", 243}, {"ocirc", 244},   {"oelig", 339},
    {"ograve", 242},  {"oline", 8254},  {"omega", 969},  {"ordf", 170},    {"ordm", 186},
    {"oslash", 248},  {"otilde", 245},  {"ouml", 246},   {"para", 182},    {"permil", 8240},
    {"pi", 960},      {"plusmn", 177},  {"pound", 163},  {"prime", 8242},  {"quot", 34},
    {"raquo", 187},   {"rarr", 8594},   {"rcaron", 345}, {"rdquo", 8221},  {"reg", 174},
    {"rlm", 8207},    {"rsaquo", 8250}, {"rsquo", 8217}, {"sacute", 347},  {"sbquo", 8218},
    {"scaron", 353},  {"scedil", 351},  {"sect", 167},   {"shy", 173},     {"sigma", 963},
    {"sup1", 185},    {"sup2", 178},    {"sup3", 179},   {"szlig", 223},   {"thinsp", 8201},
    {"thorn", 254},   {"tilde", 732},   {"times", 215},  {"trade", 8482},  {"uacute", 250},
    {"uarr", 8593},   {"ucirc", 251},   {"ugrave", 249}, {"uml", 168},     {"uuml", 252},
    {"yacute", 253},  {"yen", 165},     {"yuml", 255},   {"zacute", 378},  {"zcaron", 382},
    {"zdot", 380},    {"zwj", 8205},    {"zwnj", 8204},
};

constexpr bool NamesSorted() {
  for (std::size_t i = 1; i < std::size(kNamedEntities); ++i) {
    if (!(kNamedEntities[i - 1].name < kNamedEntities[i].name)) return false;
  }
  return true;
}
static_assert(NamesSorted(), "kNamedEntities must be sorted by name and free of duplicates");

// Names still decoded without the closing ';' (HTML's legacy references, the subset seen in
// real pages).
constexpr std::string_view kLegacyNames[] = {"amp", "copy", "gt", "lt", "nbsp", "quot", "reg"};

// HTML standard, "numeric character reference end state": 0x80-0x9F name windows-1252
// characters. Zero means "keep the value as is".
constexpr uint16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Longest name in the table is 7 bytes; anything longer cannot match.
constexpr std::size_t kMaxNameLength = 8;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsAsciiAlpha(c) || IsDigit(c); }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const NamedEntity* FindName(std::string_view name) {
  const NamedEntity* end = std::end(kNamedEntities);
  const NamedEntity* it = std::lower_bound(
      std::begin(kNamedEntities), end, name,
      [](const NamedEntity& entity, std::string_view key) { return entity.name < key; });
  return it != end && it->name == name ? it : nullptr;
}

bool DecodeNumeric(std::string_view text, std::size_t pos, std::string* out,
                   std::size_t* consumed) {
  std::size_t i = pos + 2;  // past "&#"
  bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  std::size_t digits_begin = i;
  uint32_t value = 0;
  bool too_large = false;
  for (; i < text.size(); ++i) {
    int digit = hex ? HexValue(text[i]) : (IsDigit(text[i]) ? text[i] - '0' : -1);
    if (digit < 0) break;
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
    // Saturate instead of overflowing; any such value is invalid anyway.
    if (value > 0x10FFFF) {
      too_large = true;
      value = 0x110000;
    }
  }
  if (i == digits_begin) return false;  // "&#;" or "&#x" is not a reference
  if (i < text.size() && text[i] == ';') ++i;
  if (too_large) value = 0xFFFD;
  if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0) {
    value = kWindows1252[value - 0x80];
  }
  AppendUtf8(value, out);
  *consumed = i - pos;
  return true;
}

}  // namespace

bool DecodeHtmlEntity(std::string_view text, std::size_t pos, std::string* out,
                      std::size_t* consumed) {
  if (pos + 1 >= text.size() || text[pos] != '&') return false;
  if (text[pos + 1] == '#') return DecodeNumeric(text, pos, out, consumed);
  std::size_t i = pos + 1;
  while (i < text.size() && i - pos - 1 <= kMaxNameLength && IsAlnum(text[i])) ++i;
  std::string_view name = text.substr(pos + 1, i - pos - 1);
  if (name.empty() || name.size() > kMaxNameLength) return false;
  if (i < text.size() && text[i] == ';') {
    const NamedEntity* entity = FindName(name);
    if (entity == nullptr) return false;
    AppendUtf8(entity->code_point, out);
    *consumed = i + 1 - pos;
    return true;
  }
  // No ';': only the legacy names, and only when the name is not the start of a longer word
  // (the loop above stopped at a non-alphanumeric byte or the end).
  if (std::find(std::begin(kLegacyNames), std::end(kLegacyNames), name) == std::end(kLegacyNames)) {
    return false;
  }
  AppendUtf8(FindName(name)->code_point, out);
  *consumed = i - pos;
  return true;
}

std::string DecodeHtmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t consumed = 0;
    if (text[i] == '&' && DecodeHtmlEntity(text, i, &out, &consumed)) {
      i += consumed;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

}  // namespace dyad
