// Closed-class English words the shallow parser relies on: auxiliaries, modals, negations,
// prepositions, determiners, pronouns, conjunctions, speech verbs. Lookups take folded words.
#ifndef DYAD_SYNTAX_WORD_CLASSES_H_
#define DYAD_SYNTAX_WORD_CLASSES_H_

#include <string_view>

namespace dyad {

bool IsFormOfBe(std::string_view w);     // be, is, are, was, were, been, being, am
bool IsFormOfHave(std::string_view w);   // have, has, had, having
bool IsFormOfDo(std::string_view w);     // do, does, did
bool IsModal(std::string_view w);        // will, would, may, might, can, could, shall, should, must
bool IsNegation(std::string_view w);     // not, n't, never, no
bool IsPreposition(std::string_view w);  // in, on, at, by, with, from, to, of, for, …
bool IsDeterminer(std::string_view w);   // the, a, an, this, its, their, …
bool IsSubjectPronoun(std::string_view w);  // it, they, he, she, we, i
bool IsConjunction(std::string_view w);     // and, or, but
// Words that open a subordinate or relative clause: who, which, that, when, while, after, …
bool IsClauseOpener(std::string_view w);
// Verbs of saying whose complement carries the reported event: say, tell, announce, claim …
// (any inflection).
bool IsSpeechVerb(std::string_view w);
// Verbs of intention before "to": plan, intend, aim, seek, want, expect (as "is expected to").
bool IsIntentVerb(std::string_view w);
// Verbs of refusal before "to": refuse, decline, reject.
bool IsRefusalVerb(std::string_view w);
// "threaten", "vow", "warn" — threat before "to".
bool IsThreatVerb(std::string_view w);

}  // namespace dyad

#endif  // DYAD_SYNTAX_WORD_CLASSES_H_
