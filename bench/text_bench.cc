// Throughput of the text stage (clean + tokenize + split) on one core, over the InSight
// Crime articles in ../shared/corpus/news/insightcrime/*.tsv (column 1 is the text).
//   ./build/text_bench            # prints MB/s (bytes_per_second) and sentences/s
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/tsv_corpus.h"
#include "text/document.h"

namespace {

const std::vector<std::string>& Articles() {
  static const std::vector<std::string> articles = [] {
    std::vector<std::string> all;
    std::filesystem::path dir = std::filesystem::path(DYAD_SOURCE_DIR) / ".." / "shared" /
                                "corpus" / "news" / "insightcrime";
    for (const char* name : {"train.tsv", "dev.tsv", "test.tsv"}) {
      std::filesystem::path file = dir / name;
      if (!std::filesystem::exists(file)) continue;
      for (std::string& text : dyad::bench::ReadFirstColumn(file.string())) {
        all.push_back(std::move(text));
      }
    }
    return all;
  }();
  return articles;
}

void BM_TextStage(benchmark::State& state) {
  const std::vector<std::string>& articles = Articles();
  if (articles.empty()) {
    state.SkipWithError("../shared/corpus/news/insightcrime absent");
    return;
  }
  std::size_t bytes = 0;
  std::size_t sentences = 0;
  std::size_t tokens = 0;
  dyad::Limits limits;
  for (auto _ : state) {
    for (const std::string& text : articles) {
      dyad::RawArticle article;
      article.content = text;
      article.format = dyad::InputFormat::kText;
      dyad::Document doc = dyad::BuildDocument(std::move(article), limits);
      bytes += text.size();
      sentences += doc.sentences.size();
      tokens += doc.tokens.size();
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["articles"] = static_cast<double>(articles.size());
}
BENCHMARK(BM_TextStage)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
