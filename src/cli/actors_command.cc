// `dyad actors`: every actor mention of the articles, as JSON lines.
#include "actors/actor_recognizer.h"
#include "cli/article_runner.h"
#include "cli/commands.h"
#include "cli/dictionary_flags.h"
#include "output/actor_json.h"

namespace dyad::cli {
namespace {

struct ActorsFlags {
  InputFlags input;
  DictionaryFlags dict;
  std::string output;
};

int RunActors(const ActorsFlags& flags) {
  std::shared_ptr<const ActorDictionary> dict = flags.dict.Load("actors");
  if (dict == nullptr) return 2;
  ActorRecognizer recognizer(dict);
  return RunArticles("actors", flags.input, flags.output, "actor mentions",
                     [&](const Document& doc) {
                       ArticleOutput out;
                       std::vector<ActorMention> mentions = recognizer.Recognize(doc);
                       AppendActorsJsonl(doc, *dict, mentions, &out.text);
                       out.items = mentions.size();
                       return out;
                     });
}

}  // namespace

void AddActorsCommand(CLI::App* app, SetAction set_action) {
  auto flags = std::make_shared<ActorsFlags>();
  CLI::App* command = app->add_subcommand(
      "actors",
      "Print every actor mention as JSON: text, span, code, country, roles, organisation, "
      "sponsor, kind, and the dictionary entries (file:line) that matched");
  flags->input.AddTo(command);
  flags->dict.AddTo(command);
  command->add_option("-o,--output", flags->output, "Write to this file instead of stdout");
  command->callback([flags, set_action] { set_action([flags] { return RunActors(*flags); }); });
}

}  // namespace dyad::cli
