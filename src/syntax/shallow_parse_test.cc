#include "syntax/shallow_parse.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

struct Parsed {
  Document doc;
  ShallowParse parse;
};

Parsed Parse(const std::string& text) {
  RawArticle article;
  article.content = text;
  Parsed p;
  p.doc = BuildDocument(std::move(article), Limits());
  p.parse = ParseShallow(p.doc, 0, [](std::string_view w) {
    return w == "attacked" || w == "met" || w == "said" || w == "expressed";
  });
  return p;
}

std::string Tags(const Parsed& p) {
  std::string out;
  for (Pos pos : p.parse.pos) {
    if (!out.empty()) out += ' ';
    out += std::string(PosName(pos));
  }
  return out;
}

std::string Chunks(const Parsed& p) {
  std::string out;
  for (const Chunk& c : p.parse.chunks) {
    const char* kind = c.kind == ChunkKind::kNounPhrase   ? "NP"
                       : c.kind == ChunkKind::kVerbPhrase ? "VP"
                                                          : "PP";
    out += std::string("[") + kind + " " +
           std::string(p.doc.Text(p.doc.tokens[c.first].begin, p.doc.tokens[c.last - 1].end)) + "]";
  }
  return out;
}

TEST(ShallowParseTest, TagsChunksAndClauses) {
  Parsed p =
      Parse("The US troops have not attacked the rebel positions near Mosul, officials said.");
  EXPECT_EQ(Tags(p), "DET PROPN NOUN AUX NEG VERB DET NOUN NOUN ADP PROPN PUNCT NOUN VERB PUNCT");
  EXPECT_EQ(Chunks(p),
            "[NP The US troops][VP have not attacked][NP the rebel positions][PP near Mosul]"
            "[NP officials][VP said]");
  ASSERT_EQ(p.parse.clause_starts.size(), 1u);
}

TEST(ShallowParseTest, ClausesOpenAtRelativesComplementsAndSemicolons) {
  Parsed p = Parse("Iraq said that Iran, which denied it, attacked the port; talks ended.");
  std::vector<std::string> clauses;
  for (uint32_t start : p.parse.clause_starts)
    clauses.push_back(std::string(p.doc.Text(p.doc.tokens[start])));
  EXPECT_EQ(clauses, (std::vector<std::string>{"Iraq", "that", "which", "talks"}));
}

TEST(ShallowParseTest, NounReadingAfterDeterminers) {
  Parsed p = Parse("The attacked convoy and the expressed wish.");
  EXPECT_EQ(Tags(p), "DET NOUN NOUN CONJ DET NOUN NOUN PUNCT");
}

}  // namespace
}  // namespace dyad
