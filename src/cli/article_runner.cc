#include "cli/article_runner.h"

#include <cstdio>

#include "cli/output_file.h"
#include "cli/run_report.h"
#include "ingest/corpus.h"
#include "pipeline/ordered_pool.h"

namespace dyad::cli {

int RunArticles(const char* command, const InputFlags& input, const std::string& output_path,
                const std::string& item_name,
                const std::function<ArticleOutput(const Document&)>& work) {
  StatusOr<ReaderOptions> options = input.ToReaderOptions();
  if (!options.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, options.status().message().c_str());
    return 2;
  }
  OutputFile out;
  if (Status s = out.Open(output_path); !s.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, s.message().c_str());
    return 2;
  }
  Corpus corpus(input.paths, *options);
  RunReport report(input.quiet);
  const Limits limits = options->limits;
  std::size_t items = 0;
  struct Result {
    ArticleOutput output;
    Document doc;
  };
  RunOrdered<RawArticle, Result>(
      input.ThreadCount(), 64,
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
        result.output = work(result.doc);
        return result;
      },
      [&](Result& result) {
        report.Repaired(result.doc);
        out.Write(result.output.text);
        items += result.output.items;
      });
  Status closed = out.Close();
  report.Summary(corpus.stats(), std::to_string(items) + " " + item_name);
  if (!closed.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, closed.message().c_str());
    return 1;
  }
  return RunReport::ExitStatus(corpus.stats(), input.strict);
}

}  // namespace dyad::cli
