// dyad: turns news into event data. This file only wires the subcommands together.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <functional>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: turns news articles into event data (who did what to whom, when, where)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  std::function<int()> action;
  auto set_action = [&action](std::function<int()> run) { action = std::move(run); };
  dyad::cli::AddSentencesCommand(&app, set_action);
  dyad::cli::AddActorsCommand(&app, set_action);
  dyad::cli::AddDictCommand(&app, set_action);
  dyad::cli::AddCodeCommand(&app, set_action);
  dyad::cli::AddExplainCommand(&app, set_action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return action ? action() : 2;
}
