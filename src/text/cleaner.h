// Cleaner: turns a RawArticle into clean text split into classified paragraphs, with an exact
// map from every clean byte back to the article's input bytes.
#ifndef DYAD_TEXT_CLEANER_H_
#define DYAD_TEXT_CLEANER_H_

#include <cstdint>
#include <vector>

#include "ingest/article.h"
#include "text/mapped_text.h"
#include "text/normalizer.h"
#include "text/text_kind.h"

namespace dyad {

// A paragraph of clean text: [begin, end) in CleanText::text, without its newline.
struct Paragraph {
  uint32_t begin = 0;
  uint32_t end = 0;
  TextKind kind = TextKind::kBody;
  // True when the paragraph comes from the article's separate title field, so its input
  // offsets refer to RawArticle::title rather than RawArticle::content.
  bool in_title_field = false;
};

// An article's clean text. Paragraphs are separated by "\n" in `text`; `text.begin/end`
// map clean bytes to input bytes (of the title field for title-field paragraphs).
struct CleanText {
  MappedText text;
  std::vector<Paragraph> paragraphs;
  NormalizeStats stats;
};

// Cleans `article`: normalizes characters (see NormalizeText), finds paragraphs (a text
// file's blank-line or line structure, or the reader's blocks), recognises the title (a
// separate title field, or a text file's first line when a blank line follows it),
// section headings (short lines without final punctuation followed by more text) and
// boilerplate (see IsBoilerplate). Never fails; empty input gives no paragraphs.
CleanText CleanArticle(const RawArticle& article);

}  // namespace dyad

#endif  // DYAD_TEXT_CLEANER_H_
