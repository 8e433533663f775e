// Text and HTML files: one article per file, read whole within Limits::max_file_bytes.
#include <string>

#include "base/hash.h"
#include "ingest/format.h"
#include "ingest/html_extractor.h"
#include "ingest/readers.h"

namespace dyad {

void AssignContentId(RawArticle* article) {
  if (!article->id.empty()) return;
  uint64_t h = Fnv1a64(article->title);
  h = Fnv1a64(std::string_view("\n", 1), h);
  h = Fnv1a64(article->content, h);
  article->id = "h" + Hex64(h);
}

namespace {

class WholeFileReader : public ArticleReader {
 public:
  WholeFileReader(std::unique_ptr<BufferedInput> input, const ReaderOptions& options,
                  InputFormat format)
      : input_(std::move(input)), options_(options), format_(format) {}

  ReadStatus Next(RawArticle* article, Rejection* rejection) override {
    if (done_) return ReadStatus::kEnd;
    done_ = true;
    *rejection = Rejection{input_->name(), ""};
    std::string bytes;
    Status status = input_->ReadAll(options_.limits.max_file_bytes, &bytes);
    if (!status.ok()) {
      rejection->message = status.code() == StatusCode::kResourceExhausted
                               ? "file larger than --max-file-bytes (" +
                                     std::to_string(options_.limits.max_file_bytes) + " bytes)"
                               : status.message();
      return ReadStatus::kRejected;
    }
    if (bytes.empty()) {
      rejection->message = "empty file";
      return ReadStatus::kRejected;
    }
    if (std::size_t nul = FindNul(bytes); nul != std::string::npos) {
      rejection->message = "binary file (NUL byte at offset " + std::to_string(nul) + ")";
      return ReadStatus::kRejected;
    }
    if (LooksBinary(std::string_view(bytes).substr(0, 64 * 1024))) {
      rejection->message = "binary file (mostly control bytes or invalid UTF-8)";
      return ReadStatus::kRejected;
    }
    if (bytes.size() > options_.limits.max_article_bytes) {
      rejection->message = "article of " + std::to_string(bytes.size()) +
                           " bytes exceeds --max-article-bytes (" +
                           std::to_string(options_.limits.max_article_bytes) + ")";
      return ReadStatus::kRejected;
    }
    *article = RawArticle();
    article->format = format_;
    article->origin = input_->name();
    if (format_ == InputFormat::kHtml) {
      StatusOr<HtmlPage> page = ExtractHtml(bytes, options_.limits);
      if (!page.ok()) {
        rejection->message = page.status().message();
        return ReadStatus::kRejected;
      }
      article->title = std::move(page->title);
      article->date = std::move(page->date);
      article->blocks = std::move(page->blocks);
      if (article->blocks.empty()) {
        rejection->message = "HTML page has no article text";
        return ReadStatus::kRejected;
      }
    }
    article->content = std::move(bytes);
    AssignContentId(article);
    return ReadStatus::kArticle;
  }

 private:
  std::unique_ptr<BufferedInput> input_;
  ReaderOptions options_;
  InputFormat format_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ArticleReader> NewTextFileReader(std::unique_ptr<BufferedInput> input,
                                                 const ReaderOptions& options) {
  return std::make_unique<WholeFileReader>(std::move(input), options, InputFormat::kText);
}

std::unique_ptr<ArticleReader> NewHtmlFileReader(std::unique_ptr<BufferedInput> input,
                                                 const ReaderOptions& options) {
  return std::make_unique<WholeFileReader>(std::move(input), options, InputFormat::kHtml);
}

}  // namespace dyad
