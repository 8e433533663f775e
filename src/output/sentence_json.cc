#include "output/sentence_json.h"

#include "output/json_writer.h"
#include "text/tokenizer.h"

namespace dyad {

void AppendSentencesJsonl(const Document& doc, bool with_tokens, std::string* out) {
  const std::string& clean = doc.clean.text.text;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    JsonWriter json(out);
    json.BeginObject();
    json.Key("article_id").String(doc.article.id);
    json.Key("index").Uint(i);
    json.Key("kind").String(TextKindName(s.kind));
    json.Key("text").String(doc.Text(s));
    Span span = doc.InputSpan(s);
    json.Key("span").SpanArray(span.begin, span.end);
    if (s.in_title_field) json.Key("field").String("title");
    json.Key("paragraph").Uint(s.paragraph);
    if (with_tokens) {
      json.Key("tokens").BeginArray();
      for (uint32_t t = s.first_token; t < s.last_token; ++t) {
        const Token& token = doc.tokens[t];
        json.BeginObject();
        json.Key("text").String(doc.Text(token));
        Span ts = doc.InputSpan(token);
        json.Key("span").SpanArray(ts.begin, ts.end);
        json.Key("kind").String(TokenKindName(token.kind));
        if (token.has(kHyphenated)) {
          json.Key("parts").BeginArray();
          for (const dyad::Span& part : HyphenParts(clean, token)) {
            Span ps = doc.InputSpan(part.begin, part.end);
            json.SpanArray(ps.begin, ps.end);
          }
          json.EndArray();
        }
        if (token.has(kClitic)) json.Key("clitic").Bool(true);
        if (token.has(kAbbreviation)) json.Key("abbrev").Bool(true);
        json.EndObject();
      }
      json.EndArray();
    }
    json.EndObject();
    out->push_back('\n');
  }
}

}  // namespace dyad
