#include "text/cleaner.h"

#include <string_view>

#include "base/utf8.h"
#include "text/boilerplate.h"

namespace dyad {
namespace {

// A line of normalized text, [begin, end) trimmed of spaces.
struct Line {
  std::size_t begin;
  std::size_t end;
  bool empty() const { return begin == end; }
};

std::vector<Line> SplitLines(const std::string& text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::size_t b = start;
    std::size_t e = nl;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    lines.push_back({b, e});
    if (nl == text.size()) break;
    start = nl + 1;
  }
  return lines;
}

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Last code point of `text` (which is valid UTF-8 after normalization).
char32_t LastChar(std::string_view text) {
  std::size_t i = text.size();
  while (i > 0 && (static_cast<unsigned char>(text[i - 1]) & 0xC0) == 0x80) --i;
  if (i == 0) return 0;
  std::size_t length = 0;
  bool valid = false;
  return DecodeUtf8(text, i - 1, &length, &valid);
}

bool EndsSentence(std::string_view text) {
  char32_t c = LastChar(text);
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ';' || c == ',' || c == '"' ||
         c == 0x201D || c == 0x2019 || c == '\'' || c == ')';
}

// A section heading: a short line that does not end like a sentence and starts like a title.
bool LooksLikeHeading(std::string_view text) {
  if (text.size() > 120 || CountWords(text) > 14) return false;
  if (EndsSentence(text)) return false;
  char32_t first = FirstCodePoint(text);
  return IsUpper(first) || IsDigit(first) || first == '"' || first == 0x201C;
}

// Hard-wrapped plain text (lines of similar width inside blank-line separated paragraphs)
// joins its lines; otherwise each line is a paragraph.
bool LooksHardWrapped(const std::vector<Line>& lines) {
  std::size_t in_blocks = 0;
  std::size_t wrapped_width = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].empty() || lines[i + 1].empty()) continue;
    ++in_blocks;
    std::size_t width = lines[i].end - lines[i].begin;
    if (width >= 50 && width <= 100) ++wrapped_width;
    if (width > 120) return false;
  }
  return in_blocks >= 3 && wrapped_width * 10 >= in_blocks * 7;
}

class Builder {
 public:
  explicit Builder(CleanText* out) : out_(out) {}

  // Adds normalized `source` lines [begin, end) joined by single spaces as one paragraph.
  void AddParagraph(const MappedText& source, const std::vector<Line>& lines, std::size_t first,
                    std::size_t last, TextKind kind, bool in_title_field) {
    MappedText& text = out_->text;
    if (!out_->paragraphs.empty()) {
      uint32_t at = text.end.empty() ? 0 : text.end.back();
      text.Append("\n", at, at);
    }
    Paragraph paragraph;
    paragraph.begin = static_cast<uint32_t>(text.size());
    for (std::size_t i = first; i <= last; ++i) {
      const Line& line = lines[i];
      if (line.empty()) continue;
      if (text.size() > paragraph.begin) {
        // The newline that joined two wrapped lines becomes a space.
        text.Append(" ", source.end[lines[i - 1].end - 1], source.begin[line.begin]);
      }
      text.text.append(source.text, line.begin, line.end - line.begin);
      text.begin.insert(text.begin.end(), source.begin.begin() + line.begin,
                        source.begin.begin() + line.end);
      text.end.insert(text.end.end(), source.end.begin() + line.begin,
                      source.end.begin() + line.end);
    }
    paragraph.end = static_cast<uint32_t>(text.size());
    paragraph.kind = kind;
    paragraph.in_title_field = in_title_field;
    out_->paragraphs.push_back(paragraph);
  }

 private:
  CleanText* out_;
};

TextKind Classify(std::string_view text, bool has_next) {
  if (IsBoilerplate(text)) return TextKind::kBoilerplate;
  if (has_next && LooksLikeHeading(text)) return TextKind::kHeading;
  return TextKind::kBody;
}

void CleanPlainText(const MappedText& normalized, bool title_allowed, Builder* builder) {
  std::vector<Line> lines = SplitLines(normalized.text);
  const std::string& s = normalized.text;
  auto view = [&](const Line& line) {
    return std::string_view(s).substr(line.begin, line.end - line.begin);
  };
  std::size_t i = 0;
  while (i < lines.size() && lines[i].empty()) ++i;
  // A first line followed by a blank line is the title.
  if (title_allowed && i + 2 < lines.size() && lines[i + 1].empty() &&
      lines[i].end - lines[i].begin <= 250 && CountWords(view(lines[i])) <= 30) {
    std::size_t rest = i + 1;
    while (rest < lines.size() && lines[rest].empty()) ++rest;
    if (rest < lines.size()) {
      builder->AddParagraph(normalized, lines, i, i, TextKind::kTitle, false);
      i = rest;
    }
  }
  bool wrapped = LooksHardWrapped(lines);
  while (i < lines.size()) {
    if (lines[i].empty()) {
      ++i;
      continue;
    }
    std::size_t last = i;
    // Join continuation lines: always in hard-wrapped text; otherwise only when the line
    // breaks mid-sentence (no final punctuation, next line starts in lowercase).
    while (last + 1 < lines.size() && !lines[last + 1].empty()) {
      std::string_view current = view(lines[last]);
      std::string_view next = view(lines[last + 1]);
      bool continues = !EndsSentence(current) && IsLower(FirstCodePoint(next));
      if (wrapped && !LooksLikeHeading(current) && !IsBoilerplate(next)) continues = true;
      if (!continues) break;
      ++last;
    }
    std::size_t next = last + 1;
    while (next < lines.size() && lines[next].empty()) ++next;
    std::string_view first_text = view(lines[i]);
    TextKind kind = last == i
                        ? Classify(first_text, next < lines.size())
                        : (IsBoilerplate(first_text) ? TextKind::kBoilerplate : TextKind::kBody);
    builder->AddParagraph(normalized, lines, i, last, kind, false);
    i = last + 1;
  }
}

}  // namespace

std::string_view TextKindName(TextKind kind) {
  switch (kind) {
    case TextKind::kBody:
      return "body";
    case TextKind::kTitle:
      return "title";
    case TextKind::kHeading:
      return "heading";
    case TextKind::kBoilerplate:
      return "boilerplate";
    case TextKind::kDateline:
      return "dateline";
  }
  return "body";
}

CleanText CleanArticle(const RawArticle& article) {
  CleanText out;
  Builder builder(&out);
  bool blocks_have_title = false;
  for (const SourceBlock& block : article.blocks) {
    blocks_have_title = blocks_have_title || block.hint == BlockHint::kTitle;
  }
  if (!article.title.empty() && !article.title_in_content && !blocks_have_title) {
    MappedText title;
    NormalizeText(SourceView{article.title, nullptr, nullptr, 0}, &title, &out.stats);
    std::vector<Line> lines = SplitLines(title.text);
    std::size_t first = 0;
    while (first < lines.size() && lines[first].empty()) ++first;
    if (first < lines.size()) {
      std::size_t last = lines.size() - 1;
      while (lines[last].empty()) --last;
      builder.AddParagraph(title, lines, first, last, TextKind::kTitle, true);
    }
  }
  if (article.blocks.empty()) {
    MappedText normalized;
    NormalizeText(SourceView{article.content, nullptr, nullptr, 0}, &normalized, &out.stats);
    bool title_allowed = article.format == InputFormat::kText && article.title.empty();
    CleanPlainText(normalized, title_allowed, &builder);
    return out;
  }
  for (std::size_t b = 0; b < article.blocks.size(); ++b) {
    const SourceBlock& block = article.blocks[b];
    MappedText normalized;
    NormalizeText(SourceView{block.text, block.origin.data(), block.origin_end.data(), 0},
                  &normalized, &out.stats);
    std::vector<Line> lines = SplitLines(normalized.text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].empty()) continue;
      std::string_view text =
          std::string_view(normalized.text).substr(lines[i].begin, lines[i].end - lines[i].begin);
      TextKind kind = TextKind::kBody;
      switch (block.hint) {
        case BlockHint::kTitle:
          kind = TextKind::kTitle;
          break;
        case BlockHint::kHeading:
          kind = TextKind::kHeading;
          break;
        case BlockHint::kBoilerplate:
          kind = TextKind::kBoilerplate;
          break;
        case BlockHint::kParagraph:
          kind = IsBoilerplate(text) ? TextKind::kBoilerplate : TextKind::kBody;
          break;
        case BlockHint::kUnknown:
          kind = Classify(text, b + 1 < article.blocks.size());
          break;
      }
      builder.AddParagraph(normalized, lines, i, i, kind, block.in_title_field);
    }
  }
  return out;
}

}  // namespace dyad
