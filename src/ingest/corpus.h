// Corpus: every article of a list of files, directories (walked recursively) and stdin.
#ifndef DYAD_INGEST_CORPUS_H_
#define DYAD_INGEST_CORPUS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "ingest/reader.h"

namespace dyad {

// Counts kept while reading; read == articles + rejected always holds.
struct CorpusStats {
  std::size_t files = 0;          // inputs opened (or tried)
  std::size_t read = 0;           // articles and rejected records together
  std::size_t articles = 0;       // delivered to the caller
  std::size_t rejected = 0;       // files or records that could not be made into articles
  std::size_t skipped_files = 0;  // files in walked directories without an input extension
};

// Reads the articles of several inputs in order, one at a time, with bounded memory.
// Directories are expanded recursively in name order; hidden entries and, unless a format
// is forced, files without an input-format extension (.txt, .jsonl, .html, .warc, each
// optionally .gz) are skipped and counted. "-" is stdin. An input that cannot be opened is one
// rejection; reading goes on with the next. Not thread-safe.
class Corpus {
 public:
  Corpus(std::vector<std::string> paths, ReaderOptions options);

  // Same contract as ArticleReader::Next, over all inputs.
  ReadStatus Next(RawArticle* article, Rejection* rejection);

  const CorpusStats& stats() const { return stats_; }

 private:
  // Opens the next pending input; false when none is left.
  bool OpenNext(Rejection* rejection, bool* rejected);

  std::vector<std::string> pending_;  // in reverse order (next at back)
  ReaderOptions options_;
  std::unique_ptr<ArticleReader> reader_;
  CorpusStats stats_;
};

}  // namespace dyad

#endif  // DYAD_INGEST_CORPUS_H_
