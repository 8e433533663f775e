#include "ingest/warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

// Compresses `data` as one gzip member (window_bits 31), a zlib stream (15) or raw deflate
// (-15).
std::string Compress(std::string_view data, int window_bits = 31) {
  z_stream z = {};
  EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// One WARC record; `fields` are extra header lines, each ending in "\r\n".
std::string Record(std::string_view type, std::string_view block, std::string_view fields = "",
                   std::string_view version = "WARC/1.0", std::string_view eol = "\r\n") {
  std::string r = std::string(version) + std::string(eol);
  r += "WARC-Type: " + std::string(type) + std::string(eol);
  r += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>" + std::string(eol);
  r += "WARC-Date: 2024-03-05T15:00:00Z" + std::string(eol);
  r += fields;
  r += "Content-Length: " + std::to_string(block.size()) + std::string(eol) + std::string(eol);
  r += block;
  r += std::string(eol) + std::string(eol);
  return r;
}

std::string Response(std::string_view url, std::string_view http) {
  return Record("response", http,
                "WARC-Target-URI: " + std::string(url) +
                    "\r\nContent-Type: application/http; msgtype=response\r\n");
}

std::string Http(std::string_view headers, std::string_view body, int status = 200) {
  return "HTTP/1.1 " + std::to_string(status) + " OK\r\n" + std::string(headers) + "\r\n" +
         std::string(body);
}

std::string Chunked(std::string_view body, std::size_t size) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); i += size) {
    std::string_view piece = body.substr(i, size);
    char hex[32];
    std::snprintf(hex, sizeof hex, "%zx", piece.size());
    out += std::string(hex) + (i == 0 ? ";ext=1" : "") + "\r\n" + std::string(piece) + "\r\n";
  }
  return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

const char kPageA[] =
    "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens"
    "</h1><p>Ships returned to the harbour on Tuesday &amp; cargo moved again.</p></article>"
    "</body></html>";
const char kPageB[] =
    "<html><head><meta property=\"article:published_time\" content=\"2024-03-04\"></head>"
    "<body><h1>Rail line closed</h1><p>Floods closed the northern rail line.</p></body></html>";
const char kPageC[] = "<p>A page with no headline, sent compressed.</p>";

struct ReadResult {
  std::vector<RawArticle> articles;
  std::vector<Rejection> rejections;
  std::size_t records = 0;
  std::size_t skipped = 0;
};

ReadResult ReadAll(std::unique_ptr<BufferedInput> input, const Limits& limits = Limits()) {
  ReaderOptions options;
  options.limits = limits;
  WarcReader reader(std::move(input), options);
  ReadResult result;
  for (int guard = 0; guard < 10000; ++guard) {
    RawArticle article;
    Rejection rejection;
    ReadStatus status = reader.Next(&article, &rejection);
    if (status == ReadStatus::kEnd) break;
    if (status == ReadStatus::kArticle) result.articles.push_back(std::move(article));
    if (status == ReadStatus::kRejected) result.rejections.push_back(rejection);
  }
  RawArticle article;
  Rejection rejection;
  EXPECT_EQ(reader.Next(&article, &rejection), ReadStatus::kEnd);  // stays at the end
  result.records = reader.records();
  result.skipped = reader.skipped_records();
  return result;
}

ReadResult ReadString(std::string bytes, const Limits& limits = Limits()) {
  return ReadAll(BufferedInput::FromString(std::move(bytes), "crawl.warc"), limits);
}

std::string Joined(const std::vector<Rejection>& rejections) {
  std::string out;
  for (const Rejection& r : rejections) out += r.origin + ": " + r.message + "\n";
  return out;
}

// Every copied byte of every block maps to the same byte of the content.
void ExpectBlocksPointIntoContent(const RawArticle& article) {
  ASSERT_FALSE(article.blocks.empty());
  for (const SourceBlock& block : article.blocks) {
    for (std::size_t i = 0; i < block.text.size(); ++i) {
      ASSERT_LT(block.origin[i], block.origin_end[i]);
      ASSERT_LE(block.origin_end[i], article.content.size());
      if (block.origin_end[i] - block.origin[i] == 1 && block.text[i] != ' ') {
        EXPECT_EQ(article.content[block.origin[i]], block.text[i]);
      }
    }
  }
}

std::string MixedWarc() {
  std::string warc;
  warc += Record("warcinfo", "software: test\r\nformat: WARC File Format 1.0\r\n",
                 "Content-Type: application/warc-fields\r\n");
  warc += Record("request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
                 "WARC-Target-URI: https://news.example/a\r\n");
  warc += Response("https://news.example/a",
                   Http("Content-Type: text/html; charset=utf-8\r\n", kPageA));
  warc += Response(
      "<https://news.example/b>",
      Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", Chunked(kPageB, 17)));
  warc += Response("https://news.example/c",
                   Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", Compress(kPageC)));
  warc += Response("https://news.example/logo.png",
                   Http("Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n"));
  warc += Response("https://news.example/gone", Http("Content-Type: text/html\r\n", "", 404));
  warc += Record("metadata", "fetchTimeMs: 12\r\n", "Content-Type: application/warc-fields\r\n");
  warc +=
      Record("revisit", "HTTP/1.1 200 OK\r\n\r\n",
             "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n");
  return warc;
}

void ExpectMixedArticles(const ReadResult& r, const std::string& name) {
  ASSERT_EQ(r.articles.size(), 3u) << Joined(r.rejections);
  EXPECT_TRUE(r.rejections.empty()) << Joined(r.rejections);
  EXPECT_EQ(r.records, 9u);
  EXPECT_EQ(r.skipped, 6u);  // warcinfo, request, image, 404, metadata, revisit

  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.url, "https://news.example/a");
  EXPECT_EQ(a.date, "2024-03-05T15:00:00Z");  // no date in the page: WARC-Date
  EXPECT_EQ(a.title, "Harbour reopens");
  EXPECT_EQ(a.content, kPageA);
  EXPECT_EQ(a.format, InputFormat::kWarc);
  EXPECT_EQ(a.origin, name + "#3");
  EXPECT_TRUE(a.id.empty());
  EXPECT_TRUE(a.title_in_content);
  ASSERT_EQ(a.blocks.size(), 2u);
  EXPECT_EQ(a.blocks[0].hint, BlockHint::kTitle);
  EXPECT_EQ(a.blocks[1].text, "Ships returned to the harbour on Tuesday & cargo moved again.");
  ExpectBlocksPointIntoContent(a);

  const RawArticle& b = r.articles[1];
  EXPECT_EQ(b.url, "https://news.example/b");  // WARC/1.0 angle brackets removed
  EXPECT_EQ(b.date, "2024-03-04");             // the page's own date wins
  EXPECT_EQ(b.content, kPageB);                // de-chunked
  EXPECT_EQ(b.origin, name + "#4");
  ExpectBlocksPointIntoContent(b);

  const RawArticle& c = r.articles[2];
  EXPECT_EQ(c.content, kPageC);  // inflated
  EXPECT_EQ(c.title, "");
  EXPECT_FALSE(c.title_in_content);
  EXPECT_EQ(c.origin, name + "#5");
  ExpectBlocksPointIntoContent(c);
}

TEST(WarcReaderTest, ReadsResponsesAndSkipsOtherRecords) {
  ExpectMixedArticles(ReadString(MixedWarc()), "crawl.warc");
}

std::filesystem::path TempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("dyad_warc_test_" + std::to_string(::getpid()) + "_" + name);
}

void WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TEST(WarcReaderTest, ReadsGzipFileWithOneMemberPerRecord) {
  // Split MixedWarc() at its record boundaries and compress each record on its own, as
  // crawlers write .warc.gz.
  std::string warc = MixedWarc(), gz;
  std::size_t begin = 0;
  while (begin < warc.size()) {
    std::size_t next = warc.find("WARC/1.0\r\n", begin + 1);
    if (next == std::string::npos) next = warc.size();
    gz += Compress(std::string_view(warc).substr(begin, next - begin));
    begin = next;
  }
  std::filesystem::path path = TempPath("members.warc.gz");
  WriteFile(path, gz);
  StatusOr<std::unique_ptr<BufferedInput>> input = BufferedInput::Open(path.string());
  ASSERT_TRUE(input.ok()) << input.status().ToString();
  ExpectMixedArticles(ReadAll(std::move(input).value()), path.string());
  std::filesystem::remove(path);
}

TEST(WarcReaderTest, ReadsWholeFileGzip) {
  std::filesystem::path path = TempPath("whole.warc.gz");
  WriteFile(path, Compress(MixedWarc()));
  StatusOr<std::unique_ptr<BufferedInput>> input = BufferedInput::Open(path.string());
  ASSERT_TRUE(input.ok());
  ExpectMixedArticles(ReadAll(std::move(input).value()), path.string());
  std::filesystem::remove(path);
}

TEST(WarcReaderTest, TruncatedGzipFileEndsWithOneRejection) {
  std::string gz = Compress(MixedWarc());
  std::filesystem::path path = TempPath("cut.warc.gz");
  WriteFile(path, std::string_view(gz).substr(0, gz.size() * 3 / 4));
  StatusOr<std::unique_ptr<BufferedInput>> input = BufferedInput::Open(path.string());
  ASSERT_TRUE(input.ok());
  ReadResult r = ReadAll(std::move(input).value());
  ASSERT_EQ(r.rejections.size(), 1u) << Joined(r.rejections);
  EXPECT_LE(r.articles.size(), 3u);
  std::filesystem::remove(path);
}

TEST(WarcReaderTest, Warc11WithBareLineFeeds) {
  std::string http =
      "HTTP/1.1 200 OK\nContent-Type: application/xhtml+xml\n\n" + std::string(kPageA);
  std::string warc =
      Record("response", http, "WARC-Target-URI: https://news.example/lf\n", "WARC/1.1", "\n");
  ReadResult r = ReadString(warc);
  ASSERT_EQ(r.articles.size(), 1u) << Joined(r.rejections);
  EXPECT_EQ(r.articles[0].url, "https://news.example/lf");
  EXPECT_EQ(r.articles[0].content, kPageA);
}

TEST(WarcReaderTest, TruncatedRecord) {
  std::string good =
      Response("https://news.example/a", Http("Content-Type: text/html\r\n", kPageA));
  std::string cut = Response("https://news.example/b", Http("Content-Type: text/html\r\n", kPageB));
  std::size_t length = Http("Content-Type: text/html\r\n", kPageB).size();
  cut.resize(cut.size() - 4 - 30);  // drop the trailing CRLF CRLF and 30 bytes of the block
  ReadResult r = ReadString(good + cut);
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.rejections.size(), 1u);
  EXPECT_EQ(r.rejections[0].origin, "crawl.warc#2");
  EXPECT_EQ(r.rejections[0].message, "truncated record: expected " + std::to_string(length) +
                                         " bytes, got " + std::to_string(length - 30));
}

TEST(WarcReaderTest, TruncatedHeader) {
  ReadResult r = ReadString("WARC/1.0\r\nWARC-Type: response\r\nContent-Le");
  ASSERT_EQ(r.rejections.size(), 1u);
  EXPECT_EQ(r.rejections[0].message, "truncated record: input ends inside the WARC header");
}

TEST(WarcReaderTest, ResynchronisesAfterGarbage) {
  std::string warc =
      "this is not a WARC file\r\nmore junk\r\nWARC/0.9 nope\r\n" +
      Response("https://news.example/a", Http("Content-Type: text/html\r\n", kPageA));
  ReadResult r = ReadString(warc);
  ASSERT_EQ(r.rejections.size(), 1u);
  EXPECT_EQ(r.rejections[0].origin, "crawl.warc#1");
  EXPECT_EQ(r.rejections[0].message,
            "not a WARC record (expected 'WARC/1.x', got 'this is not a WARC file')");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, "crawl.warc#2");
}

TEST(WarcReaderTest, GivesUpResynchronisingAfterTheRecordLimit) {
  Limits limits;
  limits.max_warc_record_bytes = 1000;
  std::string junk = "junk\n";
  for (int i = 0; i < 500; ++i) junk += "more junk line\n";
  ReadResult r = ReadString(junk + MixedWarc(), limits);
  ASSERT_EQ(r.rejections.size(), 2u) << Joined(r.rejections);
  EXPECT_EQ(r.rejections[1].message, "no WARC record found in the next 1000 bytes; giving up");
  EXPECT_TRUE(r.articles.empty());
}

TEST(WarcReaderTest, SkipsRecordsOverTheSizeLimit) {
  Limits limits;
  limits.max_warc_record_bytes = 200;
  std::string big = Response("https://news.example/a", Http("Content-Type: text/html\r\n", kPageA));
  std::string small =
      Response("https://news.example/c", Http("Content-Type: text/html\r\n", "<p>Short.</p>"));
  ReadResult r = ReadString(big + small, limits);
  ASSERT_EQ(r.rejections.size(), 1u);
  std::size_t length = Http("Content-Type: text/html\r\n", kPageA).size();
  EXPECT_EQ(r.rejections[0].message, "record block of " + std::to_string(length) +
                                         " bytes exceeds --max-warc-record-bytes (200)");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, "crawl.warc#2");
}

TEST(WarcReaderTest, LongHeaderLineAndMissingLength) {
  std::string page =
      Response("https://news.example/a", Http("Content-Type: text/html\r\n", kPageA));
  std::string long_line = "WARC/1.0\r\nWARC-Type: response\r\nX-Long: " + std::string(70000, 'x') +
                          "\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
  std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12abc\r\n\r\n";
  ReadResult r = ReadString(long_line + page + no_length + page);
  ASSERT_EQ(r.rejections.size(), 2u) << Joined(r.rejections);
  EXPECT_EQ(r.rejections[0].message, "WARC header line longer than 65536 bytes");
  EXPECT_EQ(r.rejections[0].origin, "crawl.warc#1");
  EXPECT_EQ(r.rejections[1].message, "missing or invalid Content-Length");
  EXPECT_EQ(r.rejections[1].origin, "crawl.warc#3");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].origin, "crawl.warc#2");
  EXPECT_EQ(r.articles[1].origin, "crawl.warc#4");
}

TEST(WarcReaderTest, ContentEncodingsAndSniffing) {
  std::string warc;
  warc += Response(
      "https://x/zlib",
      Http("Content-Type: text/html\r\nContent-Encoding: deflate\r\n", Compress(kPageC, 15)));
  warc += Response("https://x/raw", Http("Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
                                         Compress(kPageC, -15)));
  // Some WARC writers store the decoded body and keep the header.
  warc += Response("https://x/decoded",
                   Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", kPageA));
  warc += Response("https://x/sniffed", Http("", kPageA));                 // no Content-Type: HTML
  warc += Response("https://x/text", Http("", "plain text, not a page"));  // skipped
  warc += Response("https://x/br",
                   Http("Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x2c"));
  warc += Response("https://x/corrupt",
                   Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                        std::string("\x1f\x8b\x08\0\0\0\0\0\0\x03\xff\xff\xff\xff", 14)));
  warc += Response("https://x/cut", Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                                         "\x1f\x8b\x08\x00"));
  warc += Response("https://x/badchunk",
                   Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", "zz\r\nx"));
  warc += Response("https://x/status", "SMTP 250 hello\r\n\r\n");
  ReadResult r = ReadString(warc);
  ASSERT_EQ(r.articles.size(), 4u) << Joined(r.rejections);
  EXPECT_EQ(r.articles[0].content, kPageC);
  EXPECT_EQ(r.articles[1].content, kPageC);
  EXPECT_EQ(r.articles[2].content, kPageA);
  EXPECT_EQ(r.articles[3].content, kPageA);
  EXPECT_EQ(r.skipped, 1u);
  ASSERT_EQ(r.rejections.size(), 5u) << Joined(r.rejections);
  EXPECT_EQ(r.rejections[0].message, "unsupported Content-Encoding 'br'");
  EXPECT_EQ(r.rejections[1].message, "corrupt compressed HTTP payload (invalid block type)");
  EXPECT_EQ(r.rejections[2].message, "truncated compressed HTTP payload");
  EXPECT_EQ(r.rejections[3].message, "malformed chunked encoding");
  EXPECT_EQ(r.rejections[4].message, "malformed HTTP status line 'SMTP 250 hello'");
}

TEST(WarcReaderTest, PayloadLimitAndExtractionFailures) {
  Limits limits;
  limits.max_article_bytes = 100;
  std::string big(5000, 'a');
  std::string warc =
      Response("https://x/big", Http("Content-Type: text/html\r\n", "<p>" + big + "</p>"));
  warc += Response("https://x/bomb", Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                                          Compress("<p>" + big + "</p>")));
  warc +=
      Response("https://x/chunks", Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                                        Chunked("<p>" + big + "</p>", 64)));
  warc += Response(
      "https://x/crash",
      Http("Content-Type: text/html\r\n", "<table> <svg><select><foreignObject> <select> <table>"));
  ReadResult r = ReadString(warc, limits);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.rejections.size(), 4u) << Joined(r.rejections);
  EXPECT_EQ(r.rejections[0].message,
            "HTTP payload of 5007 bytes exceeds --max-article-bytes (100)");
  EXPECT_EQ(r.rejections[1].message, "decompressed HTTP payload exceeds --max-article-bytes (100)");
  EXPECT_EQ(r.rejections[2].message, "HTTP payload exceeds --max-article-bytes (100)");
  EXPECT_NE(r.rejections[3].message.find("crashes the HTML parser"), std::string::npos);
}

TEST(WarcReaderTest, EmptyAndHostileInputs) {
  ReadResult empty = ReadString("");
  EXPECT_TRUE(empty.articles.empty());
  EXPECT_TRUE(empty.rejections.empty());
  EXPECT_EQ(empty.records, 0u);
  EXPECT_TRUE(ReadString("\r\n\r\n\n").rejections.empty());

  uint32_t state = 7;
  std::string warc = MixedWarc();
  for (int doc = 0; doc < 100; ++doc) {
    // Random corruption of a valid file: the reader must end, and not crash.
    std::string bytes = warc;
    for (int k = 0; k < 20; ++k) {
      state = state * 1103515245u + 12345u;
      bytes[(state >> 8) % bytes.size()] = static_cast<char>(state >> 24);
    }
    state = state * 1103515245u + 12345u;
    bytes.resize((state >> 8) % bytes.size());
    ReadString(bytes);
  }
}

TEST(WarcReaderTest, NewWarcReader) {
  ReaderOptions options;
  std::unique_ptr<ArticleReader> reader =
      NewWarcReader(BufferedInput::FromString(MixedWarc(), "x.warc"), options);
  RawArticle article;
  Rejection rejection;
  ASSERT_EQ(reader->Next(&article, &rejection), ReadStatus::kArticle);
  EXPECT_EQ(article.origin, "x.warc#3");
}

}  // namespace
}  // namespace dyad
