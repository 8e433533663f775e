// Golden sentence-split test on real news text from ../shared/corpus/news/samples/.
// testdata/split/samples_golden.tsv names line ranges and the human-checked boundaries;
// the text itself stays in ../shared (it may not be copied into the repository).
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "testing/shared_data.h"
#include "text/document.h"

namespace dyad {
namespace {

struct Group {
  std::string file;
  int first = 0;
  int last = 0;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) fields.push_back(field);
  return fields;
}

std::vector<std::string> FileLines(const std::string& path) {
  std::vector<std::string> lines;
  std::stringstream ss(testing::ReadFileOrEmpty(path));
  std::string line;
  while (std::getline(ss, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

TEST(SentenceGoldenTest, SamplesSplitMatchesCheckedBoundaries) {
  std::string samples = testing::SharedPath("corpus/news/samples");
  if (samples.empty())
    GTEST_SKIP() << "../shared/corpus/news/samples absent: golden split test skipped";
  std::string golden =
      testing::ReadFileOrEmpty(testing::SourceDir() + "/testdata/split/samples_golden.tsv");
  ASSERT_FALSE(golden.empty());
  std::vector<Group> groups;
  std::set<std::pair<std::string, int>> joins;
  std::map<std::pair<std::string, int>, std::vector<std::string>> splits;
  std::stringstream ss(golden);
  std::string line;
  while (std::getline(ss, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f[0] == "group" && f.size() == 4) {
      groups.push_back({f[1], std::stoi(f[2]), std::stoi(f[3])});
    } else if (f[0] == "join" && f.size() == 3) {
      joins.insert({f[1], std::stoi(f[2])});
    } else if (f[0] == "split" && f.size() == 4) {
      splits[{f[1], std::stoi(f[2])}].push_back(f[3]);
    } else {
      FAIL() << "bad golden line: " << line;
    }
  }
  std::map<std::string, std::vector<std::string>> files;
  std::size_t expected_sentences = 0, exact = 0, missed = 0, spurious = 0, lines_used = 0;
  std::size_t shown = 0;
  for (const Group& g : groups) {
    if (!files.count(g.file)) files[g.file] = FileLines(samples + "/" + g.file);
    const std::vector<std::string>& text = files[g.file];
    ASSERT_LE(g.last, static_cast<int>(text.size())) << g.file;
    std::string paragraph;
    std::vector<uint32_t> expected;  // sentence end offsets
    for (int n = g.first; n <= g.last; ++n) {
      ++lines_used;
      if (!paragraph.empty()) paragraph += ' ';
      std::size_t start = paragraph.size();
      paragraph += text[n - 1];
      for (const std::string& anchor : splits[{g.file, n}]) {
        std::size_t at = text[n - 1].find(anchor);
        ASSERT_NE(at, std::string::npos) << g.file << ":" << n << " " << anchor;
        expected.push_back(static_cast<uint32_t>(start + at + anchor.size()));
      }
      if (!joins.count({g.file, n}) || n == g.last) {
        expected.push_back(static_cast<uint32_t>(paragraph.size()));
      }
    }
    std::sort(expected.begin(), expected.end());
    RawArticle article;
    article.content = paragraph;
    article.id = g.file;
    Document doc = BuildDocument(std::move(article), Limits());
    std::vector<uint32_t> got;
    // A dateline is its own unit in dyad's output; the golden file counts it as part of
    // the sentence it opens, so it is not a boundary here.
    for (const Sentence& s : doc.sentences) {
      if (s.kind != TextKind::kDateline) got.push_back(doc.InputSpan(s).end);
    }
    // Sentence ends are compared as sets of offsets; a sentence is exact when both its
    // start (the previous end) and its end were found.
    std::set<uint32_t> got_set(got.begin(), got.end());
    std::set<uint32_t> want_set(expected.begin(), expected.end());
    uint32_t previous = 0;
    bool previous_ok = true;
    for (uint32_t end : expected) {
      bool ok = got_set.count(end) > 0;
      if (ok && previous_ok) ++exact;
      if (!ok) {
        ++missed;
        if (shown < 25) {
          ++shown;
          std::printf("  missed boundary %s:%d..%d: ...%s|%s...\n", g.file.c_str(), g.first, g.last,
                      paragraph.substr(end > 40 ? end - 40 : 0, end > 40 ? 40 : end).c_str(),
                      paragraph.substr(end, 30).c_str());
        }
      }
      previous_ok = ok;
      previous = end;
    }
    (void)previous;
    for (uint32_t end : got) {
      if (!want_set.count(end)) {
        ++spurious;
        if (shown < 50) {
          ++shown;
          std::printf("  spurious boundary %s:%d..%d: ...%s|%s...\n", g.file.c_str(), g.first,
                      g.last,
                      paragraph.substr(end > 40 ? end - 40 : 0, end > 40 ? 40 : end).c_str(),
                      paragraph.substr(end, 30).c_str());
        }
      }
    }
    expected_sentences += expected.size();
  }
  double error_rate =
      static_cast<double>(missed + spurious) / static_cast<double>(expected_sentences);
  double exact_rate = static_cast<double>(exact) / static_cast<double>(expected_sentences);
  std::printf(
      "split golden: %zu groups, %zu lines, %zu sentences; missed %zu, spurious %zu; "
      "boundary error rate %.2f%%, sentences exact %.2f%%\n",
      groups.size(), lines_used, expected_sentences, missed, spurious, 100 * error_rate,
      100 * exact_rate);
  EXPECT_GE(expected_sentences, 300u);
  EXPECT_LT(error_rate, 0.015);
}

}  // namespace
}  // namespace dyad
