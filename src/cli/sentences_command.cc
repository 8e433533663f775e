// `dyad sentences`: the text stage's output, one JSON object per sentence.
#include "cli/commands.h"

#include "cli/input_flags.h"
#include "cli/output_file.h"
#include "cli/run_report.h"
#include "ingest/corpus.h"
#include "output/sentence_json.h"
#include "pipeline/ordered_pool.h"
#include "text/document.h"

namespace dyad::cli {
namespace {

struct SentencesFlags {
  InputFlags input;
  bool tokens = false;
  std::string output;
};

int RunSentences(const SentencesFlags& flags) {
  StatusOr<ReaderOptions> options = flags.input.ToReaderOptions();
  if (!options.ok()) {
    std::fprintf(stderr, "dyad sentences: %s\n", options.status().message().c_str());
    return 2;
  }
  OutputFile out;
  if (Status s = out.Open(flags.output); !s.ok()) {
    std::fprintf(stderr, "dyad sentences: %s\n", s.message().c_str());
    return 2;
  }
  Corpus corpus(flags.input.paths, *options);
  RunReport report(flags.input.quiet);
  const Limits limits = options->limits;
  std::size_t sentences = 0;
  struct Result {
    std::string json;
    std::size_t sentences = 0;
    Document doc;
  };
  RunOrdered<RawArticle, Result>(
      flags.input.ThreadCount(), 64,
      [&](RawArticle* article) {
        Rejection rejection;
        for (;;) {
          ReadStatus status = corpus.Next(article, &rejection);
          if (status == ReadStatus::kArticle) return true;
          if (status == ReadStatus::kEnd) return false;
          report.Rejected(rejection);
        }
      },
      [&](RawArticle& article) {
        Result result;
        result.doc = BuildDocument(std::move(article), limits);
        AppendSentencesJsonl(result.doc, flags.tokens, &result.json);
        result.sentences = result.doc.sentences.size();
        return result;
      },
      [&](Result& result) {
        report.Repaired(result.doc);
        out.Write(result.json);
        sentences += result.sentences;
      });
  Status closed = out.Close();
  report.Summary(corpus.stats(), std::to_string(sentences) + " sentences");
  if (!closed.ok()) {
    std::fprintf(stderr, "dyad sentences: %s\n", closed.message().c_str());
    return 1;
  }
  return RunReport::ExitStatus(corpus.stats(), flags.input.strict);
}

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
  command->callback([flags, set_action] { set_action([flags] { return RunSentences(*flags); }); });
}

}  // namespace dyad::cli
