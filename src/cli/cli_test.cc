// End-to-end tests of the dyad binary: exit codes, stderr messages, JSON output.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>

#include <cstdio>
#include <sstream>

#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

RunResult RunDyad(const std::string& args, const testing::TempDir& dir) {
  std::string out_path = dir.path() + "/stdout";
  std::string err_path = dir.path() + "/stderr";
  std::string command = std::string(DYAD_BINARY) + " " + args + " >" + out_path + " 2>" + err_path;
  int raw = std::system(command.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = testing::ReadFileOrEmpty(out_path);
  result.err = testing::ReadFileOrEmpty(err_path);
  return result;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) lines.push_back(line);
  return lines;
}

TEST(CliTest, SentencesOnExamplesIsValidJsonWithExactSpans) {
  testing::TempDir dir;
  std::string examples = testing::SourceDir() + "/examples";
  RunResult r = RunDyad("sentences --tokens -j 2 " + examples + "/articles.jsonl", dir);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("16 articles read, 16 processed, 0 rejected"), std::string::npos) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GT(lines.size(), 150u);
  simdjson::dom::parser parser;
  std::size_t titles = 0;
  for (const std::string& line : lines) {
    simdjson::dom::element doc;
    ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
    std::string_view kind = doc["kind"].get_string().value();
    if (kind == "title") ++titles;
    EXPECT_FALSE(doc["tokens"].get_array().value().size() == 0);
  }
  EXPECT_EQ(titles, 16u);
}

TEST(CliTest, SpansPointIntoTheOriginalFile) {
  testing::TempDir dir;
  std::string text =
      "Talks resume\n\nWashington and Baghdad\u00A0agreed on Tuesday. Troops stay.\n";
  std::string path = dir.Write("a.txt", text);
  RunResult r = RunDyad("sentences " + path, dir);
  ASSERT_EQ(r.status, 0) << r.err;
  simdjson::dom::parser parser;
  for (const std::string& line : Lines(r.out)) {
    simdjson::dom::element doc;
    ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS);
    simdjson::dom::array span = doc["span"].get_array().value();
    uint64_t b = span.at(0).get_uint64().value();
    uint64_t e = span.at(1).get_uint64().value();
    std::string_view sentence = doc["text"].get_string().value();
    std::string original = text.substr(b, e - b);
    // Identical except for the no-break space, normalised to a plain space.
    std::string normalised = original;
    std::size_t nbsp = normalised.find("\u00A0");
    if (nbsp != std::string::npos) normalised.replace(nbsp, 2, " ");
    EXPECT_EQ(normalised, sentence);
  }
}

TEST(CliTest, BadInputsReportedAndCounted) {
  testing::TempDir dir;
  dir.Write("in/good.txt", "A good article about talks.");
  dir.Write("in/empty.txt", "");
  dir.Write("in/bin.txt", std::string("\x7f"
                                      "ELF\0\0\0",
                                      7));
  dir.Write("in/mixed.jsonl", "{\"text\":\"Fine.\"}\n{oops\n{\"text\":\"Also fine.\"}\n");
  dir.Write("in/bad-utf8.txt", "Caf\xE9 owners protested in Paris.");
  RunResult r = RunDyad("sentences " + dir.path() + "/in", dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("empty.txt: rejected: empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bin.txt: rejected: binary file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:2: rejected: invalid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad-utf8.txt: warning: 1 invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("7 articles read, 4 processed, 3 rejected (5 inputs)"), std::string::npos)
      << r.err;
  RunResult strict = RunDyad("sentences --strict " + dir.path() + "/in", dir);
  EXPECT_EQ(strict.status, 1);
  RunResult nothing = RunDyad("sentences " + dir.path() + "/in/empty.txt", dir);
  EXPECT_EQ(nothing.status, 1);
  RunResult usage = RunDyad("sentences --max-line-bytes banana " + dir.path(), dir);
  EXPECT_EQ(usage.status, 2);
  EXPECT_NE(usage.err.find("max-line-bytes"), std::string::npos) << usage.err;
}

TEST(CliTest, ReadsStdin) {
  testing::TempDir dir;
  std::string path =
      dir.Write("x.jsonl", "{\"id\":\"s1\",\"text\":\"From stdin. Two sentences.\"}\n");
  RunResult r = RunDyad("sentences - < " + path, dir);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 2u);
  EXPECT_NE(r.out.find("\"article_id\":\"s1\""), std::string::npos);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(CliTest, CodeWritesJsonlCsvAndGdelt) {
  testing::TempDir dir;
  std::string examples = testing::SourceDir() + "/examples/articles.jsonl";
  RunResult jsonl = RunDyad("code -j 2 " + examples, dir);
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  std::vector<std::string> lines = Lines(jsonl.out);
  ASSERT_GT(lines.size(), 20u);
  simdjson::dom::parser parser;
  for (const std::string& line : lines) {
    simdjson::dom::element ev;
    ASSERT_EQ(parser.parse(line).get(ev), simdjson::SUCCESS) << line;
    std::string_view cameo = ev["event"]["cameo"].get_string().value();
    EXPECT_GE(cameo.size(), 2u);
    EXPECT_EQ(ev["event"]["root"].get_string().value(), cameo.substr(0, 2));
    int64_t quad = ev["event"]["quad"].get_int64().value();
    EXPECT_TRUE(quad >= 1 && quad <= 4);
    EXPECT_FALSE(ev["source"].is_null());
    EXPECT_GT(ev["pattern"]["line"].get_uint64().value(), 0u);
  }
  RunResult csv = RunDyad("code --format csv " + examples, dir);
  ASSERT_EQ(csv.status, 0) << csv.err;
  std::vector<std::string> rows = Lines(csv.out);
  ASSERT_EQ(rows.size(), lines.size() + 1);  // header
  EXPECT_EQ(rows[0].substr(0, 25), "article_id,sentence_index");
  RunResult gdelt = RunDyad("code --format gdelt " + examples, dir);
  ASSERT_EQ(gdelt.status, 0) << gdelt.err;
  for (const std::string& row : Lines(gdelt.out)) {
    EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 60) << row;
  }
}

TEST(CliTest, ExplainShowsActorsEventsAndPatterns) {
  testing::TempDir dir;
  RunResult r =
      RunDyad("explain \"Iraqi Foreign Minister Fuad Hussein met US officials in Baghdad.\"", dir);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("actor: \"Iraqi Foreign Minister Fuad Hussein\" = IRQGOV"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("event: IRQGOV"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("dict/events/"), std::string::npos) << r.out;
}

TEST(CliTest, DictCheckPassesOnShippedDictionaries) {
  testing::TempDir dir;
  RunResult r = RunDyad("dict check --no-warnings", dir);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.err.find(" 0 error(s)"), std::string::npos) << r.err;
  std::string bad = dir.Write("bad.txt", "Nowhere Land\n    ZZZGOV\n");
  RunResult broken = RunDyad("dict check " + bad, dir);
  EXPECT_EQ(broken.status, 1);
  EXPECT_NE(broken.out.find("bad.txt:2: unknown country code 'ZZZ'"), std::string::npos)
      << broken.out;
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(CliTest, TabariDictionariesLoadBesideDyads) {
  testing::TempDir dir;
  std::string actors = dir.Write("x.actors",
                                 "FREEDONIA_  [FRE]\n"  // FRE is no country: reported, skipped
                                 "RUFUS_T._FIREFLY_\n\t[IRQGOV >20200101]\n");
  std::string agents = dir.Write("x.agents", "TOP_BRASS {} [~MIL]\n");
  std::string text = dir.Write("a.txt", "Rufus T. Firefly met the top brass in Baghdad.");
  RunResult r =
      RunDyad("actors --tabari-actors " + actors + " --tabari-agents " + agents + " " + text, dir);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"Rufus T. Firefly\",\"span\":[0,16],\"code\":\"IRQGOV\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"text\":\"top brass\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("unknown country code 'FRE'"), std::string::npos) << r.err;
  RunResult converted = RunDyad("dict convert --tabari-actors " + actors, dir);
  EXPECT_NE(converted.out.find("rufus T. firefly\n    IRQGOV  2020-01-01..\n"), std::string::npos)
      << converted.out;
}

}  // namespace
}  // namespace dyad
