#include "ingest/corpus.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

struct Outcome {
  std::vector<RawArticle> articles;
  std::vector<Rejection> rejections;
  CorpusStats stats;
};

Outcome ReadAll(const std::vector<std::string>& paths, ReaderOptions options = {}) {
  Corpus corpus(paths, options);
  Outcome out;
  RawArticle article;
  Rejection rejection;
  for (;;) {
    ReadStatus status = corpus.Next(&article, &rejection);
    if (status == ReadStatus::kEnd) break;
    if (status == ReadStatus::kArticle) out.articles.push_back(article);
    if (status == ReadStatus::kRejected) out.rejections.push_back(rejection);
  }
  out.stats = corpus.stats();
  EXPECT_EQ(out.stats.read, out.stats.articles + out.stats.rejected);
  EXPECT_EQ(out.stats.articles, out.articles.size());
  return out;
}

TEST(CorpusTest, JsonlFieldsIdsAndLineNumbers) {
  testing::TempDir dir;
  std::string path = dir.Write(
      "a.jsonl",
      "{\"id\":\"x1\",\"date\":\"2024-01-25\",\"source\":\"Wire\",\"url\":\"https://e.org/1\","
      "\"title\":\"T\",\"text\":\"Iraq and the US met.\"}\n"
      "\n"
      "{\"text\":\"No id here.\",\"extra\":[1,2]}\n"
      "{\"text\": broken\n"
      "[1,2,3]\n"
      "{\"title\":\"no text\"}\n"
      "{\"text\":\"   \"}\n"
      "{\"text\":42}\n"
      "{\"id\":7,\"text\":\"Numeric id.\"}\n");
  Outcome out = ReadAll({path});
  ASSERT_EQ(out.articles.size(), 4u);
  EXPECT_EQ(out.articles[0].id, "x1");
  EXPECT_EQ(out.articles[0].date, "2024-01-25");
  EXPECT_EQ(out.articles[0].source, "Wire");
  EXPECT_EQ(out.articles[0].origin, path + ":1");
  EXPECT_EQ(out.articles[1].id.size(), 17u);  // "h" + 16 hex digits
  EXPECT_EQ(out.articles[1].id[0], 'h');
  EXPECT_EQ(out.articles[2].content, "42");  // a number is accepted as text
  EXPECT_EQ(out.articles[3].id, "7");
  ASSERT_EQ(out.rejections.size(), 4u);
  EXPECT_EQ(out.rejections[0].origin, path + ":4");
  EXPECT_NE(out.rejections[0].message.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(out.rejections[1].origin, path + ":5");
  EXPECT_EQ(out.rejections[1].message, "expected a JSON object");
  EXPECT_EQ(out.rejections[2].message, "missing \"text\" field");
  EXPECT_EQ(out.rejections[3].message, "empty \"text\" field");
}

TEST(CorpusTest, ContentIdIsStable) {
  testing::TempDir dir;
  std::string a = dir.Write("a.jsonl", "{\"text\":\"Same text.\"}\n");
  std::string b = dir.Write("b.txt", "Same text.");
  Outcome first = ReadAll({a});
  Outcome again = ReadAll({a});
  ASSERT_EQ(first.articles.size(), 1u);
  EXPECT_EQ(first.articles[0].id, again.articles[0].id);
  EXPECT_EQ(first.articles[0].id, ReadAll({b}).articles[0].id);
}

TEST(CorpusTest, FieldMapping) {
  testing::TempDir dir;
  std::string path =
      dir.Write("m.jsonl", "{\"body\":\"Text.\",\"headline\":\"H\",\"guid\":\"g1\"}\n");
  ReaderOptions options;
  options.fields.text = "body";
  options.fields.title = "headline";
  options.fields.id = "guid";
  Outcome out = ReadAll({path}, options);
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].id, "g1");
  EXPECT_EQ(out.articles[0].title, "H");
  EXPECT_EQ(out.articles[0].content, "Text.");
}

TEST(CorpusTest, DirectoriesAreWalkedInOrderAndFormatsDetected) {
  testing::TempDir dir;
  dir.Write("in/b/2.txt", "Second file.");
  dir.Write("in/a.txt", "First file.");
  dir.Write("in/.hidden.txt", "Hidden.");
  dir.Write("in/c/noext", "{\"text\":\"Not read: no input extension.\"}\n");
  dir.Write("in/c/sniffed.json", "{\"text\":\"Sniffed as JSON Lines.\"}\n");
  dir.Write("in/README.md", "# notes\n");
  dir.WriteGzip("in/d.jsonl.gz", "{\"text\":\"Compressed.\"}\n");
  Outcome out = ReadAll({dir.path() + "/in"});
  ASSERT_EQ(out.articles.size(), 4u);
  EXPECT_EQ(out.articles[0].content, "First file.");
  EXPECT_EQ(out.articles[1].content, "Second file.");
  EXPECT_EQ(out.articles[2].content, "Sniffed as JSON Lines.");
  EXPECT_EQ(out.stats.skipped_files, 2u);  // README.md and the file without extension
  EXPECT_EQ(out.articles[2].format, InputFormat::kJsonl);
  EXPECT_EQ(out.articles[3].content, "Compressed.");
}

TEST(CorpusTest, BadInputsAreRejectedAndTheRunGoesOn) {
  testing::TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  std::string empty_jsonl = dir.Write("empty.jsonl", "");
  std::string binary = dir.Write("binary.txt", std::string("abc\0def", 7));
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise.push_back(static_cast<char>((i * 7919) % 256 | 0x80));
  std::string garbage = dir.Write("noise.txt", noise);
  std::string missing = dir.path() + "/missing.txt";
  std::string good = dir.Write("good.txt", "A good article.");
  std::string text;
  for (int i = 0; i < 5000; ++i)
    text += "{\"text\":\"Article number " + std::to_string(i) + ".\"}\n";
  std::string gz = testing::Gzip(text);
  std::string truncated = dir.Write("cut.jsonl.gz", gz.substr(0, gz.size() * 2 / 3));
  Outcome out = ReadAll({empty, binary, garbage, missing, truncated, good, empty_jsonl});
  EXPECT_EQ(out.articles.back().content, "A good article.");
  EXPECT_EQ(out.rejections.back().origin, empty_jsonl);
  EXPECT_EQ(out.rejections.back().message, "empty file");
  ASSERT_GE(out.rejections.size(), 5u);
  EXPECT_EQ(out.rejections[0].origin, empty);
  EXPECT_EQ(out.rejections[0].message, "empty file");
  EXPECT_EQ(out.rejections[1].message, "binary file (NUL byte at offset 3)");
  EXPECT_NE(out.rejections[2].message.find("binary file"), std::string::npos);
  EXPECT_EQ(out.rejections[3].origin, missing);
  const Rejection& cut = out.rejections[4];
  EXPECT_NE(cut.message.find("gzip"), std::string::npos) << cut.message;
  EXPECT_EQ(cut.origin.rfind(truncated + ":", 0), 0u) << cut.origin;
  // Everything before the cut was still read.
  EXPECT_GT(out.articles.size(), 1000u);
}

TEST(CorpusTest, HugeSingleLineIsOneRejectionWithBoundedMemory) {
  testing::TempDir dir;
  // 200 MB on one line, stored compressed so the test stays small on disk.
  std::string path = (std::filesystem::path(dir.path()) / "huge.jsonl.gz").string();
  gzFile gz = gzopen(path.c_str(), "wb1");
  std::string chunk(1 << 20, 'x');
  gzputs(gz, "{\"text\":\"");
  for (int i = 0; i < 200; ++i) gzwrite(gz, chunk.data(), static_cast<unsigned>(chunk.size()));
  gzputs(gz, "\"}\n{\"text\":\"After the huge line.\"}\n");
  gzclose(gz);
  Outcome out = ReadAll({path});
  ASSERT_EQ(out.rejections.size(), 1u);
  EXPECT_EQ(out.rejections[0].origin, path + ":1");
  EXPECT_NE(out.rejections[0].message.find("--max-line-bytes"), std::string::npos);
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].origin, path + ":2");
}

TEST(CorpusTest, ArticleSizeLimit) {
  testing::TempDir dir;
  std::string path = dir.Write("big.txt", std::string(3000, 'a'));
  ReaderOptions options;
  options.limits.max_article_bytes = 1000;
  Outcome out = ReadAll({path}, options);
  ASSERT_EQ(out.rejections.size(), 1u);
  EXPECT_NE(out.rejections[0].message.find("--max-article-bytes"), std::string::npos);
}

}  // namespace
}  // namespace dyad
