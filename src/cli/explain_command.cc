// `dyad explain`: how dyad reads one sentence (or a file): tokens with their word classes,
// actors, events with the patterns that fired, and why other trigger words coded nothing.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/dictionary_flags.h"
#include "syntax/shallow_parse.h"
#include "syntax/word_classes.h"
#include "text/case_fold.h"

namespace dyad::cli {
namespace {

struct ExplainFlags {
  DictionaryFlags dict;
  std::string sentence;
  std::string file;
  std::string date;
};

// A short word-class tag for display.
std::string Tag(const EventCoder& coder, const Document& doc, const CodedArticle& coded,
                uint32_t t) {
  for (const ActorMention& m : coded.mentions) {
    if (t >= m.first_token && t < m.last_token) return m.place ? "PLACE" : "ACTOR";
  }
  for (const Event& ev : coded.events) {
    if (t >= ev.trigger_first && t < ev.trigger_last) return ev.nominal ? "EVENT-N" : "EVENT-V";
  }
  const Token& token = doc.tokens[t];
  std::string w = FoldCase(doc.Text(token));
  if (token.kind == TokenKind::kPunct) return "PUNCT";
  if (token.kind == TokenKind::kNumber) return "NUM";
  if (IsNegation(w)) return "NEG";
  if (IsModal(w)) return "MODAL";
  if (IsFormOfBe(w) || IsFormOfHave(w) || IsFormOfDo(w)) return "AUX";
  if (IsPreposition(w)) return "PREP";
  if (IsDeterminer(w)) return "DET";
  if (IsSubjectPronoun(w)) return "PRON";
  if (IsConjunction(w)) return "CONJ";
  if (IsSpeechVerb(w)) return "SAY";
  if (coder.dictionary().Verb(w) != nullptr) return "V?";
  if (coder.dictionary().Noun(w) != nullptr) return "N?";
  return "W";
}

std::string MentionText(const Document& doc, const ActorMention& m) {
  return std::string(doc.Text(m.text_begin, m.text_end));
}

int RunExplain(const ExplainFlags& flags) {
  std::string text = flags.sentence;
  if (!flags.file.empty()) {
    std::ifstream in(flags.file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "dyad explain: %s: cannot open\n", flags.file.c_str());
      return 2;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  }
  if (text.empty()) {
    std::fprintf(stderr, "dyad explain: give a sentence or --file\n");
    return 2;
  }
  std::shared_ptr<const EventCoder> coder = flags.dict.LoadCoder("explain");
  if (coder == nullptr) return 2;
  const ActorDictionary& dict = coder->recognizer().dictionary();
  RawArticle article;
  article.content = text;
  article.date = flags.date;
  article.id = "explain";
  Document doc = BuildDocument(std::move(article), Limits());
  CodedArticle coded = coder->Code(doc, /*notes=*/true);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    std::printf("sentence %u [%s]: %.*s\n", s, std::string(TextKindName(sentence.kind)).c_str(),
                static_cast<int>(doc.Text(sentence).size()), doc.Text(sentence).data());
    std::printf("  tokens:");
    for (uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
      std::string word(doc.Text(doc.tokens[t]));
      std::printf(" %s/%s", word.c_str(), Tag(*coder, doc, coded, t).c_str());
    }
    std::printf("\n");
    ShallowParse parse = ParseShallow(
        doc, s, [&](std::string_view w) { return coder->dictionary().Verb(w) != nullptr; });
    std::printf("  parts of speech:");
    for (uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
      std::string word(doc.Text(doc.tokens[t]));
      std::printf(" %s/%s", word.c_str(),
                  std::string(PosName(parse.pos[t - sentence.first_token])).c_str());
    }
    std::printf("\n  chunks:");
    for (const Chunk& chunk : parse.chunks) {
      const char* kind = chunk.kind == ChunkKind::kNounPhrase   ? "NP"
                         : chunk.kind == ChunkKind::kVerbPhrase ? "VP"
                                                                : "PP";
      std::printf(
          " [%s %s]", kind,
          std::string(doc.Text(doc.tokens[chunk.first].begin, doc.tokens[chunk.last - 1].end))
              .c_str());
    }
    std::printf("\n  clauses:");
    for (std::size_t c = 0; c < parse.clause_starts.size(); ++c) {
      uint32_t first = parse.clause_starts[c];
      uint32_t last =
          c + 1 < parse.clause_starts.size() ? parse.clause_starts[c + 1] : sentence.last_token;
      std::printf(" [%s]",
                  std::string(doc.Text(doc.tokens[first].begin, doc.tokens[last - 1].end)).c_str());
    }
    std::printf("\n");
    for (const ActorMention& m : coded.mentions) {
      if (m.sentence != s) continue;
      std::string entry = "-";
      if (m.entry >= 0) {
        const DictEntry& e = dict.entry(static_cast<uint32_t>(m.entry)).source;
        entry = e.file + ":" + std::to_string(e.line);
      }
      std::printf("  actor: \"%s\" = %s (%s%s%s) [%s]\n", MentionText(doc, m).c_str(),
                  m.code.c_str(), std::string(MentionKindName(m.kind)).c_str(),
                  m.place ? ", place" : "",
                  m.sponsor.empty() ? "" : (", sponsor " + m.sponsor).c_str(), entry.c_str());
    }
    for (const Event& ev : coded.events) {
      if (ev.sentence != s) continue;
      auto side = [&](const EventArgument& a) {
        if (a.mention >= 0) {
          const ActorMention& m = coded.mentions[static_cast<std::size_t>(a.mention)];
          return m.code + " \"" + MentionText(doc, m) + "\"" + (a.reference ? " (reference)" : "");
        }
        if (a.present()) {
          return std::string("- \"") +
                 std::string(
                     doc.Text(doc.tokens[a.first_token].begin, doc.tokens[a.last_token - 1].end)) +
                 "\"";
        }
        return std::string("-");
      };
      std::printf(
          "  event: %s -> %s : %s %s (goldstein %.1f, quad %d, plover %s)%s%s%s%s  [%s:%u]\n",
          side(ev.source).c_str(), side(ev.target).c_str(), ev.cameo->code.c_str(),
          ev.cameo->label.c_str(), ev.cameo->goldstein, ev.cameo->quad,
          ev.cameo->plover_type.c_str(), ev.negated ? " negated" : "",
          ev.modality.empty() ? "" : (" modality=" + ev.modality).c_str(),
          ev.passive ? " passive" : "",
          ev.attribution >= 0
              ? (" said-by " + coded.mentions[static_cast<std::size_t>(ev.attribution)].code)
                    .c_str()
              : "",
          ev.pattern->file.c_str(), ev.pattern->line);
    }
    for (const TriggerNote& note : coded.notes) {
      if (note.sentence != s) continue;
      std::string word(doc.Text(doc.tokens[note.token]));
      std::printf("  no event from \"%s\": %s\n", word.c_str(), note.message.c_str());
    }
  }
  return 0;
}

}  // namespace

void AddExplainCommand(CLI::App* app, SetAction set_action) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* command = app->add_subcommand(
      "explain",
      "Show how dyad reads a sentence: tokens with word classes, actors, events with the "
      "pattern that fired, and why other event words coded nothing");
  command->add_option("sentence", flags->sentence, "The sentence (or text) to explain");
  command->add_option("--file", flags->file, "Explain the text of this file instead");
  command->add_option("--date", flags->date, "Article date (YYYY-MM-DD) for dated actor codes");
  flags->dict.AddTo(command);
  command->callback([flags, set_action] { set_action([flags] { return RunExplain(*flags); }); });
}

}  // namespace dyad::cli
