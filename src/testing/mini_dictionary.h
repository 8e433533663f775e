// A small actor, CAMEO and event dictionary written for unit tests, so they do not depend on
// the shipped dictionaries.
#ifndef DYAD_TESTING_MINI_DICTIONARY_H_
#define DYAD_TESTING_MINI_DICTIONARY_H_

#include <memory>

#include "actors/actor_dictionary.h"
#include "actors/dict_check.h"
#include "actors/dict_file.h"
#include "events/event_coder.h"

namespace dyad::testing {

inline constexpr char kMiniCodes[] = R"(
role GOV government
role MIL military
role REB rebels
role DIP diplomats
role ELI elites
role ACT activists
role CVL civilians
pseudo IGO intergovernmental
sector GOV Government
sector MIL Military
)";

inline constexpr char kMiniActors[] = R"(
United States | US | U.S. | America | American | Americans
    USA
    @type country
Iraq | Iraqi
    IRQ
    @type country
Iran | Iranian
    IRN
    @type country
Israel | Israeli
    ISR
    @type country
Yemen
    YEM
    @type country
Washington
    USAGOV
    @type capital
    @country USA
Baghdad
    IRQGOV
    @type capital
    @country IRQ
Houthis | Houthi | Houthi rebels | Houthi rebel
    YEMREBHTI
    @type armed_group
    @sponsor IRN
Fuad Hussein | Fouad Hussein
    IRQGOV  2020-06-06..
    @type person
Gaza | Gaza Strip
    PSE
    @type territory
Palestine
    PSE
    @type country
United Nations | UN | U.N.
    IGOUNO
    @type igo
Alina Romanowski
    USADIP  2022-06-01..2025-01-20
    @type person
Joe Biden | Biden
    USAGOV  2021-01-20..2025-01-20
    USAGOV  2009-01-20..2017-01-20
    @type person
)";

inline constexpr char kMiniAgents[] = R"(
foreign minister | foreign ministers
    GOV
prime minister
    GOV
ambassador | ambassadors
    DIP
official | officials
    GOV
troops | soldiers
    MIL
militia | militias
    REB
rebels
    REB
protesters
    ACT
peacekeepers
    MIL
)";

inline constexpr char kMiniCameo[] =
    "010\t0.0\t1\tMake statement\n"
    "030\t4.0\t1\tExpress intent to cooperate\n"
    "036\t4.0\t1\tExpress intent to meet or negotiate\n"
    "040\t1.0\t1\tConsult\n"
    "046\t7.0\t1\tEngage in negotiation\n"
    "080\t5.0\t2\tYield\n"
    "120\t-4.0\t3\tReject\n"
    "125\t-5.0\t3\tReject proposal to meet or negotiate\n"
    "130\t-4.4\t3\tThreaten\n"
    "1384\t-7.0\t3\tThreaten conventional attack\n"
    "190\t-10.0\t4\tUse conventional military force\n"
    "195\t-10.0\t4\tEmploy aerial weapons\n";

inline constexpr char kMiniPlover[] =
    "010\tCONSULT\n030\tAGREE\n036\tAGREE\tconsult\n040\tCONSULT\n046\tCONSULT\n080\tCONCEDE\n"
    "120\tREJECT\n125\tREJECT\n130\tTHREATEN\n1384\tTHREATEN\n190\tASSAULT\n195\tASSAULT\taerial\n";

inline constexpr char kMiniEvents[] = R"(
SET &T_TALKS = talks | negotiations | discussions
VERB attack | strike {struck | struck | striking}
    190  * TGT
    195  * TGT with (drones | airstrikes)
VERB meet {met | met}
    040  * TGT?
    040  * with TGT
VERB agree
    030  *
    036  * to (meet | talk) with? TGT?
VERB express
    036  * readiness to (commence | start | begin) &T_TALKS
VERB say {said | said}
    010  *
VERB drop {dropped | dropped | dropping}
    080  * preconditions
    ---  * the subject
NOUN attack | attacks
    190  * on TGT
    190  *
NOUN talks
    046  * with TGT
)";

// The actor dictionary of kMiniCodes, kMiniActors and kMiniAgents; problems found while
// building it are appended to `diagnostics`.
inline std::shared_ptr<const ActorDictionary> MiniActorDictionary(
    std::vector<DictDiagnostic>* diagnostics) {
  CodeVocabulary vocabulary;
  vocabulary.ParseCodesFile(kMiniCodes, "codes.txt", diagnostics);
  std::vector<DictEntry> actors, agents;
  ParseDictFile(kMiniActors, "actors.txt", &actors, diagnostics);
  ParseDictFile(kMiniAgents, "agents.txt", &agents, diagnostics);
  AddCountriesFrom(actors, &vocabulary);
  CheckEntries(vocabulary, actors, agents, diagnostics);
  return ActorDictionary::Build(vocabulary, actors, agents, diagnostics);
}

inline std::shared_ptr<const EventCoder> MiniCoder() {
  std::vector<DictDiagnostic> diagnostics;
  auto dict = MiniActorDictionary(&diagnostics);
  auto cameo = std::make_shared<CameoTable>();
  cameo->Parse(kMiniCameo, kMiniPlover, &diagnostics);
  auto events = EventDictionary::Build({{"events.txt", kMiniEvents}}, cameo.get(), &diagnostics);
  if (!diagnostics.empty()) return nullptr;
  return std::make_shared<const EventCoder>(dict, cameo, events);
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_MINI_DICTIONARY_H_
