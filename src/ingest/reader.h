// ArticleReader: the interface every input format implements, and the options they share.
#ifndef DYAD_INGEST_READER_H_
#define DYAD_INGEST_READER_H_

#include <memory>
#include <string>

#include "base/limits.h"
#include "base/status.h"
#include "ingest/article.h"
#include "ingest/buffered_input.h"

namespace dyad {

// JSON Lines field names. Defaults are dyad's own; --field NAME=FIELD remaps them.
struct JsonlFields {
  std::string id = "id";
  std::string date = "date";
  std::string url = "url";
  std::string source = "source";
  std::string title = "title";
  std::string text = "text";
};

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: detect from extension, then content
  JsonlFields fields;
  Limits limits;
};

enum class ReadStatus { kArticle, kRejected, kEnd };

// Produces the articles of one input, one at a time, with bounded memory.
// Not thread-safe; one reader per input.
class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // Reads the next item of the input. Returns kArticle with `*article` filled, kRejected with
  // `*rejection` filled (the reader has skipped the bad record and can go on), or kEnd when
  // the input is exhausted. After a fatal error (a truncated gzip stream) the reader reports
  // one rejection and then kEnd.
  virtual ReadStatus Next(RawArticle* article, Rejection* rejection) = 0;
};

// Gives the article an id from its content when it has none: "h" + 16 lowercase hex digits
// of a 64-bit hash of title and content. Stable across runs and machines.
void AssignContentId(RawArticle* article);

}  // namespace dyad

#endif  // DYAD_INGEST_READER_H_
