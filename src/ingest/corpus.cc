#include "ingest/corpus.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "ingest/format.h"
#include "ingest/readers.h"

namespace dyad {
namespace fs = std::filesystem;

Corpus::Corpus(std::vector<std::string> paths, ReaderOptions options)
    : pending_(paths.rbegin(), paths.rend()), options_(std::move(options)) {}

bool Corpus::OpenNext(Rejection* rejection, bool* rejected) {
  *rejected = false;
  while (!pending_.empty()) {
    std::string path = std::move(pending_.back());
    pending_.pop_back();
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> children;
      for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        // Inside a directory only files whose extension names an input format are read
        // (a README or a script beside the articles is not an article); directories are
        // walked, and files named on the command line are always read.
        std::error_code type_error;
        bool directory = it->is_directory(type_error);
        if (!directory && options_.format == InputFormat::kAuto &&
            FormatFromPath(name) == InputFormat::kAuto) {
          ++stats_.skipped_files;
          continue;
        }
        children.push_back(it->path().string());
      }
      if (ec) {
        ++stats_.files;
        *rejection = Rejection{path, "cannot list directory: " + ec.message()};
        *rejected = true;
        return true;
      }
      std::sort(children.begin(), children.end());
      pending_.insert(pending_.end(), children.rbegin(), children.rend());
      continue;
    }
    ++stats_.files;
    StatusOr<std::unique_ptr<ArticleReader>> reader = OpenReader(path, options_);
    if (!reader.ok()) {
      *rejection = Rejection{path, reader.status().message()};
      *rejected = true;
      return true;
    }
    reader_ = std::move(reader).value();
    return true;
  }
  return false;
}

ReadStatus Corpus::Next(RawArticle* article, Rejection* rejection) {
  for (;;) {
    if (reader_ == nullptr) {
      bool rejected = false;
      if (!OpenNext(rejection, &rejected)) return ReadStatus::kEnd;
      if (rejected) {
        ++stats_.read;
        ++stats_.rejected;
        return ReadStatus::kRejected;
      }
    }
    ReadStatus status = reader_->Next(article, rejection);
    if (status == ReadStatus::kEnd) {
      reader_.reset();
      continue;
    }
    ++stats_.read;
    if (status == ReadStatus::kArticle) {
      ++stats_.articles;
    } else {
      ++stats_.rejected;
    }
    return status;
  }
}

}  // namespace dyad
