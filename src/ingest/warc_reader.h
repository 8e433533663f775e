// WarcReader: the HTML pages in a WARC file (WARC/1.0 or 1.1, ISO 28500), plain or gzip
// compressed (one gzip member per record, as crawlers write .warc.gz, reads the same).
#ifndef DYAD_INGEST_WARC_READER_H_
#define DYAD_INGEST_WARC_READER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "ingest/reader.h"

namespace dyad {

// Reads WARC records one at a time with memory bounded by the largest record kept
// (Limits::max_warc_record_bytes) and header lines of at most 64 KiB.
//
// Each "response" record whose HTTP status is 200 and whose payload is HTML (Content-Type
// text/html or application/xhtml+xml, or none and the payload looks like HTML) becomes a
// RawArticle:
//   content  the HTTP payload after removing chunked transfer coding and gzip/deflate
//            content coding (at most Limits::max_article_bytes); block origins are offsets
//            into it
//   url      WARC-Target-URI
//   date     the page's own publication date (see HtmlPage::date) when it has one, else
//            WARC-Date (when the page was fetched)
//   title, blocks  from ExtractHtml; title_in_content when a block has hint kTitle
//   format   InputFormat::kWarc; origin "<file>#<record number, from 1>"; id left empty
// Other record types (warcinfo, request, metadata, revisit...), other statuses and non-HTML
// payloads are skipped without a rejection and counted in skipped_records().
//
// Rejections (origin "<file>#<record>"):
//   "not a WARC record (expected 'WARC/1.x', got '...')": the reader then skips to the next
//       line starting with "WARC/1." (giving up after max_warc_record_bytes bytes)
//   "WARC header line longer than 65536 bytes", "missing or invalid Content-Length": the
//       reader resynchronises the same way
//   "record block of N bytes exceeds --max-warc-record-bytes (M)": the block is skipped
//   "truncated record: expected N bytes, got M": the input ends there (then kEnd)
//   HTTP payloads that cannot be decoded or are too large, and pages ExtractHtml refuses.
// A corrupt gzip stream or an I/O error gives one rejection, then kEnd.
// Not thread-safe.
class WarcReader : public ArticleReader {
 public:
  WarcReader(std::unique_ptr<BufferedInput> input, const ReaderOptions& options);

  ReadStatus Next(RawArticle* article, Rejection* rejection) override;

  // Records read so far, whatever became of them.
  std::size_t records() const { return record_; }
  // Records skipped without a rejection: not responses, not status 200, not HTML.
  std::size_t skipped_records() const { return skipped_; }

 private:
  struct Headers;
  enum class Outcome { kOk, kReject, kEnd };

  ReadStatus Reject(Rejection* rejection, std::string message);
  // Ends the input after an I/O or gzip error.
  ReadStatus Fatal(Rejection* rejection, const Status& status);
  // Reads header lines up to the blank line into `headers`; on failure sets `*message`
  // and returns kReject (resynchronise) or kEnd (input ended).
  Outcome ReadHeaders(Headers* headers, std::string* message, Status* io_error);
  // Skips a record block of `length` bytes; fails with the "truncated record" message.
  bool SkipBlock(std::size_t length, std::string* message, Status* io_error);

  std::unique_ptr<BufferedInput> input_;
  Limits limits_;
  std::size_t record_ = 0;
  std::size_t skipped_ = 0;
  bool resync_ = false;             // looking for the next "WARC/1." line
  std::size_t resync_scanned_ = 0;  // bytes passed over while looking
  bool done_ = false;
};

// Returns a WarcReader for `input` (the ArticleReader the CLI asks for).
std::unique_ptr<ArticleReader> NewWarcReader(std::unique_ptr<BufferedInput> input,
                                             const ReaderOptions& options);

}  // namespace dyad

#endif  // DYAD_INGEST_WARC_READER_H_
