// RawArticle: one article as a reader delivers it, before any cleaning.
#ifndef DYAD_INGEST_ARTICLE_H_
#define DYAD_INGEST_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// The input formats dyad reads. Gzip is orthogonal: any of them may be gzip-compressed.
enum class InputFormat { kAuto, kText, kJsonl, kHtml, kWarc };

// "text", "jsonl", "html", "warc" ("auto" for kAuto).
std::string_view InputFormatName(InputFormat format);
// Inverse of InputFormatName; returns false for an unknown name.
bool ParseInputFormat(std::string_view name, InputFormat* format);

// How a reader saw a block of text, before the cleaner's own judgement.
enum class BlockHint : uint8_t {
  kUnknown,      // plain text: the cleaner decides from the text itself
  kTitle,        // the article's headline
  kHeading,      // a section heading (<h2>…)
  kParagraph,    // body text
  kBoilerplate,  // known page furniture ("Read also" blocks, share lines)
};

// A stretch of text extracted from the article's bytes, e.g. one HTML paragraph with its
// entities decoded. `origin[i]` is the offset in RawArticle::content (or in the title field,
// for a block with `in_title_field`) of the input byte that produced text[i]; `origin_end[i]`
// is one past the last input byte that produced it. Both have text.size() entries.
struct SourceBlock {
  std::string text;
  std::vector<uint32_t> origin;
  std::vector<uint32_t> origin_end;
  BlockHint hint = BlockHint::kUnknown;
  bool in_title_field = false;
};

// One article as read. Spans dyad reports are byte offsets into `content`: the file's bytes
// for text and HTML files, the decoded "text" field for JSON Lines, the HTTP payload for WARC.
struct RawArticle {
  std::string id;  // given id, else "h" + 16 hex digits of the content hash
  std::string url;
  std::string date;    // as given (ISO 8601 preferred); empty when unknown
  std::string source;  // outlet name
  std::string title;   // headline when the input carries it separately; may be empty
  std::string content;
  InputFormat format = InputFormat::kText;
  // Where the article came from, for messages: "path", "path:LINE" or "path#RECORD".
  std::string origin;
  // Extracted blocks for structured inputs (HTML). Empty for plain text and JSON Lines:
  // the cleaner then reads `content` (and `title`) directly.
  std::vector<SourceBlock> blocks;
  // True when the title was recognised inside `content` (a text file's first line), so it is
  // not emitted a second time from `title`.
  bool title_in_content = false;
};

// A record or file that could not be made into an article, with a message naming where.
struct Rejection {
  std::string origin;   // "path:LINE", "path#RECORD" or "path"
  std::string message;  // what is wrong, e.g. "invalid JSON: missing closing quote"
};

}  // namespace dyad

#endif  // DYAD_INGEST_ARTICLE_H_
