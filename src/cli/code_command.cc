// `dyad code`: the main command — events of every article as JSON Lines, CSV or GDELT rows.
#include "cli/article_runner.h"
#include "cli/commands.h"
#include "cli/dictionary_flags.h"
#include "output/event_writers.h"

namespace dyad::cli {
namespace {

struct CodeFlags {
  InputFlags input;
  DictionaryFlags dict;
  std::string output;
  std::string format = "jsonl";
};

int RunCode(const CodeFlags& flags) {
  EventFormat format;
  if (!ParseEventFormat(flags.format, &format)) {
    std::fprintf(stderr, "dyad code: --format must be jsonl, csv or gdelt\n");
    return 2;
  }
  std::shared_ptr<const EventCoder> coder = flags.dict.LoadCoder("code");
  if (coder == nullptr) return 2;
  const ActorDictionary& dict = coder->recognizer().dictionary();
  return RunArticles(
      "code", flags.input, flags.output, "events",
      [&](const Document& doc) {
        ArticleOutput out;
        CodedArticle coded = coder->Code(doc);
        AppendEvents(doc, dict, coded, format, &out.text);
        out.items = coded.events.size();
        return out;
      },
      EventHeader(format));
}

}  // namespace

void AddCodeCommand(CLI::App* app, SetAction set_action) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* command = app->add_subcommand(
      "code",
      "Code events: who did what to whom, as CAMEO/PLOVER with Goldstein and quad class, "
      "the sentence, byte spans and the dictionary pattern that fired");
  flags->input.AddTo(command);
  flags->dict.AddTo(command);
  command->add_option("-o,--output", flags->output, "Write to this file instead of stdout");
  command->add_option("--format", flags->format, "Output: jsonl, csv or gdelt (GDELT 2.0 events)")
      ->capture_default_str();
  command->callback([flags, set_action] { set_action([flags] { return RunCode(*flags); }); });
}

}  // namespace dyad::cli
