// `dyad sentences`: the text stage's output, one JSON object per sentence.
#include "cli/article_runner.h"
#include "cli/commands.h"
#include "output/sentence_json.h"

namespace dyad::cli {
namespace {

struct SentencesFlags {
  InputFlags input;
  bool tokens = false;
  std::string output;
};

}  // namespace

void AddSentencesCommand(CLI::App* app, SetAction set_action) {
  auto flags = std::make_shared<SentencesFlags>();
  CLI::App* command = app->add_subcommand(
      "sentences",
      "Clean articles and split them into sentences; print one JSON object per sentence "
      "(article_id, index, kind, text, span [begin,end) in input bytes, paragraph)");
  flags->input.AddTo(command);
  command->add_flag("--tokens", flags->tokens, "Add each sentence's tokens with their spans");
  command->add_option("-o,--output", flags->output, "Write to this file instead of stdout");
  command->callback([flags, set_action] {
    set_action([flags] {
      return RunArticles("sentences", flags->input, flags->output, "sentences",
                         [&](const Document& doc) {
                           ArticleOutput out;
                           AppendSentencesJsonl(doc, flags->tokens, &out.text);
                           out.items = doc.sentences.size();
                           return out;
                         });
    });
  });
}

}  // namespace dyad::cli
