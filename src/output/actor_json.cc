#include "output/actor_json.h"

namespace dyad {
namespace {

void WriteEntryRef(const ActorDictionary& dict, int32_t id, JsonWriter* json) {
  if (id < 0) {
    json->Null();
    return;
  }
  const DictEntry& e = dict.entry(static_cast<uint32_t>(id)).source;
  json->BeginObject();
  json->Key("file").String(e.file);
  json->Key("line").Uint(e.line);
  json->EndObject();
}

void StringOrNull(const std::string& value, JsonWriter* json) {
  if (value.empty()) {
    json->Null();
  } else {
    json->String(value);
  }
}

}  // namespace

void WriteActorFields(const Document& doc, const ActorDictionary& dict, const ActorMention& m,
                      JsonWriter* json) {
  json->Key("text").String(doc.Text(m.text_begin, m.text_end));
  Span span = doc.InputSpan(m.text_begin, m.text_end);
  json->Key("span").SpanArray(span.begin, span.end);
  json->Key("code").String(m.code);
  json->Key("country");
  StringOrNull(m.country, json);
  json->Key("roles").BeginArray();
  for (const std::string& role : m.roles) json->String(role);
  json->EndArray();
  json->Key("organisation");
  StringOrNull(m.organisation, json);
  json->Key("sponsor");
  StringOrNull(m.sponsor, json);
  if (!m.leader.empty()) json->Key("leader").String(m.leader);
  json->Key("sector");
  StringOrNull(m.sector, json);
  json->Key("kind").String(MentionKindName(m.kind));
  json->Key("name").String(m.name);
  if (m.former) json->Key("former").Bool(true);
  if (m.place) json->Key("place").Bool(true);
  if (m.resolved_from_context) json->Key("resolved_from_context").Bool(true);
  json->Key("entry");
  WriteEntryRef(dict, m.entry, json);
  json->Key("role_entry");
  WriteEntryRef(dict, m.role_entry, json);
}

void WriteActorJson(const Document& doc, const ActorDictionary& dict, const ActorMention& m,
                    JsonWriter* json) {
  json->BeginObject();
  WriteActorFields(doc, dict, m, json);
  json->EndObject();
}

void AppendActorsJsonl(const Document& doc, const ActorDictionary& dict,
                       const std::vector<ActorMention>& mentions, std::string* out) {
  for (const ActorMention& m : mentions) {
    JsonWriter json(out);
    json.BeginObject();
    json.Key("article_id").String(doc.article.id);
    json.Key("sentence_index").Uint(m.sentence);
    WriteActorFields(doc, dict, m, &json);
    json.EndObject();
    out->push_back('\n');
  }
}

}  // namespace dyad
