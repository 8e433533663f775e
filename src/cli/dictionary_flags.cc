#include "cli/dictionary_flags.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace dyad::cli {
namespace fs = std::filesystem;

void DictionaryFlags::AddTo(CLI::App* command) {
  command->add_option("--dict", dir,
                      "Dictionary folder (default: $DYAD_DICT, else the project's dict/)");
  command->add_option("--actors", actor_files, "Extra actor dictionary in dyad's format");
  command->add_option("--tabari-actors", tabari_actors, "TABARI/PETRARCH .actors file to load too");
  command->add_option("--tabari-agents", tabari_agents, "TABARI/PETRARCH .agents file to load too");
}

std::string DictionaryFlags::Dir() const {
  if (!dir.empty()) return dir;
  if (const char* env = std::getenv("DYAD_DICT"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path candidate : {exe.parent_path() / "dict", exe.parent_path().parent_path() / "dict",
                               exe.parent_path().parent_path() / "share" / "dyad" / "dict"}) {
      if (fs::exists(candidate / "codes.txt", ec)) {
        // Shown in every event's "pattern": keep it short when it lies under the current
        // directory ("dict/events/…" rather than an absolute path).
        fs::path relative = fs::relative(candidate, fs::current_path(ec), ec);
        if (!ec && !relative.empty() && relative.begin()->string() != "..")
          return relative.string();
        return candidate.string();
      }
    }
  }
  return "dict";
}

DictionarySources DictionaryFlags::Sources() const {
  DictionarySources sources;
  sources.dir = Dir();
  sources.actor_files = actor_files;
  sources.tabari_actors = tabari_actors;
  sources.tabari_agents = tabari_agents;
  return sources;
}

std::shared_ptr<const ActorDictionary> DictionaryFlags::Load(const char* command) const {
  std::vector<DictDiagnostic> diagnostics;
  auto dict = ActorDictionary::Load(Sources(), &diagnostics);
  if (!dict.ok()) {
    std::fprintf(stderr, "dyad %s: cannot load dictionaries: %s\n", command,
                 dict.status().message().c_str());
    return nullptr;
  }
  std::size_t errors = 0;
  for (const DictDiagnostic& d : diagnostics) errors += d.error ? 1 : 0;
  if (errors > 0) {
    std::fprintf(stderr,
                 "dyad %s: warning: %zu dictionary problem(s) skipped (first: %s); run "
                 "'dyad dict check' for all\n",
                 command, errors, diagnostics.front().ToString().c_str());
  }
  return std::move(dict).value();
}

std::shared_ptr<const EventCoder> DictionaryFlags::LoadCoder(const char* command) const {
  std::shared_ptr<const ActorDictionary> actors = Load(command);
  if (actors == nullptr) return nullptr;
  std::vector<DictDiagnostic> diagnostics;
  auto cameo = CameoTable::Load(Dir() + "/cameo", &diagnostics);
  if (!cameo.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, cameo.status().message().c_str());
    return nullptr;
  }
  auto table = std::make_shared<const CameoTable>(std::move(cameo).value());
  auto events = EventDictionary::Load(Dir() + "/events", *table, &diagnostics);
  if (!events.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, events.status().message().c_str());
    return nullptr;
  }
  std::size_t errors = 0;
  for (const DictDiagnostic& d : diagnostics) errors += d.error ? 1 : 0;
  if (errors > 0) {
    std::fprintf(stderr,
                 "dyad %s: warning: %zu event dictionary problem(s) skipped (first: %s); run "
                 "'dyad dict check' for all\n",
                 command, errors, diagnostics.front().ToString().c_str());
  }
  return std::make_shared<const EventCoder>(actors, table, std::move(events).value());
}

}  // namespace dyad::cli
