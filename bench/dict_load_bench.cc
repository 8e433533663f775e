// Time to load and compile the shipped dictionaries (actors, agents, CAMEO table, event
// patterns) from dict/, as every dyad command does at start-up.
//   ./build/dict_load_bench
#include <benchmark/benchmark.h>

#include "actors/actor_dictionary.h"
#include "events/cameo_table.h"
#include "events/event_dictionary.h"

namespace {

const std::string kDict = std::string(DYAD_SOURCE_DIR) + "/dict";

void BM_LoadActorDictionary(benchmark::State& state) {
  std::size_t names = 0;
  for (auto _ : state) {
    std::vector<dyad::DictDiagnostic> diagnostics;
    dyad::DictionarySources sources;
    sources.dir = kDict;
    auto dict = dyad::ActorDictionary::Load(sources, &diagnostics);
    if (!dict.ok()) {
      state.SkipWithError(dict.status().ToString().c_str());
      return;
    }
    names = (*dict)->name_count();
  }
  state.counters["names"] = static_cast<double>(names);
}
BENCHMARK(BM_LoadActorDictionary)->Unit(benchmark::kMillisecond);

void BM_LoadEventDictionary(benchmark::State& state) {
  std::size_t patterns = 0;
  for (auto _ : state) {
    std::vector<dyad::DictDiagnostic> diagnostics;
    auto cameo = dyad::CameoTable::Load(kDict + "/cameo", &diagnostics);
    if (!cameo.ok()) {
      state.SkipWithError(cameo.status().ToString().c_str());
      return;
    }
    auto events = dyad::EventDictionary::Load(kDict + "/events", *cameo, &diagnostics);
    if (!events.ok()) {
      state.SkipWithError(events.status().ToString().c_str());
      return;
    }
    patterns = (*events)->pattern_count();
  }
  state.counters["patterns"] = static_cast<double>(patterns);
}
BENCHMARK(BM_LoadEventDictionary)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
