// ShallowParse: parts of speech from closed-class lists, the event lexicon and suffix rules;
// noun, verb and prepositional phrase chunks; clause boundaries. Shown by `dyad explain`.
#ifndef DYAD_SYNTAX_SHALLOW_PARSE_H_
#define DYAD_SYNTAX_SHALLOW_PARSE_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace dyad {

enum class Pos : uint8_t {
  kNoun,
  kProperNoun,
  kVerb,
  kAux,
  kModal,
  kAdjective,
  kAdverb,
  kDeterminer,
  kPreposition,
  kPronoun,
  kConjunction,
  kNumber,
  kNegation,
  kPossessive,
  kPunct
};

// "NOUN", "PROPN", "VERB", "AUX", "MODAL", "ADJ", "ADV", "DET", "ADP", "PRON", "CONJ",
// "NUM", "NEG", "POSS", "PUNCT".
std::string_view PosName(Pos pos);

enum class ChunkKind : uint8_t { kNounPhrase, kVerbPhrase, kPrepositionalPhrase };

struct Chunk {
  uint32_t first = 0;  // tokens [first, last) of Document::tokens
  uint32_t last = 0;
  ChunkKind kind = ChunkKind::kNounPhrase;
};

struct ShallowParse {
  std::vector<Pos> pos;                 // one per token of the sentence
  std::vector<Chunk> chunks;            // in order, not overlapping
  std::vector<uint32_t> clause_starts;  // token indices where a clause begins (first included)
};

// Tags and chunks sentence `sentence` of `doc`. `is_verb` says whether a folded word is a
// known verb form (dyad passes the event lexicon). Never fails; thread-safe.
ShallowParse ParseShallow(const Document& doc, uint32_t sentence,
                          const std::function<bool(std::string_view)>& is_verb);

}  // namespace dyad

#endif  // DYAD_SYNTAX_SHALLOW_PARSE_H_
