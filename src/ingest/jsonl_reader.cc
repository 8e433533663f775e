// JSON Lines reader: one article per line, validated with simdjson's DOM parser.
#include <simdjson.h>

#include <string>

#include "ingest/readers.h"

namespace dyad {
namespace {

// Copies a string, number or boolean field value into `out`; other types fail.
bool ScalarToString(simdjson::dom::element value, std::string* out) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
      std::string_view s;
      if (value.get_string().get(s) != simdjson::SUCCESS) return false;
      out->assign(s);
      return true;
    }
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
    case simdjson::dom::element_type::BOOL:
      *out = simdjson::minify(value);
      return true;
    case simdjson::dom::element_type::NULL_VALUE:
      out->clear();
      return true;
    default:
      return false;
  }
}

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(std::unique_ptr<BufferedInput> input, const ReaderOptions& options)
      : input_(std::move(input)), options_(options) {}

  ReadStatus Next(RawArticle* article, Rejection* rejection) override {
    for (;;) {
      if (done_) return ReadStatus::kEnd;
      bool too_long = false;
      StatusOr<bool> got = input_->ReadLine(options_.limits.max_line_bytes, &line_, &too_long);
      if (!got.ok()) {
        done_ = true;
        *rejection = Rejection{Origin(line_number_ + 1), got.status().message()};
        return ReadStatus::kRejected;
      }
      if (!*got) {
        done_ = true;
        if (line_number_ == 0) {
          *rejection = Rejection{input_->name(), "empty file"};
          return ReadStatus::kRejected;
        }
        return ReadStatus::kEnd;
      }
      ++line_number_;
      if (too_long) {
        *rejection =
            Rejection{Origin(line_number_), "line longer than --max-line-bytes (" +
                                                std::to_string(options_.limits.max_line_bytes) +
                                                " bytes), skipped"};
        return ReadStatus::kRejected;
      }
      if (IsBlank(line_)) continue;
      std::string message;
      if (Parse(article, &message)) return ReadStatus::kArticle;
      *rejection = Rejection{Origin(line_number_), message};
      return ReadStatus::kRejected;
    }
  }

 private:
  static bool IsBlank(const std::string& line) {
    for (char c : line) {
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }

  std::string Origin(std::size_t line) const { return input_->name() + ":" + std::to_string(line); }

  bool Parse(RawArticle* article, std::string* message) {
    simdjson::dom::element doc;
    simdjson::error_code error = parser_.parse(line_).get(doc);
    if (error != simdjson::SUCCESS) {
      *message = std::string("invalid JSON: ") + simdjson::error_message(error);
      return false;
    }
    simdjson::dom::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS) {
      *message = "expected a JSON object";
      return false;
    }
    *article = RawArticle();
    const JsonlFields& f = options_.fields;
    bool has_text = false;
    for (auto field : object) {
      std::string* target = nullptr;
      if (field.key == f.text) {
        target = &article->content;
        has_text = true;
      } else if (field.key == f.id) {
        target = &article->id;
      } else if (field.key == f.date) {
        target = &article->date;
      } else if (field.key == f.url) {
        target = &article->url;
      } else if (field.key == f.source) {
        target = &article->source;
      } else if (field.key == f.title) {
        target = &article->title;
      } else {
        continue;
      }
      if (!ScalarToString(field.value, target)) {
        *message = "field \"" + std::string(field.key) + "\" is not a string";
        return false;
      }
    }
    if (!has_text) {
      *message = "missing \"" + f.text + "\" field";
      return false;
    }
    if (article->content.find_first_not_of(" \t\r\n") == std::string::npos) {
      *message = "empty \"" + f.text + "\" field";
      return false;
    }
    if (article->content.size() > options_.limits.max_article_bytes ||
        article->title.size() > options_.limits.max_article_bytes) {
      *message = "article of " + std::to_string(article->content.size()) +
                 " bytes exceeds --max-article-bytes (" +
                 std::to_string(options_.limits.max_article_bytes) + ")";
      return false;
    }
    article->format = InputFormat::kJsonl;
    article->origin = Origin(line_number_);
    AssignContentId(article);
    return true;
  }

  std::unique_ptr<BufferedInput> input_;
  ReaderOptions options_;
  simdjson::dom::parser parser_;
  std::string line_;
  std::size_t line_number_ = 0;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<BufferedInput> input,
                                              const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(std::move(input), options);
}

}  // namespace dyad
