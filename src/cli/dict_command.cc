// `dyad dict check|stats|convert`: validate, measure and convert dictionaries.
#include <cstdio>
#include <map>

#include "actors/dict_check.h"
#include "actors/dict_file.h"
#include "actors/tabari_import.h"
#include "cli/commands.h"
#include "cli/dictionary_flags.h"
#include "events/event_dictionary.h"

namespace dyad::cli {
namespace {

struct DictFlags {
  DictionaryFlags dict;
  std::vector<std::string> files;  // check only these (dyad format)
  bool warnings = true;
};

int RunCheck(const DictFlags& flags) {
  DictionarySources sources = flags.dict.Sources();
  std::vector<DictDiagnostic> diagnostics;
  std::size_t entries = 0;
  if (flags.files.empty()) {
    auto dict = ActorDictionary::Load(sources, &diagnostics);
    if (!dict.ok()) {
      std::fprintf(stderr, "dyad dict check: %s\n", dict.status().message().c_str());
      return 2;
    }
    entries = (*dict)->size();
    // The CAMEO table and the event patterns are checked too.
    std::string dir = flags.dict.Dir();
    auto cameo = CameoTable::Load(dir + "/cameo", &diagnostics);
    if (!cameo.ok()) {
      std::fprintf(stderr, "dyad dict check: %s\n", cameo.status().message().c_str());
      return 2;
    }
    auto events = EventDictionary::Load(dir + "/events", *cameo, &diagnostics);
    if (!events.ok()) {
      std::fprintf(stderr, "dyad dict check: %s\n", events.status().message().c_str());
      return 2;
    }
    entries += (*events)->pattern_count();
  } else {
    // The named files are checked against the vocabulary of the dictionary folder.
    DictionarySources base = sources;
    base.actor_files.clear();
    base.tabari_actors.clear();
    base.tabari_agents.clear();
    std::vector<DictDiagnostic> ignored;
    auto dict = ActorDictionary::Load(base, &ignored);
    if (!dict.ok()) {
      std::fprintf(stderr, "dyad dict check: %s\n", dict.status().message().c_str());
      return 2;
    }
    std::vector<DictEntry> actors, agents;
    for (const std::string& path : flags.files) {
      std::string text;
      if (Status read = ReadDictionaryFile(path, &text); !read.ok()) {
        std::fprintf(stderr, "dyad dict check: %s\n", read.message().c_str());
        return 2;
      }
      bool agent = path.find("/agents/") != std::string::npos;
      ParseDictFile(text, path, agent ? &agents : &actors, &diagnostics);
    }
    CheckEntries((*dict)->vocabulary(), actors, agents, &diagnostics);
    entries = actors.size() + agents.size();
  }
  std::size_t errors = 0, warnings = 0;
  for (const DictDiagnostic& d : diagnostics) {
    if (d.error) {
      ++errors;
    } else {
      ++warnings;
      if (!flags.warnings) continue;
    }
    std::printf("%s\n", d.ToString().c_str());
  }
  std::fprintf(stderr, "dyad dict check: %zu entries and patterns, %zu error(s), %zu warning(s)\n",
               entries, errors, warnings);
  return errors > 0 ? 1 : 0;
}

int RunStats(const DictFlags& flags) {
  std::vector<DictDiagnostic> diagnostics;
  auto dict = ActorDictionary::Load(flags.dict.Sources(), &diagnostics);
  if (!dict.ok()) {
    std::fprintf(stderr, "dyad dict stats: %s\n", dict.status().message().c_str());
    return 2;
  }
  struct Counts {
    std::size_t entries = 0, names = 0, codes = 0;
  };
  std::map<std::string, Counts> per_file;
  for (std::size_t i = 0; i < (*dict)->size(); ++i) {
    const DictEntry& e = (*dict)->entry(static_cast<uint32_t>(i)).source;
    Counts& c = per_file[e.file];
    ++c.entries;
    c.names += e.names.size();
    c.codes += e.codes.size();
  }
  std::printf("%-48s %8s %8s %8s\n", "file", "entries", "names", "codes");
  Counts total;
  for (const auto& [file, c] : per_file) {
    std::printf("%-48s %8zu %8zu %8zu\n", file.c_str(), c.entries, c.names, c.codes);
    total.entries += c.entries;
    total.names += c.names;
    total.codes += c.codes;
  }
  std::printf("%-48s %8zu %8zu %8zu\n", "total", total.entries, total.names, total.codes);
  std::string dir = flags.dict.Dir();
  auto cameo = CameoTable::Load(dir + "/cameo", &diagnostics);
  if (cameo.ok()) {
    auto events = EventDictionary::Load(dir + "/events", *cameo, &diagnostics);
    if (events.ok()) {
      std::map<std::string, std::pair<std::size_t, std::size_t>> per_events_file;
      for (std::size_t b = 0; b < (*events)->block_count(); ++b) {
        const TriggerBlock& block = (*events)->block(static_cast<uint32_t>(b));
        auto& counts = per_events_file[block.file];
        counts.first += block.lemmas.size();
        counts.second += block.patterns.size();
      }
      std::printf("\n%-48s %8s %8s\n", "event file", "lemmas", "patterns");
      std::size_t lemmas = 0;
      for (const auto& [file, counts] : per_events_file) {
        std::printf("%-48s %8zu %8zu\n", file.c_str(), counts.first, counts.second);
        lemmas += counts.first;
      }
      std::printf("%-48s %8zu %8zu  (%zu verb forms, %zu CAMEO codes)\n", "total", lemmas,
                  (*events)->pattern_count(), (*events)->verb_form_count(), cameo->size());
    }
  }
  return 0;
}

int RunConvert(const DictFlags& flags) {
  std::vector<DictEntry> entries;
  std::vector<DictDiagnostic> diagnostics;
  for (const std::string& path : flags.dict.tabari_actors) {
    std::string text;
    if (Status read = ReadDictionaryFile(path, &text); !read.ok()) {
      std::fprintf(stderr, "dyad dict convert: %s\n", read.message().c_str());
      return 2;
    }
    ImportTabariActors(text, path, &entries, &diagnostics);
  }
  for (const std::string& path : flags.dict.tabari_agents) {
    std::string text;
    if (Status read = ReadDictionaryFile(path, &text); !read.ok()) {
      std::fprintf(stderr, "dyad dict convert: %s\n", read.message().c_str());
      return 2;
    }
    ImportTabariAgents(text, path, &entries, &diagnostics);
  }
  for (const DictDiagnostic& d : diagnostics) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  std::printf("# Converted by 'dyad dict convert' from TABARI/PETRARCH dictionaries.\n\n");
  for (const DictEntry& e : entries) std::printf("%s", FormatDictEntry(e).c_str());
  return diagnostics.empty() ? 0 : 1;
}

}  // namespace

void AddDictCommand(CLI::App* app, SetAction set_action) {
  CLI::App* dict = app->add_subcommand("dict", "Check, measure and convert dictionaries");
  dict->require_subcommand(1);

  auto check_flags = std::make_shared<DictFlags>();
  CLI::App* check = dict->add_subcommand(
      "check", "Validate dictionaries; print problems as file:line: message; exit 1 on any error");
  check->add_option("files", check_flags->files,
                    "Only check these dyad-format files (against the folder's vocabulary)");
  check_flags->dict.AddTo(check);
  check->add_flag("!--no-warnings", check_flags->warnings, "Print errors only");
  check->callback(
      [check_flags, set_action] { set_action([check_flags] { return RunCheck(*check_flags); }); });

  auto stats_flags = std::make_shared<DictFlags>();
  CLI::App* stats = dict->add_subcommand("stats", "Entries, names and codes per dictionary file");
  stats_flags->dict.AddTo(stats);
  stats->callback(
      [stats_flags, set_action] { set_action([stats_flags] { return RunStats(*stats_flags); }); });

  auto convert_flags = std::make_shared<DictFlags>();
  CLI::App* convert = dict->add_subcommand(
      "convert", "Convert TABARI/PETRARCH .actors/.agents files to dyad's format on stdout");
  convert_flags->dict.AddTo(convert);
  convert->callback([convert_flags, set_action] {
    set_action([convert_flags] { return RunConvert(*convert_flags); });
  });
}

}  // namespace dyad::cli
