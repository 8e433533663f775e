#include "output/event_writers.h"

#include <cstdio>

#include "actors/date.h"
#include "base/hash.h"
#include "output/actor_json.h"
#include "output/json_writer.h"

namespace dyad {
namespace {

// The text and span of an argument: the mention, or the words of a non-actor phrase.
std::string ArgumentText(const Document& doc, const CodedArticle& coded, const EventArgument& a) {
  if (a.mention >= 0 && !a.reference) {
    const ActorMention& m = coded.mentions[static_cast<std::size_t>(a.mention)];
    return std::string(doc.Text(m.text_begin, m.text_end));
  }
  if (a.last_token > a.first_token) {
    return std::string(doc.Text(doc.tokens[a.first_token].begin, doc.tokens[a.last_token - 1].end));
  }
  if (a.mention >= 0) {
    const ActorMention& m = coded.mentions[static_cast<std::size_t>(a.mention)];
    return std::string(doc.Text(m.text_begin, m.text_end));
  }
  return "";
}

void WriteArgument(const Document& doc, const ActorDictionary& dict, const CodedArticle& coded,
                   const EventArgument& a, JsonWriter* json) {
  if (!a.present()) {
    json->Null();
    return;
  }
  json->BeginObject();
  if (a.mention >= 0) {
    const ActorMention& m = coded.mentions[static_cast<std::size_t>(a.mention)];
    WriteActorFields(doc, dict, m, json);
    if (a.reference) {
      json->Key("reference").String(ArgumentText(doc, coded, a));
    }
  } else {
    // A target phrase without a known actor.
    json->Key("text").String(ArgumentText(doc, coded, a));
    Span span = doc.InputSpan(doc.tokens[a.first_token].begin, doc.tokens[a.last_token - 1].end);
    json->Key("span").SpanArray(span.begin, span.end);
    json->Key("code").Null();
    json->Key("country").Null();
  }
  json->EndObject();
}

const ActorMention* MentionOf(const CodedArticle& coded, const EventArgument& a) {
  return a.mention >= 0 ? &coded.mentions[static_cast<std::size_t>(a.mention)] : nullptr;
}

std::string CsvField(std::string_view value) {
  bool quote = value.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ';';
    out += item;
  }
  return out;
}

std::string Goldstein(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%.1f", value);
  return buffer;
}

}  // namespace

bool ParseEventFormat(std::string_view name, EventFormat* format) {
  if (name == "jsonl")
    *format = EventFormat::kJsonl;
  else if (name == "csv")
    *format = EventFormat::kCsv;
  else if (name == "gdelt")
    *format = EventFormat::kGdelt;
  else
    return false;
  return true;
}

std::string EventHeader(EventFormat format) {
  if (format != EventFormat::kCsv) return "";
  return "article_id,sentence_index,date,source_text,source_code,source_country,source_roles,"
         "source_sponsor,target_text,target_code,target_country,target_roles,target_sponsor,"
         "cameo,root,quad,goldstein,plover,mode,event_text,event_begin,event_end,negated,"
         "modality,attribution_code,pattern_file,pattern_line\n";
}

void AppendEvents(const Document& doc, const ActorDictionary& dict, const CodedArticle& coded,
                  EventFormat format, std::string* out) {
  Date date = ParseArticleDate(doc.article.date);
  for (std::size_t i = 0; i < coded.events.size(); ++i) {
    const Event& ev = coded.events[i];
    const CameoCode& c = *ev.cameo;
    const Token& first = doc.tokens[ev.trigger_first];
    const Token& last = doc.tokens[ev.trigger_last - 1];
    Span trigger = doc.InputSpan(first.begin, last.end);
    std::string trigger_text(doc.Text(first.begin, last.end));
    const ActorMention* src = MentionOf(coded, ev.source);
    const ActorMention* tgt = MentionOf(coded, ev.target);
    const ActorMention* attribution =
        ev.attribution >= 0 ? &coded.mentions[static_cast<std::size_t>(ev.attribution)] : nullptr;
    if (format == EventFormat::kJsonl) {
      JsonWriter json(out);
      json.BeginObject();
      json.Key("article_id").String(doc.article.id);
      json.Key("sentence_index").Uint(ev.sentence);
      json.Key("date");
      if (date == kNoDate) {
        json.Null();
      } else {
        json.String(FormatDate(date));
      }
      json.Key("source");
      WriteArgument(doc, dict, coded, ev.source, &json);
      json.Key("target");
      WriteArgument(doc, dict, coded, ev.target, &json);
      json.Key("event").BeginObject();
      json.Key("cameo").String(c.code);
      json.Key("root").String(c.root());
      json.Key("quad").Int(c.quad);
      json.Key("goldstein").Double(c.goldstein);
      json.Key("plover");
      if (c.plover_type.empty() || c.plover_type == "-") {
        json.Null();  // PLOVER does not code CAMEO's comments and appeals (01, 02)
      } else {
        json.String(c.plover_type);
      }
      json.Key("mode").String(c.plover_mode);
      json.Key("context").String(c.plover_context);
      json.Key("label").String(c.label);
      json.Key("text").String(trigger_text);
      json.Key("span").SpanArray(trigger.begin, trigger.end);
      json.Key("nominal").Bool(ev.nominal);
      json.Key("passive").Bool(ev.passive);
      if (ev.base_code != c.code) json.Key("base_cameo").String(ev.base_code);
      json.EndObject();
      json.Key("negated").Bool(ev.negated);
      json.Key("modality");
      if (ev.modality.empty()) {
        json.Null();
      } else {
        json.String(ev.modality);
      }
      json.Key("attribution");
      if (attribution == nullptr) {
        json.Null();
      } else {
        WriteActorJson(doc, dict, *attribution, &json);
      }
      json.Key("sentence").String(doc.Text(doc.sentences[ev.sentence]));
      json.Key("pattern").BeginObject();
      json.Key("file").String(ev.pattern->file);
      json.Key("line").Uint(ev.pattern->line);
      json.EndObject();
      json.EndObject();
      out->push_back('\n');
    } else if (format == EventFormat::kCsv) {
      std::vector<std::string> f = {doc.article.id,
                                    std::to_string(ev.sentence),
                                    date == kNoDate ? "" : FormatDate(date),
                                    ArgumentText(doc, coded, ev.source),
                                    src ? src->code : "",
                                    src ? src->country : "",
                                    src ? Joined(src->roles) : "",
                                    src ? src->sponsor : "",
                                    ArgumentText(doc, coded, ev.target),
                                    tgt ? tgt->code : "",
                                    tgt ? tgt->country : "",
                                    tgt ? Joined(tgt->roles) : "",
                                    tgt ? tgt->sponsor : "",
                                    c.code,
                                    c.root(),
                                    std::to_string(c.quad),
                                    Goldstein(c.goldstein),
                                    c.plover_type,
                                    c.plover_mode,
                                    trigger_text,
                                    std::to_string(trigger.begin),
                                    std::to_string(trigger.end),
                                    ev.negated ? "true" : "false",
                                    ev.modality,
                                    attribution ? attribution->code : "",
                                    ev.pattern->file,
                                    std::to_string(ev.pattern->line)};
      for (std::size_t k = 0; k < f.size(); ++k) {
        if (k > 0) out->push_back(',');
        out->append(CsvField(f[k]));
      }
      out->push_back('\n');
    } else {
      // GDELT 2.0 event table: 61 columns.
      std::vector<std::string> f(61);
      uint64_t id = Fnv1a64(doc.article.id + "#" + std::to_string(i)) & 0x7fffffffffffffffull;
      f[0] = std::to_string(id);
      if (date != kNoDate) {
        f[1] = std::to_string(date);
        f[2] = std::to_string(date / 100);
        f[3] = std::to_string(date / 10000);
        int day_of_year = ((date / 100) % 100 - 1) * 30 + date % 100;  // GDELT's approximation
        char fraction[16];
        std::snprintf(fraction, sizeof(fraction), "%.4f", date / 10000 + day_of_year / 365.0);
        f[4] = fraction;
        f[59] = std::to_string(date) + "000000";
      }
      auto actor = [&](const ActorMention* m, const EventArgument& a, std::size_t base) {
        if (m == nullptr) {
          if (a.present()) f[base + 1] = ArgumentText(doc, coded, a);
          return;
        }
        f[base] = m->code;
        f[base + 1] = m->name.empty() ? ArgumentText(doc, coded, a) : m->name;
        f[base + 2] = m->country;
        f[base + 3] = m->organisation;
        for (std::size_t r = 0; r < m->roles.size() && r < 3; ++r) f[base + 7 + r] = m->roles[r];
      };
      actor(src, ev.source, 5);
      actor(tgt, ev.target, 15);
      f[25] = "0";
      f[26] = c.code;
      f[27] = c.code.substr(0, 3);
      f[28] = c.root();
      f[29] = std::to_string(c.quad);
      f[30] = Goldstein(c.goldstein);
      f[31] = "1";
      f[32] = "1";
      f[33] = "1";
      f[60] = doc.article.url;
      for (std::size_t k = 0; k < f.size(); ++k) {
        if (k > 0) out->push_back('\t');
        for (char ch : f[k]) out->push_back(ch == '\t' || ch == '\n' ? ' ' : ch);
      }
      out->push_back('\n');
    }
  }
}

}  // namespace dyad
