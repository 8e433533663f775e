#include "syntax/word_classes.h"

#include "base/strings.h"

#include <algorithm>
#include <array>

namespace dyad {
namespace {

constexpr std::array<std::string_view, 8> kBe = {"be",   "is",   "are",   "was",
                                                 "were", "been", "being", "am"};
constexpr std::array<std::string_view, 4> kHave = {"have", "has", "had", "having"};
constexpr std::array<std::string_view, 3> kDo = {"do", "does", "did"};
constexpr std::array<std::string_view, 10> kModals = {"will",  "would", "may",    "might", "can",
                                                      "could", "shall", "should", "must",  "'ll"};
constexpr std::array<std::string_view, 6> kNegations = {"not", "n't",     "never",
                                                        "no",  "neither", "nor"};
constexpr std::array<std::string_view, 44> kPrepositions = {
    "in",      "on",     "at",      "by",     "with",    "from",   "to",        "of",     "for",
    "into",    "onto",   "against", "over",   "under",   "about",  "after",     "before", "during",
    "since",   "until",  "through", "across", "along",   "among",  "amid",      "amidst", "around",
    "between", "beyond", "despite", "near",   "off",     "out",    "outside",   "inside", "toward",
    "towards", "upon",   "via",     "within", "without", "behind", "following", "per"};
constexpr std::array<std::string_view, 22> kDeterminers = {
    "the", "a",  "an",   "this", "that", "these", "those", "its",  "their",   "his",  "her",
    "our", "my", "your", "some", "any",  "each",  "every", "both", "several", "many", "all"};
constexpr std::array<std::string_view, 6> kSubjectPronouns = {"it", "they", "he", "she", "we", "i"};
constexpr std::array<std::string_view, 4> kConjunctions = {"and", "or", "but", "&"};
constexpr std::array<std::string_view, 16> kClauseOpeners = {
    "who",     "whom",     "whose",  "which", "where",  "when", "while", "whereas",
    "because", "although", "though", "if",    "unless", "as",   "since", "after"};
constexpr std::array<std::string_view, 44> kSpeech = {
    "say",      "says",     "said",      "saying",    "tell",       "tells",   "told",
    "telling",  "announce", "announces", "announced", "announcing", "claim",   "claims",
    "claimed",  "claiming", "state",     "states",    "stated",     "report",  "reports",
    "reported", "add",      "adds",      "added",     "note",       "noted",   "stress",
    "stressed", "insist",   "insisted",  "confirm",   "confirmed",  "allege",  "alleged",
    "argue",    "argued",   "declare",   "declared",  "assert",     "asserts", "asserted",
    "explain",  "explained"};
constexpr std::array<std::string_view, 30> kIntent = {
    "plan",     "plans",   "planned", "planning", "intend", "intends", "intended", "aim",
    "aims",     "aimed",   "seek",    "seeks",    "sought", "want",    "wants",    "wanted",
    "expected", "set",     "hope",    "hopes",    "hoped",  "prepare", "prepares", "prepared",
    "ready",    "willing", "poised",  "going",    "likely", "due"};
constexpr std::array<std::string_view, 12> kRefusal = {
    "refuse",   "refuses",   "refused", "refusing", "decline", "declines",
    "declined", "declining", "fail",    "fails",    "failed",  "unwilling"};
constexpr std::array<std::string_view, 8> kThreat = {
    "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "vowing"};

}  // namespace

bool IsFormOfBe(std::string_view w) { return Contains(kBe, w); }
bool IsFormOfHave(std::string_view w) { return Contains(kHave, w); }
bool IsFormOfDo(std::string_view w) { return Contains(kDo, w); }
bool IsModal(std::string_view w) { return Contains(kModals, w); }
bool IsNegation(std::string_view w) { return Contains(kNegations, w); }
bool IsPreposition(std::string_view w) { return Contains(kPrepositions, w); }
bool IsDeterminer(std::string_view w) { return Contains(kDeterminers, w); }
bool IsSubjectPronoun(std::string_view w) { return Contains(kSubjectPronouns, w); }
bool IsConjunction(std::string_view w) { return Contains(kConjunctions, w); }
bool IsClauseOpener(std::string_view w) { return Contains(kClauseOpeners, w); }
bool IsSpeechVerb(std::string_view w) { return Contains(kSpeech, w); }
bool IsIntentVerb(std::string_view w) { return Contains(kIntent, w); }
bool IsRefusalVerb(std::string_view w) { return Contains(kRefusal, w); }
bool IsThreatVerb(std::string_view w) { return Contains(kThreat, w); }

}  // namespace dyad
