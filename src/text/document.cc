#include "text/document.h"

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad {

Document BuildDocument(RawArticle article, const Limits& limits) {
  Document doc;
  doc.article = std::move(article);
  doc.clean = CleanArticle(doc.article);
  const std::string& text = doc.clean.text.text;
  doc.tokens.reserve(text.size() / 5);
  std::vector<SentenceBounds> bounds;
  for (uint32_t p = 0; p < doc.clean.paragraphs.size(); ++p) {
    const Paragraph& paragraph = doc.clean.paragraphs[p];
    uint32_t first = static_cast<uint32_t>(doc.tokens.size());
    Tokenize(text, paragraph.begin, paragraph.end, &doc.tokens);
    uint32_t last = static_cast<uint32_t>(doc.tokens.size());
    if (first == last) continue;
    bounds.clear();
    if (paragraph.kind == TextKind::kBody) {
      SplitSentences(text, doc.tokens, first, last, limits.max_sentence_tokens, &bounds);
    } else {
      // Titles, headings and boilerplate lines are one unit each (cut only at the limit).
      for (uint32_t b = first; b < last; b += static_cast<uint32_t>(limits.max_sentence_tokens)) {
        uint32_t e = b + static_cast<uint32_t>(limits.max_sentence_tokens);
        bounds.push_back({b, e < last ? e : last, false, e < last});
      }
    }
    for (const SentenceBounds& b : bounds) {
      if (doc.sentences.size() >= limits.max_sentences_per_article) {
        ++doc.dropped_sentences;
        continue;
      }
      if (b.forced) ++doc.forced_splits;
      Sentence sentence;
      sentence.first_token = b.first;
      sentence.last_token = b.last;
      sentence.begin = doc.tokens[b.first].begin;
      sentence.end = doc.tokens[b.last - 1].end;
      sentence.kind = b.dateline ? TextKind::kDateline : paragraph.kind;
      sentence.in_title_field = paragraph.in_title_field;
      sentence.paragraph = p;
      doc.sentences.push_back(sentence);
    }
  }
  return doc;
}

}  // namespace dyad
