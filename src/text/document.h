// Document: an article after the text stage — clean text, tokens and sentences, each with
// spans back into the bytes the user gave.
#ifndef DYAD_TEXT_DOCUMENT_H_
#define DYAD_TEXT_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/limits.h"
#include "ingest/article.h"
#include "text/cleaner.h"
#include "text/mapped_text.h"
#include "text/text_kind.h"
#include "text/token.h"

namespace dyad {

struct Sentence {
  uint32_t begin = 0;  // in clean text
  uint32_t end = 0;
  uint32_t first_token = 0;  // tokens [first_token, last_token) of Document::tokens
  uint32_t last_token = 0;
  TextKind kind = TextKind::kBody;
  bool in_title_field = false;  // spans refer to RawArticle::title, not ::content
  uint32_t paragraph = 0;
};

// An analysed article. Immutable once built; safe to read from several threads.
struct Document {
  RawArticle article;
  CleanText clean;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::size_t forced_splits = 0;      // sentences cut at Limits::max_sentence_tokens
  std::size_t dropped_sentences = 0;  // beyond Limits::max_sentences_per_article

  std::string_view Text(uint32_t begin, uint32_t end) const {
    return std::string_view(clean.text.text).substr(begin, end - begin);
  }
  std::string_view Text(const Sentence& s) const { return Text(s.begin, s.end); }
  std::string_view Text(const Token& t) const { return Text(t.begin, t.end); }
  // The span in the article's input bytes (content, or title for title-field text).
  Span InputSpan(uint32_t begin, uint32_t end) const { return clean.text.ToInput(begin, end); }
  Span InputSpan(const Sentence& s) const { return InputSpan(s.begin, s.end); }
  Span InputSpan(const Token& t) const { return InputSpan(t.begin, t.end); }
  // True when the sentence is prose to code for events (body and title).
  static bool Codable(const Sentence& s) {
    return s.kind == TextKind::kBody || s.kind == TextKind::kTitle;
  }
};

// Runs the text stage on `article`: clean, tokenize, split sentences. Never fails: bad
// bytes are repaired and counted in clean.stats, over-long sentences are cut.
Document BuildDocument(RawArticle article, const Limits& limits);

}  // namespace dyad

#endif  // DYAD_TEXT_DOCUMENT_H_
