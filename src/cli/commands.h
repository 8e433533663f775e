// The subcommands of the `dyad` tool. Each registers itself on the app and, when chosen,
// hands main() the function that runs it.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>

namespace dyad::cli {

using SetAction = std::function<void(std::function<int()>)>;

void AddSentencesCommand(CLI::App* app, SetAction set_action);
void AddActorsCommand(CLI::App* app, SetAction set_action);
void AddDictCommand(CLI::App* app, SetAction set_action);
void AddCodeCommand(CLI::App* app, SetAction set_action);
void AddExplainCommand(CLI::App* app, SetAction set_action);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
