#include "cli/article_runner.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "cli/output_file.h"
#include "cli/run_report.h"
#include "ingest/corpus.h"
#include "pipeline/ordered_pool.h"

namespace dyad::cli {

int RunArticles(const char* command, const InputFlags& input, const std::string& output_path,
                const std::string& item_name,
                const std::function<ArticleOutput(const Document&)>& work,
                const std::string& header) {
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
  out.Write(header);
  Corpus corpus(input.paths, *options);
  const bool progress = !input.quiet && isatty(2) != 0;
  const auto started = std::chrono::steady_clock::now();
  auto last_progress = started;
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
        auto now = std::chrono::steady_clock::now();
        if (progress && now - last_progress > std::chrono::seconds(1)) {
          last_progress = now;
          double seconds = std::chrono::duration<double>(now - started).count();
          const CorpusStats& s = corpus.stats();
          std::fprintf(stderr, "\rdyad %s: %zu articles (%.0f/s), %zu %s, %zu rejected   ", command,
                       s.articles, s.articles / seconds, items, item_name.c_str(), s.rejected);
        }
      });
  if (progress) std::fprintf(stderr, "\r%*s\r", 78, "");
  Status closed = out.Close();
  report.Summary(corpus.stats(), std::to_string(items) + " " + item_name);
  if (!closed.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, closed.message().c_str());
    return 1;
  }
  return RunReport::ExitStatus(corpus.stats(), input.strict);
}

}  // namespace dyad::cli
