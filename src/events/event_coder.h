// EventCoder: finds the events of an article's sentences with a built-in shallow analysis —
// verb groups (auxiliaries, negation, modality, voice), subjects, pattern matching after the
// trigger, reported speech and simple reference resolution. No external parser or model.
#ifndef DYAD_EVENTS_EVENT_CODER_H_
#define DYAD_EVENTS_EVENT_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "actors/actor_recognizer.h"
#include "events/cameo_table.h"
#include "events/event.h"
#include "events/event_dictionary.h"
#include "text/document.h"

namespace dyad {

// Why a trigger word produced no event, for `dyad explain`.
struct TriggerNote {
  uint32_t sentence = 0;
  uint32_t token = 0;
  std::string message;
};

// The events of one article and the actor mentions they refer to.
struct CodedArticle {
  std::vector<ActorMention> mentions;
  std::vector<Event> events;
  std::vector<TriggerNote> notes;  // filled only when asked (explain)
};

// Thread-safe: all state is immutable after construction.
class EventCoder {
 public:
  EventCoder(std::shared_ptr<const ActorDictionary> actors, std::shared_ptr<const CameoTable> cameo,
             std::shared_ptr<const EventDictionary> events)
      : recognizer_(std::move(actors)), cameo_(std::move(cameo)), events_(std::move(events)) {}

  // Codes every body and title sentence of `doc`. With `notes`, records why triggers that
  // matched no pattern (or had no source) produced nothing.
  CodedArticle Code(const Document& doc, bool notes = false) const;

  const ActorRecognizer& recognizer() const { return recognizer_; }
  const CameoTable& cameo() const { return *cameo_; }
  const EventDictionary& dictionary() const { return *events_; }

  // The CAMEO code for event `code` said with `modality` ("intent", "threat") or negated,
  // following the codebook: intent to meet → 036, threat of attack → 1384, refusal to meet
  // → 125 … Returns "" when CAMEO has no such code (the event is then not coded).
  static std::string MapModality(const std::string& code, const std::string& modality,
                                 bool negated);

 private:
  ActorRecognizer recognizer_;
  std::shared_ptr<const CameoTable> cameo_;
  std::shared_ptr<const EventDictionary> events_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_CODER_H_
