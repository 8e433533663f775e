#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

MappedText Normalize(std::string_view input, NormalizeStats* stats = nullptr) {
  NormalizeStats local;
  MappedText out;
  NormalizeText(SourceView{input, nullptr, nullptr, 0}, &out, stats ? stats : &local);
  EXPECT_EQ(out.begin.size(), out.text.size());
  EXPECT_EQ(out.end.size(), out.text.size());
  return out;
}

// Every output byte must map to a non-empty input range inside the input.
void ExpectMapSane(const MappedText& out, std::size_t input_size) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    EXPECT_LT(out.begin[i], out.end[i]) << "byte " << i;
    EXPECT_LE(out.end[i], input_size) << "byte " << i;
    if (i > 0) {
      EXPECT_LE(out.begin[i - 1], out.begin[i]) << "byte " << i;
    }
  }
}

TEST(NormalizerTest, PlainAsciiIsUnchangedWithIdentityMap) {
  std::string input = "Washington and Baghdad agreed.";
  MappedText out = Normalize(input);
  EXPECT_EQ(out.text, input);
  for (uint32_t i = 0; i < input.size(); ++i) {
    EXPECT_EQ(out.begin[i], i);
    EXPECT_EQ(out.end[i], i + 1);
  }
}

TEST(NormalizerTest, RepairsCp1252Mojibake) {
  NormalizeStats stats;
  std::string input = "Israel\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s war, caf\xC3\x83\xC2\xA9";  // â€™ Ã©
  MappedText out = Normalize(input, &stats);
  EXPECT_EQ(out.text, "Israel\u2019s war, caf\u00E9");
  EXPECT_EQ(stats.mojibake, 2u);
  // The apostrophe maps back to all 8 bytes of "â€™".
  Span apostrophe = out.ToInput(6, 9);
  EXPECT_EQ(apostrophe.begin, 6u);
  EXPECT_EQ(apostrophe.end, 14u);
  ExpectMapSane(out, input.size());
}

TEST(NormalizerTest, MisdecodedNoBreakSpaceBecomesSpace) {
  NormalizeStats stats;
  // "READ ALSO:Â Houthi" (Â + plain space) and "READ ALSO:Â<NBSP>X" both become one space.
  MappedText a = Normalize("READ ALSO:\xC3\x82 Houthi", &stats);
  EXPECT_EQ(a.text, "READ ALSO: Houthi");
  MappedText b = Normalize("READ ALSO:\xC3\x82\xC2\xA0X");
  EXPECT_EQ(b.text, "READ ALSO: X");
  EXPECT_EQ(stats.mojibake, 1u);
}

TEST(NormalizerTest, LeavesCorrectAccentedTextAlone) {
  NormalizeStats stats;
  std::string input =
      "S\u00E3o Paulo, \u00C2ge, Dami\u00E1n and \u00C9lys\u00E9e \u2014 \u201Cquoted\u201D";
  MappedText out = Normalize(input, &stats);
  EXPECT_EQ(out.text, input);
  EXPECT_EQ(stats.mojibake, 0u);
}

TEST(NormalizerTest, ReplacesInvalidUtf8AndCounts) {
  NormalizeStats stats;
  std::string input =
      "ab\xFF"
      "c\xC3(d\xED\xA0\x80";  // stray byte, bad continuation, surrogate
  MappedText out = Normalize(input, &stats);
  EXPECT_EQ(stats.invalid_utf8, 5u);
  EXPECT_EQ(out.text, "ab\uFFFDc\uFFFD(d\uFFFD\uFFFD\uFFFD");
  ExpectMapSane(out, input.size());
}

TEST(NormalizerTest, WhitespaceAndControls) {
  NormalizeStats stats;
  std::string input =
      "a\xC2\xA0\xC2\xA0"
      "b\tc\r\nd\re\x01"
      "f\xE2\x80\x8Bg\xC2\xAD"
      "h\xEF\xBB\xBF";
  MappedText out = Normalize(input, &stats);
  EXPECT_EQ(out.text, "a b c\nd\nefgh");
  EXPECT_EQ(stats.removed, 4u);  // \x01, zero-width space, soft hyphen, BOM
  // The collapsed space covers both no-break spaces.
  EXPECT_EQ(out.ToInput(1, 2), (Span{1, 5}));
  ExpectMapSane(out, input.size());
}

TEST(NormalizerTest, ComposesToNfc) {
  NormalizeStats stats;
  std::string input = "Jose\xCC\x81 and Ame\xCC\x81lie";  // e + combining acute
  MappedText out = Normalize(input, &stats);
  EXPECT_EQ(out.text, "Jos\u00E9 and Am\u00E9lie");
  EXPECT_EQ(stats.nfc, 2u);
  // "é" maps to "e" + the combining mark.
  EXPECT_EQ(out.ToInput(3, 5), (Span{3, 6}));
  ExpectMapSane(out, input.size());
}

TEST(NormalizerTest, KeepsOffsetsThroughASourceMap) {
  // A block whose bytes came from "&amp;" at offset 10..15 in some HTML.
  std::string text = "A & B";
  std::vector<uint32_t> begin = {8, 9, 10, 15, 16};
  std::vector<uint32_t> end = {9, 10, 15, 16, 17};
  MappedText out;
  NormalizeStats stats;
  NormalizeText(SourceView{text, begin.data(), end.data(), 0}, &out, &stats);
  EXPECT_EQ(out.text, "A & B");
  EXPECT_EQ(out.ToInput(2, 3), (Span{10, 15}));
  EXPECT_EQ(out.ToInput(0, 5), (Span{8, 17}));
}

}  // namespace
}  // namespace dyad
