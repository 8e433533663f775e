// ActorRecognizer: finds and codes the actors of an article's sentences.
#ifndef DYAD_ACTORS_ACTOR_RECOGNIZER_H_
#define DYAD_ACTORS_ACTOR_RECOGNIZER_H_

#include <memory>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_mention.h"
#include "actors/date.h"
#include "text/document.h"

namespace dyad {

// Recognises actors by longest dictionary match over tokens, then composes neighbouring
// matches into one mention:
//   [former|ex-] [X-backed|X-led]* [country|group|organisation]['s] [role]* [person|Name]
// ("Iran-backed Iraqi militia groups", "Iraqi Foreign Minister Fuad Hussein", "US troops").
// Codes follow the article's date (a person is coded by the office held on that day; with no
// date, by the latest office). Capitals are the government unless they follow a locative
// preposition ("a blast in Baghdad"), where they are marked as places. A titled person not in
// the dictionaries takes the country of an earlier mention of the same name, else of a
// country named in the same sentence, else of the article's most mentioned country, else
// none. Thread-safe: all methods are const and the dictionary is immutable.
class ActorRecognizer {
 public:
  explicit ActorRecognizer(std::shared_ptr<const ActorDictionary> dictionary)
      : dict_(std::move(dictionary)) {}

  // Mentions in every codable sentence (body and title) of `doc`, in text order.
  std::vector<ActorMention> Recognize(const Document& doc) const;

  // Mentions of one sentence, without article-level resolution (for `dyad explain`).
  std::vector<ActorMention> RecognizeSentence(const Document& doc, uint32_t sentence,
                                              Date date) const;

  const ActorDictionary& dictionary() const { return *dict_; }

 private:
  std::shared_ptr<const ActorDictionary> dict_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_RECOGNIZER_H_
