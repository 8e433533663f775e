#include "ingest/buffered_input.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

TEST(BufferedInputTest, ReadsLinesFromPlainAndGzipFiles) {
  testing::TempDir dir;
  std::string text = "first\nsecond\r\n\nlast without newline";
  for (const std::string& path : {dir.Write("a.txt", text), dir.WriteGzip("a.txt.gz", text)}) {
    auto input = BufferedInput::Open(path);
    ASSERT_TRUE(input.ok()) << input.status().ToString();
    std::string line;
    bool too_long = false;
    std::vector<std::string> lines;
    for (;;) {
      auto got = (*input)->ReadLine(1024, &line, &too_long);
      ASSERT_TRUE(got.ok());
      if (!*got) break;
      lines.push_back(line);
    }
    EXPECT_EQ(lines, (std::vector<std::string>{"first", "second\r", "", "last without newline"}));
    EXPECT_EQ((*input)->compressed(), path.ends_with(".gz"));
  }
}

TEST(BufferedInputTest, OverlongLineIsSkippedWithBoundedMemory) {
  std::string big(3 * 1024 * 1024, 'x');
  auto input = BufferedInput::FromString("short\n" + big + "\nafter\n", "mem");
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(*input->ReadLine(100, &line, &too_long));
  EXPECT_EQ(line, "short");
  ASSERT_TRUE(*input->ReadLine(100, &line, &too_long));
  EXPECT_TRUE(too_long);
  EXPECT_TRUE(line.empty());
  ASSERT_TRUE(*input->ReadLine(100, &line, &too_long));
  EXPECT_FALSE(too_long);
  EXPECT_EQ(line, "after");
  EXPECT_FALSE(*input->ReadLine(100, &line, &too_long));
}

TEST(BufferedInputTest, TruncatedGzipIsDataLoss) {
  testing::TempDir dir;
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + " of a long file\n";
  std::string gz = testing::Gzip(text);
  std::string path = dir.Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  auto input = BufferedInput::Open(path);
  ASSERT_TRUE(input.ok());
  std::string all;
  Status status = (*input)->ReadAll(1 << 30, &all);
  EXPECT_EQ(status.code(), StatusCode::kDataLoss) << status.ToString();
  EXPECT_EQ(status.message(), "truncated gzip data (unexpected end of file)");
}

TEST(BufferedInputTest, MissingFileAndDirectory) {
  testing::TempDir dir;
  EXPECT_EQ(BufferedInput::Open(dir.path() + "/nope").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(BufferedInput::Open(dir.path()).status().code(), StatusCode::kInvalidArgument);
}

TEST(BufferedInputTest, ReadAllRespectsLimit) {
  auto input = BufferedInput::FromString(std::string(5000, 'a'), "mem");
  std::string out;
  EXPECT_EQ(input->ReadAll(4000, &out).code(), StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace dyad
