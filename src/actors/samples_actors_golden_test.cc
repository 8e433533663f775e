// Golden actor test on real sentences of ../shared/corpus/news/samples/: the expected
// mentions in testdata/actors/samples_golden.tsv were annotated by hand, independently of
// dyad's output. Reports precision and recall of codes; the text stays in ../shared.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <sstream>

#include "actors/actor_recognizer.h"
#include "testing/dictionary.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

std::vector<std::string> Split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + sep.size();
  }
  return out;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

TEST(SamplesActorsGoldenTest, CodesMatchHandAnnotations) {
  std::string samples = testing::SharedPath("corpus/news/samples");
  if (samples.empty())
    GTEST_SKIP() << "../shared/corpus/news/samples absent: golden actor test skipped";
  std::string golden =
      testing::ReadFileOrEmpty(testing::SourceDir() + "/testdata/actors/samples_golden.tsv");
  ASSERT_FALSE(golden.empty());
  std::string error;
  auto dict = testing::ShippedDictionary(&error);
  ASSERT_NE(dict, nullptr) << error;
  ActorRecognizer recognizer(dict);
  std::map<std::string, std::vector<std::string>> files;
  std::size_t sentences = 0, expected_total = 0, predicted_total = 0, right = 0, found = 0;
  std::size_t shown = 0;
  std::stringstream in(golden);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, "\t");
    ASSERT_EQ(f.size(), 4u) << line;
    if (!files.count(f[0])) {
      std::vector<std::string>& lines = files[f[0]];
      std::stringstream text(testing::ReadFileOrEmpty(samples + "/" + f[0]));
      std::string l;
      while (std::getline(text, l)) lines.push_back(l);
    }
    std::size_t number = std::stoul(f[1]);
    ASSERT_LE(number, files[f[0]].size()) << line;
    ++sentences;
    std::vector<std::pair<std::string, std::string>> expected;
    if (Trim(f[3]) != "-") {
      for (const std::string& item : Split(f[3], " ; ")) {
        std::size_t eq = item.rfind('=');
        ASSERT_NE(eq, std::string::npos) << item;
        expected.emplace_back(Trim(item.substr(0, eq)), Trim(item.substr(eq + 1)));
      }
    }
    RawArticle article;
    article.content = files[f[0]][number - 1];
    article.date = f[2] == "-" ? "" : f[2];
    Document doc = BuildDocument(std::move(article), Limits());
    std::vector<std::pair<std::string, std::string>> predicted;
    for (const ActorMention& m : recognizer.Recognize(doc)) {
      if (m.place) continue;
      predicted.emplace_back(std::string(doc.Text(m.text_begin, m.text_end)), m.code);
    }
    // A prediction matches an expectation when their texts overlap and the codes agree.
    std::vector<bool> used(expected.size(), false);
    for (const auto& [text, code] : predicted) {
      bool ok = false;
      for (std::size_t e = 0; e < expected.size() && !ok; ++e) {
        bool overlap = text.find(expected[e].first) != std::string::npos ||
                       expected[e].first.find(text) != std::string::npos;
        if (!used[e] && overlap && code == expected[e].second) used[e] = ok = true;
      }
      right += ok ? 1 : 0;
      if (!ok && shown++ < 30) {
        std::printf("  %s:%zu extra or wrong: %s=%s\n", f[0].c_str(), number, text.c_str(),
                    code.c_str());
      }
    }
    for (std::size_t e = 0; e < expected.size(); ++e) {
      found += used[e] ? 1 : 0;
      if (!used[e] && shown++ < 60) {
        std::printf("  %s:%zu missed: %s=%s\n", f[0].c_str(), number, expected[e].first.c_str(),
                    expected[e].second.c_str());
      }
    }
    expected_total += expected.size();
    predicted_total += predicted.size();
  }
  double precision = predicted_total ? static_cast<double>(right) / predicted_total : 0;
  double recall = expected_total ? static_cast<double>(found) / expected_total : 0;
  std::printf(
      "samples actors: %zu sentences, %zu expected mentions, %zu predicted; precision "
      "%.3f, recall %.3f\n",
      sentences, expected_total, predicted_total, precision, recall);
  EXPECT_GE(sentences, 150u);
  EXPECT_GE(precision, 0.55);
  EXPECT_GE(recall, 0.55);
}

}  // namespace
}  // namespace dyad
