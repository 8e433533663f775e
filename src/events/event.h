// Event: a coded event — who did what to whom, with the words and the pattern behind it.
#ifndef DYAD_EVENTS_EVENT_H_
#define DYAD_EVENTS_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "events/cameo_table.h"
#include "events/event_dictionary.h"

namespace dyad {

// The source or target of an event: an actor mention, a reference resolved to one ("it",
// "the group"), or a noun phrase that holds no known actor ("Red Sea shipping").
struct EventArgument {
  int32_t mention = -1;      // index into the article's mentions, or -1
  uint32_t first_token = 0;  // the words in this sentence (for references: the pronoun)
  uint32_t last_token = 0;
  bool reference = false;  // resolved from a pronoun or definite description
  bool present() const { return last_token > first_token || mention >= 0; }
};

struct Event {
  uint32_t sentence = 0;
  EventArgument source;
  EventArgument target;
  const CameoCode* cameo = nullptr;
  std::string base_code;       // the pattern's code before negation/modality mapping
  uint32_t trigger_first = 0;  // the verb or noun (and particles)
  uint32_t trigger_last = 0;
  bool nominal = false;  // triggered by a noun ("talks", "attacks")
  bool passive = false;
  bool negated = false;
  std::string modality;      // "", "intent", "threat", "future", "possible", "refusal"
  int32_t attribution = -1;  // mention of the speaker in reported speech, or -1
  const EventPattern* pattern = nullptr;
  const TriggerBlock* block = nullptr;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_H_
