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
  // Articles travel in batches so that small articles do not make the pool's locking the
  // bottleneck; a batch closes at kBatchArticles articles or kBatchBytes bytes.
  constexpr std::size_t kBatchArticles = 64;
  constexpr std::size_t kBatchBytes = 1u << 20;
  struct Result {
    std::string text;
    std::string warnings;
    std::size_t items = 0;
    std::size_t articles = 0;
  };
  std::size_t processed = 0;  // touched by the writer thread only
  RunOrdered<std::vector<RawArticle>, Result>(
      input.ThreadCount(), 8,
      [&](std::vector<RawArticle>* batch) {
        batch->clear();
        std::size_t bytes = 0;
        Rejection rejection;
        while (batch->size() < kBatchArticles && bytes < kBatchBytes) {
          RawArticle article;
          ReadStatus status = corpus.Next(&article, &rejection);
          if (status == ReadStatus::kEnd) break;
          if (status == ReadStatus::kRejected) {
            report.Rejected(rejection);
            continue;
          }
          bytes += article.content.size();
          batch->push_back(std::move(article));
        }
        return !batch->empty();
      },
      [&](std::vector<RawArticle>& batch) {
        Result result;
        result.articles = batch.size();
        for (RawArticle& article : batch) {
          Document doc = BuildDocument(std::move(article), limits);
          ArticleOutput output = work(doc);
          result.text += output.text;
          result.items += output.items;
          result.warnings += report.RepairWarnings(doc);
        }
        return result;
      },
      [&](Result& result) {
        report.Print(result.warnings);
        out.Write(result.text);
        items += result.items;
        processed += result.articles;
        auto now = std::chrono::steady_clock::now();
        if (progress && now - last_progress > std::chrono::seconds(1)) {
          last_progress = now;
          double seconds = std::chrono::duration<double>(now - started).count();
          std::fprintf(stderr, "\rdyad %s: %zu articles (%.0f/s), %zu %s   ", command, processed,
                       processed / seconds, items, item_name.c_str());
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
