// The project's shipped dictionaries, loaded once per test binary.
#ifndef DYAD_TESTING_DICTIONARY_H_
#define DYAD_TESTING_DICTIONARY_H_

#include <memory>

#include "actors/actor_dictionary.h"
#include "testing/shared_data.h"

namespace dyad::testing {

// dict/ of the source tree; nullptr (with the reason in `*error`) when it fails to load.
inline std::shared_ptr<const ActorDictionary> ShippedDictionary(std::string* error = nullptr) {
  static std::shared_ptr<const ActorDictionary> dict;
  static std::string load_error;
  static bool loaded = false;
  if (!loaded) {
    loaded = true;
    DictionarySources sources;
    sources.dir = SourceDir() + "/dict";
    std::vector<DictDiagnostic> diagnostics;
    auto result = ActorDictionary::Load(sources, &diagnostics);
    if (result.ok()) {
      dict = std::move(result).value();
    } else {
      load_error = result.status().ToString();
    }
  }
  if (error != nullptr) *error = load_error;
  return dict;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_DICTIONARY_H_
