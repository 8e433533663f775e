#include "cli/run_report.h"

#include <cstdio>

namespace dyad::cli {

void RunReport::Rejected(const Rejection& rejection) {
  if (quiet_) return;
  std::fprintf(stderr, "dyad: %s: rejected: %s\n", rejection.origin.c_str(),
               rejection.message.c_str());
}

std::string RunReport::RepairWarnings(const Document& doc) const {
  if (quiet_) return "";
  std::string out;
  char line[512];
  const NormalizeStats& s = doc.clean.stats;
  const char* origin = doc.article.origin.c_str();
  if (s.invalid_utf8 > 0) {
    std::snprintf(line, sizeof(line),
                  "dyad: %s: warning: %zu invalid UTF-8 sequence(s) replaced by U+FFFD\n", origin,
                  s.invalid_utf8);
    out += line;
  }
  if (doc.forced_splits > 0) {
    std::snprintf(line, sizeof(line),
                  "dyad: %s: warning: %zu over-long sentence(s) cut at --max-sentence-tokens\n",
                  origin, doc.forced_splits);
    out += line;
  }
  if (doc.dropped_sentences > 0) {
    std::snprintf(line, sizeof(line),
                  "dyad: %s: warning: %zu sentence(s) beyond --max-sentences-per-article dropped\n",
                  origin, doc.dropped_sentences);
    out += line;
  }
  return out;
}

void RunReport::Print(const std::string& lines) const {
  if (!quiet_ && !lines.empty()) std::fputs(lines.c_str(), stderr);
}

void RunReport::Summary(const CorpusStats& stats, const std::string& extra) {
  std::string skipped;
  if (stats.skipped_files > 0) {
    skipped = ", " + std::to_string(stats.skipped_files) + " other file(s) skipped";
  }
  std::fprintf(stderr, "dyad: %zu articles read, %zu processed, %zu rejected (%zu input%s%s)%s%s\n",
               stats.read, stats.articles, stats.rejected, stats.files, stats.files == 1 ? "" : "s",
               skipped.c_str(), extra.empty() ? "" : "; ", extra.c_str());
}

int RunReport::ExitStatus(const CorpusStats& stats, bool strict) {
  if (stats.articles == 0) return 1;
  if (strict && stats.rejected > 0) return 1;
  return 0;
}

}  // namespace dyad::cli
