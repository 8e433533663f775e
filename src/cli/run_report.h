// What a command tells the user on stderr while reading: rejections, warnings, a summary.
#ifndef DYAD_CLI_RUN_REPORT_H_
#define DYAD_CLI_RUN_REPORT_H_

#include <cstddef>
#include <string>

#include "ingest/article.h"
#include "ingest/corpus.h"
#include "text/document.h"

namespace dyad::cli {

class RunReport {
 public:
  explicit RunReport(bool quiet) : quiet_(quiet) {}

  // "dyad: PATH:LINE: MESSAGE" on stderr.
  void Rejected(const Rejection& rejection);
  // Warnings about repaired input (invalid UTF-8, cut sentences) for one document, as the
  // lines Print writes ("" when there is nothing to say). Thread-safe.
  std::string RepairWarnings(const Document& doc) const;
  // Writes `lines` (from RepairWarnings) to stderr unless quiet.
  void Print(const std::string& lines) const;
  // Final line: "dyad: N articles read, N processed, N rejected (N files); …".
  void Summary(const CorpusStats& stats, const std::string& extra);
  // The exit status the run deserves: 1 when nothing could be read, or on any rejection
  // with `strict`; else 0.
  static int ExitStatus(const CorpusStats& stats, bool strict);

 private:
  bool quiet_;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_RUN_REPORT_H_
