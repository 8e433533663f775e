// RunArticles: the read → analyse in parallel → write in order loop shared by the commands
// that process articles (sentences, actors, code …).
#ifndef DYAD_CLI_ARTICLE_RUNNER_H_
#define DYAD_CLI_ARTICLE_RUNNER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "cli/input_flags.h"
#include "text/document.h"

namespace dyad::cli {

// What the per-article work returns: the output text and a count for the summary.
struct ArticleOutput {
  std::string text;
  std::size_t items = 0;
};

// Reads every article named by `input`, builds its Document and calls `work` on it (on
// worker threads, so `work` must be thread-safe), then writes the outputs in input order to
// `output_path` (stdout when empty). Prints rejections, warnings and a summary ending in
// "<items> <item_name>" on stderr; on a terminal, a progress line while it runs. `header`
// is written before everything else. Returns the process exit status.
int RunArticles(const char* command, const InputFlags& input, const std::string& output_path,
                const std::string& item_name,
                const std::function<ArticleOutput(const Document&)>& work,
                const std::string& header = "");

}  // namespace dyad::cli

#endif  // DYAD_CLI_ARTICLE_RUNNER_H_
