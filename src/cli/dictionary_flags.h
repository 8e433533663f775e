// Command-line flags that choose dictionaries, and loading them with a readable report.
#ifndef DYAD_CLI_DICTIONARY_FLAGS_H_
#define DYAD_CLI_DICTIONARY_FLAGS_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "events/event_coder.h"

namespace dyad::cli {

struct DictionaryFlags {
  std::string dir;  // empty: $DYAD_DICT, else the dict/ folder next to the binary's project
  std::vector<std::string> actor_files;
  std::vector<std::string> tabari_actors;
  std::vector<std::string> tabari_agents;

  void AddTo(CLI::App* command);
  // The dictionary folder to use.
  std::string Dir() const;
  DictionarySources Sources() const;
  // Loads the dictionaries; on failure prints why and returns nullptr. Entry problems are
  // summarised in one line (details: `dyad dict check`).
  std::shared_ptr<const ActorDictionary> Load(const char* command) const;
  // Loads the actor dictionaries, the CAMEO table (dict/cameo/) and the event patterns
  // (dict/events/) into a coder; on failure prints why and returns nullptr.
  std::shared_ptr<const EventCoder> LoadCoder(const char* command) const;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_DICTIONARY_FLAGS_H_
