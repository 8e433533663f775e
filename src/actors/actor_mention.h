// ActorMention: an actor found in a sentence, with its code and where it came from.
#ifndef DYAD_ACTORS_ACTOR_MENTION_H_
#define DYAD_ACTORS_ACTOR_MENTION_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class MentionKind : uint8_t {
  kCountry,       // "Iraq", "Iraqi", "the US"
  kCapital,       // "Washington" standing for the US government
  kSeat,          // "the Kremlin", "the Pentagon"
  kOrganisation,  // IGOs, NGOs, parties, companies, media
  kArmedGroup,    // "the Houthis", "Iran-backed Iraqi militia groups"
  kPerson,        // a person in the dictionaries
  kTitledPerson,  // "Prime Minister X" where X is not in the dictionaries
  kRole,          // a role with or without a country: "a US official", "protesters"
  kTerritory,     // "Gaza", "Crimea"
};

// "country", "capital", "seat", "organisation", "armed_group", "person", "titled_person",
// "role", "territory".
std::string_view MentionKindName(MentionKind kind);

struct ActorMention {
  uint32_t sentence = 0;     // index into Document::sentences
  uint32_t first_token = 0;  // tokens [first_token, last_token) of Document::tokens
  uint32_t last_token = 0;
  uint32_t text_begin = 0;  // the mention's bytes in clean text: its tokens, or a part of a
  uint32_t text_end = 0;    // hyphenated token ("Seoul" in "Seoul-Washington")
  MentionKind kind = MentionKind::kRole;
  std::string code;     // e.g. "IRQGOV", "YEMREBHTI", "GOV" (role without country)
  std::string country;  // ISO 3166-1 alpha-3, or "" when unknown or not a country
  std::vector<std::string> roles;
  std::string organisation;  // IGO/NGO/group code chunk ("UNO", "HTI"), or ""
  std::string sponsor;       // a backing state ("Iran-backed" -> "IRN"), or ""
  std::string leader;        // a leading state ("US-led" -> "USA"), or ""
  std::string name;          // canonical name, or the name as written for titled persons
  std::string sector;        // PLOVER sector of the first role, or ""
  int32_t entry = -1;        // ActorDictionary entry that identified the actor, or -1
  int32_t role_entry = -1;   // agent entry that gave the role, or -1
  bool former = false;       // "former", "ex-": not coded as holding the office
  bool place = false;        // a country, capital or territory used as a location ("in Gaza")
  bool resolved_from_context = false;  // country taken from elsewhere in the article
};

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_MENTION_H_
