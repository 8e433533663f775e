#include "text/abbreviations.h"

#include "base/strings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dyad {
namespace {

// Titles, ranks, months and reference words: followed by a name or a number.
constexpr std::array<std::string_view, 75> kTitles = {
    "mr",     "mrs",  "ms",   "dr",   "prof", "gen",  "lt",     "col",  "maj", "capt", "cpt",
    "sgt",    "cpl",  "pvt",  "adm",  "cmdr", "cdr",  "brig",   "gov",  "sen", "rep",  "reps",
    "sens",   "pres", "amb",  "supt", "insp", "det",  "rev",    "fr",   "hon", "msgr", "sr",
    "st",     "ste",  "mt",   "ft",   "no",   "nos",  "nr",     "vol",  "fig", "pp",   "art",
    "sec",    "ch",   "jan",  "feb",  "mar",  "apr",  "jun",    "jul",  "aug", "sep",  "sept",
    "oct",    "nov",  "dec",  "gens", "lts",  "cols", "messrs", "mmes", "vs",  "v",    "cf",
    "approx", "est",  "dept", "univ", "assn", "ave",  "blvd",   "rd",   "rs"};

// Abbreviations that can also end a sentence.
constexpr std::array<std::string_view, 60> kOrdinary = {
    "inc", "corp",  "co",    "ltd",  "llc",  "plc",  "bros", "jr",   "etc",  "al",   "ala",  "ariz",
    "ark", "calif", "colo",  "conn", "del",  "fla",  "ga",   "ill",  "ind",  "kan",  "kans", "ky",
    "la",  "md",    "mass",  "mich", "minn", "miss", "mo",   "mont", "neb",  "nev",  "okla", "ore",
    "pa",  "tenn",  "tex",   "va",   "vt",   "wash", "wis",  "wyo",  "wva",  "mon",  "tue",  "tues",
    "wed", "thu",   "thurs", "fri",  "sat",  "sun",  "min",  "max",  "govt", "intl", "natl", "esq"};

constexpr std::array<std::string_view, 62> kStarters = {
    "the",       "a",         "an",     "he",          "she",   "it",       "they",   "we",
    "i",         "you",       "his",    "her",         "its",   "their",    "our",    "this",
    "that",      "these",     "those",  "there",       "but",   "and",      "or",     "so",
    "yet",       "in",        "on",     "at",          "for",   "from",     "after",  "before",
    "when",      "while",     "if",     "as",          "since", "although", "though", "however",
    "meanwhile", "officials", "police", "authorities", "some",  "many",     "most",   "both",
    "all",       "one",       "two",    "three",       "no",    "not",      "what",   "who",
    "why",       "how",       "where",  "earlier",     "later", "last"};

// Used before a number only: "No. 5", "Art. 51", "Vol. 2".
constexpr std::array<std::string_view, 9> kNeedNumber = {"no", "nos", "nr",  "art", "sec",
                                                         "ch", "vol", "fig", "pp"};

// Abbreviations written in lowercase.
constexpr std::array<std::string_view, 8> kLowercase = {"vs", "v",  "etc",    "al",
                                                        "cf", "pp", "approx", "est"};

std::string Lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word, bool followed_by_digit) {
  if (word.empty() || word.size() > 8) return AbbreviationKind::kNone;
  std::string lower = Lower(word);
  if (Contains(kNeedNumber, lower) && !followed_by_digit) return AbbreviationKind::kNone;
  bool capitalised = std::isupper(static_cast<unsigned char>(word[0])) != 0;
  if (!capitalised && !Contains(kLowercase, lower)) return AbbreviationKind::kNone;
  if (Contains(kTitles, lower)) return AbbreviationKind::kTitle;
  if (Contains(kOrdinary, lower)) return AbbreviationKind::kOrdinary;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  if (word.size() > 12) return false;
  return Contains(kStarters, Lower(word));
}

}  // namespace dyad
