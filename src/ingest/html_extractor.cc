// Two iterative passes over gumbo's tree: the first surveys the page (headline, date, where
// the paragraph text is), the second emits the blocks of the chosen main element. Text is
// decoded from the page's own bytes, not from gumbo's decoded copy, so that every output byte
// keeps its source span.
#include "ingest/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>

#include "ingest/html_nesting.h"
#include "ingest/html_text.h"

namespace dyad {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Elements whose content is never page text (code, widgets, embedded media).
bool IsOpaqueTag(GumboTag tag) {
  // clang-format off
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
  // clang-format on
}

// Elements left out of the main text: the opaque ones and page furniture. (<header> is
// decided separately: a page's header is furniture, an article's own is not.)
bool IsFurnitureTag(GumboTag tag) {
  // clang-format off
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return IsOpaqueTag(tag);
  }
  // clang-format on
}

// Elements that start and end a block of text.
bool IsBlockTag(GumboTag tag) {
  // clang-format off
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_UL: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
  // clang-format on
}

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

std::string_view Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}
bool HasAttr(const GumboNode* node, const char* name) {
  return gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

// True when a class or id value names page furniture. Short or ambiguous words must be a
// whole '-'/'_'-separated word ("ad-slot", not "shadow"; "comments", not "commentary").
bool NamesFurniture(std::string_view value) {
  static constexpr std::string_view kSubstrings[] = {
      "share",  "social",     "related",  "readalso",   "read-also", "recommend", "newsletter",
      "promo",  "advert",     "cookie",   "breadcrumb", "sidebar",   "menu",      "footer",
      "navbar", "navigation", "outbrain", "taboola",    "sponsor",   "popup",     "paywall-prompt"};
  static constexpr std::string_view kWords[] = {
      "nav", "ad", "ads", "comment", "comments", "subscribe", "banner", "toolbar", "widget"};
  static constexpr std::string_view kTokens[] = {"hidden", "sr-only", "visually-hidden",
                                                 "visuallyhidden", "screen-reader-text"};
  std::string lower = LowerAscii(value);
  std::string_view rest = lower;
  while (!rest.empty()) {
    std::size_t end = rest.find_first_of(" \t\n\r\f");
    std::string_view token = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (token.empty()) continue;
    for (std::string_view t : kTokens) {
      if (token == t) return true;
    }
    for (std::string_view s : kSubstrings) {
      if (token.find(s) != std::string_view::npos) return true;
    }
    for (std::size_t begin = 0; begin <= token.size();) {
      std::size_t stop = token.find_first_of("-_", begin);
      if (stop == std::string_view::npos) stop = token.size();
      std::string_view word = token.substr(begin, stop - begin);
      for (std::string_view w : kWords) {
        if (word == w) return true;
      }
      begin = stop + 1;
    }
  }
  return false;
}

// True for text that reads as page furniture rather than article text.
bool ReadsAsBoilerplate(std::string_view text) {
  static constexpr std::string_view kPrefixes[] = {
      "read also",       "also read",        "read more", "related:",     "related articles",
      "related stories", "related coverage", "see also",  "more on this", "advertisement",
      "share this",      "share on",         "share:",    "follow us",    "sign up for",
      "subscribe to",    "click here",       "share"};
  std::string head = LowerAscii(text.substr(0, 40));
  for (std::string_view p : kPrefixes) {
    if (head.compare(0, p.size(), p) != 0) continue;
    // "share" must stand alone ("Shares of..." is news).
    if (p == "share" && text.size() != p.size()) continue;
    if (head.size() == p.size() || !IsAsciiAlnum(head[p.size()]) || p.back() == ':') return true;
  }
  return false;
}

// Decodes the text node `node` (TEXT, CDATA or WHITESPACE) of `html` into `out`. Nodes whose
// source gumbo did not keep map all their bytes to the parent's start tag.
void AddTextNode(std::string_view html, const GumboNode* node, SpanTextBuilder* out) {
  const GumboText& t = node->v.text;
  uintptr_t base = reinterpret_cast<uintptr_t>(html.data());
  uintptr_t data = reinterpret_cast<uintptr_t>(t.original_text.data);
  bool in_buffer = t.original_text.data != nullptr && data >= base &&
                   t.original_text.length <= html.size() &&
                   data - base <= html.size() - t.original_text.length;
  GumboTag parent = node->parent != nullptr && IsElement(node->parent) ? node->parent->v.element.tag
                                                                       : GUMBO_TAG_UNKNOWN;
  if (in_buffer && node->type != GUMBO_NODE_CDATA) {
    std::size_t begin = data - base;
    bool raw = parent == GUMBO_TAG_TITLE || parent == GUMBO_TAG_XMP ||
               parent == GUMBO_TAG_PLAINTEXT || parent == GUMBO_TAG_TEXTAREA;
    DecodeHtmlText(html, begin, begin + t.original_text.length, !raw, out);
    return;
  }
  uint32_t begin = 0, end = 0;
  if (node->parent != nullptr && IsElement(node->parent)) {
    const GumboElement& e = node->parent->v.element;
    begin = std::min<uint32_t>(e.start_pos.offset, static_cast<uint32_t>(html.size()));
    end = std::min<uint32_t>(begin + static_cast<uint32_t>(e.original_tag.length),
                             static_cast<uint32_t>(html.size()));
  }
  SpanTextBuilder scratch;  // decode gumbo's text to collapse its white space the same way
  std::string_view text = t.text == nullptr ? std::string_view() : std::string_view(t.text);
  DecodeHtmlText(text, 0, text.size(), false, &scratch);
  SourceBlock decoded = scratch.Take(BlockHint::kUnknown);
  out->Whitespace(begin, end);
  if (!decoded.text.empty()) out->Append(decoded.text, begin, end, false);
}

// Visits the subtree of `root` depth-first with an explicit stack. `visit(node, depth,
// entering)` is called when entering every node and when leaving every element it descended
// into; on entering it returns whether to descend. Nodes deeper than `max_depth` are not
// visited; when `too_deep` is set they are counted there.
void WalkTree(const GumboNode* root, std::size_t root_depth, std::size_t max_depth,
              const std::function<bool(const GumboNode*, std::size_t, bool)>& visit,
              std::size_t* too_deep) {
  struct Frame {
    const GumboNode* node;
    std::size_t depth;
    bool leaving;
  };
  std::vector<Frame> stack = {{root, root_depth, false}};
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    if (f.leaving) {
      visit(f.node, f.depth, false);
      continue;
    }
    bool deep = f.depth > max_depth;
    if (deep && too_deep == nullptr) continue;
    if (deep) {
      if (f.node->type != GUMBO_NODE_WHITESPACE && f.node->type != GUMBO_NODE_COMMENT) {
        ++*too_deep;
      }
    } else if (!visit(f.node, f.depth, true)) {
      continue;
    }
    if (!IsElement(f.node)) continue;
    if (!deep) stack.push_back({f.node, f.depth, true});
    const GumboVector& children = f.node->v.element.children;
    for (unsigned k = children.length; k > 0; --k) {
      stack.push_back({static_cast<const GumboNode*>(children.data[k - 1]), f.depth + 1, false});
    }
  }
}

// The whitespace-collapsed text of `node`'s subtree, furniture left out.
std::string CollectText(std::string_view html, const GumboNode* node, std::size_t depth,
                        std::size_t max_depth) {
  SpanTextBuilder builder;
  WalkTree(
      node, depth, max_depth,
      [&](const GumboNode* n, std::size_t, bool entering) {
        if (!entering) return false;
        if (IsElement(n)) {
          if (n->v.element.tag == GUMBO_TAG_BR) builder.Whitespace(0, 0);
          return n == node || !IsFurnitureTag(n->v.element.tag);
        }
        if (n->type == GUMBO_NODE_WHITESPACE) builder.Whitespace(0, 0);
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
          AddTextNode(html, n, &builder);
        }
        return false;
      },
      nullptr);
  return builder.Take(BlockHint::kUnknown).text;
}

// Date sources in order of preference (lower is better).
int DateRank(std::string_view key) {
  static constexpr std::string_view kKeys[] = {
      "article:published_time", "date",          "pubdate",         "publishdate", "dc.date",
      "dc.date.issued",         "sailthru.date", "parsely-pub-date"};
  for (std::size_t k = 0; k < std::size(kKeys); ++k) {
    if (key == kKeys[k]) return static_cast<int>(k);
  }
  return -1;
}
constexpr int kItempropDateRank = 8;
constexpr int kTimeDateRank = 9;

// Facts about an element gathered when leaving it, for the second pass.
struct ElementFacts {
  std::size_t paragraph_text = 0;  // bytes of text inside <p> elements, furniture left out
  std::size_t all_text = 0;        // bytes of any text, furniture left out
  bool has_h1 = false;
  bool has_nav = false;
  std::size_t depth = 0;
};

struct Candidate {
  const GumboNode* node;
  long parent;  // index of the nearest enclosing candidate, or -1
};

struct Survey {
  std::string og_title, title_tag;
  std::vector<std::string> h1_texts;  // the first few outside furniture, for the headline
  std::string date;
  int date_rank = INT_MAX;
  const GumboNode* body = nullptr;
  std::vector<Candidate> candidates;  // article-like elements, in document order
  // Facts about <html>, <body>, candidates, <header>s and elements named like furniture.
  std::unordered_map<const GumboNode*, ElementFacts> facts;
};

bool IsCandidate(const GumboNode* node) {
  GumboTag tag = node->v.element.tag;
  return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
         LowerAscii(Attr(node, "itemprop")) == "articlebody" ||
         LowerAscii(Attr(node, "role")) == "main";
}

bool NamedLikeFurniture(const GumboNode* node) {
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return false;
  return NamesFurniture(Attr(node, "class")) || NamesFurniture(Attr(node, "id"));
}

void OfferDate(Survey* survey, int rank, std::string_view value) {
  std::string date = CollapseWhitespace(value);
  if (rank < 0 || rank >= survey->date_rank || date.empty()) return;
  survey->date = std::move(date);
  survey->date_rank = rank;
}

// Pass 1: headline and date sources, and where the text is. Walks the whole page, furniture
// included (metadata and headlines may sit anywhere), but not opaque elements.
Survey SurveyPage(std::string_view html, const GumboNode* root, std::size_t max_depth,
                  std::size_t* too_deep) {
  Survey s;
  struct Open {
    const GumboNode* node;
    ElementFacts facts;
    bool keep;       // record its facts on leaving
    long candidate;  // index of the nearest candidate at or above it, or -1
  };
  std::vector<Open> path;
  std::size_t in_p = 0, in_furniture = 0;
  WalkTree(
      root, 1, max_depth,
      [&](const GumboNode* node, std::size_t depth, bool entering) {
        if (!IsElement(node)) {
          if (node->type == GUMBO_NODE_TEXT && !path.empty() && in_furniture == 0) {
            std::size_t n = node->v.text.original_text.length;
            path.back().facts.all_text += n;
            if (in_p > 0) path.back().facts.paragraph_text += n;
          }
          return false;
        }
        GumboTag tag = node->v.element.tag;
        if (!entering) {
          Open open = path.back();
          path.pop_back();
          if (tag == GUMBO_TAG_P) --in_p;
          if (IsFurnitureTag(tag)) --in_furniture;
          if (!path.empty()) {
            ElementFacts& parent = path.back().facts;
            parent.paragraph_text += open.facts.paragraph_text;
            parent.all_text += open.facts.all_text;
            parent.has_h1 |= open.facts.has_h1;
            parent.has_nav |= open.facts.has_nav;
          }
          if (open.keep) s.facts[node] = open.facts;
          return false;
        }
        if (IsOpaqueTag(tag) || node->type == GUMBO_NODE_TEMPLATE) return false;
        if (tag == GUMBO_TAG_META) {
          std::string property = LowerAscii(Attr(node, "property"));
          std::string name = LowerAscii(Attr(node, "name"));
          std::string_view content = Attr(node, "content");
          if ((property == "og:title" || name == "og:title") && s.og_title.empty()) {
            s.og_title = CollapseWhitespace(content);
          }
          OfferDate(&s, DateRank(property == "article:published_time" ? property : name), content);
        }
        if (LowerAscii(Attr(node, "itemprop")) == "datepublished") {
          std::string_view value = Attr(node, "content");
          if (value.empty()) value = Attr(node, "datetime");
          std::string text = value.empty() ? CollectText(html, node, depth, max_depth) : "";
          OfferDate(&s, kItempropDateRank, value.empty() ? std::string_view(text) : value);
        }
        if (tag == GUMBO_TAG_TITLE && s.title_tag.empty()) {
          s.title_tag = CollectText(html, node, depth, max_depth);
        }
        if (tag == GUMBO_TAG_NAV && !path.empty()) path.back().facts.has_nav = true;
        if (tag == GUMBO_TAG_H1 && in_furniture == 0) {
          if (!path.empty()) path.back().facts.has_h1 = true;
          if (s.h1_texts.size() < 16) {
            s.h1_texts.push_back(CollectText(html, node, depth, max_depth));
          }
        }
        if (tag == GUMBO_TAG_BODY && s.body == nullptr) s.body = node;
        long candidate = path.empty() ? -1 : path.back().candidate;
        bool is_candidate = in_furniture == 0 && IsCandidate(node);
        if (is_candidate) {
          s.candidates.push_back({node, candidate});
          candidate = static_cast<long>(s.candidates.size() - 1);
        }
        bool keep = is_candidate || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
                    tag == GUMBO_TAG_HEADER || NamedLikeFurniture(node);
        ElementFacts facts;
        facts.depth = depth;
        path.push_back({node, facts, keep, candidate});
        if (tag == GUMBO_TAG_P) ++in_p;
        if (IsFurnitureTag(tag)) ++in_furniture;
        return true;
      },
      too_deep);
  return s;
}

// The element whose blocks make the article: the candidate holding the most paragraph text
// (or an inner one holding at least 80% of that, such as <article> inside <main>) when that
// is at least half of the body's, else the body.
const GumboNode* ChooseRoot(const Survey& s, const GumboNode* fallback) {
  const GumboNode* body = s.body != nullptr ? s.body : fallback;
  auto body_facts = s.facts.find(body);
  if (body_facts == s.facts.end()) return body;
  bool by_paragraphs = body_facts->second.paragraph_text > 0;
  auto measure = [&](const GumboNode* n) {
    auto f = s.facts.find(n);
    if (f == s.facts.end()) return std::size_t{0};
    return by_paragraphs ? f->second.paragraph_text : f->second.all_text;
  };
  long best = -1;
  std::size_t best_measure = 0;
  for (std::size_t k = 0; k < s.candidates.size(); ++k) {
    std::size_t m = measure(s.candidates[k].node);
    if (m > best_measure) best = static_cast<long>(k), best_measure = m;
  }
  if (best < 0 || best_measure * 2 < measure(body)) return body;
  for (bool moved = true; moved;) {
    moved = false;
    for (std::size_t k = static_cast<std::size_t>(best) + 1; k < s.candidates.size(); ++k) {
      std::size_t m = measure(s.candidates[k].node);
      if (s.candidates[k].parent == best && m > 0 && m * 10 >= best_measure * 8) {
        best = static_cast<long>(k);
        moved = true;
        break;
      }
    }
  }
  return s.candidates[static_cast<std::size_t>(best)].node;
}

std::string TitleFrom(const Survey& s) {
  if (!s.og_title.empty()) return s.og_title;
  std::string_view title = s.title_tag;
  if (!title.empty()) {
    // Drop a " | Site" suffix when the part before it is the page's <h1>.
    static constexpr std::string_view kSeparators[] = {
        " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
    for (std::string_view sep : kSeparators) {
      for (std::size_t at = title.rfind(sep); at != std::string_view::npos && at > 0;
           at = title.rfind(sep, at - 1)) {
        std::string before = LowerAscii(title.substr(0, at));
        for (const std::string& h1 : s.h1_texts) {
          if (LowerAscii(h1) == before) return std::string(title.substr(0, at));
        }
      }
    }
    return std::string(title);
  }
  for (const std::string& h1 : s.h1_texts) {
    if (!h1.empty()) return h1;
  }
  return "";
}

// Pass 2: emits the blocks of `root`'s subtree into `page`, and the first <time datetime>
// in it into `*time_date`.
void EmitBlocks(std::string_view html, const Survey& s, const GumboNode* root,
                std::size_t max_depth, HtmlPage* page, std::string* time_date) {
  auto facts_of = [&](const GumboNode* n) {
    auto it = s.facts.find(n);
    return it == s.facts.end() ? ElementFacts() : it->second;
  };
  ElementFacts root_facts = facts_of(root);
  std::size_t root_measure = std::max(root_facts.all_text, std::size_t{1});
  bool root_is_candidate = IsCandidate(root);
  SpanTextBuilder builder;
  std::vector<BlockHint> hints = {BlockHint::kParagraph};
  bool seen_h1 = false;
  auto flush = [&] {
    if (builder.empty()) return;
    SourceBlock block = builder.Take(hints.back());
    if (ReadsAsBoilerplate(block.text)) block.hint = BlockHint::kBoilerplate;
    page->blocks.push_back(std::move(block));
  };
  WalkTree(
      root, root_facts.depth, max_depth,
      [&](const GumboNode* node, std::size_t, bool entering) {
        if (!IsElement(node)) {
          if (node->type != GUMBO_NODE_COMMENT) AddTextNode(html, node, &builder);
          return false;
        }
        const GumboElement& e = node->v.element;
        if (!entering) {
          if (IsBlockTag(e.tag)) {
            flush();
            hints.pop_back();
          }
          return false;
        }
        if (node != root) {
          if (e.tag == GUMBO_TAG_HEADER) {
            ElementFacts f = facts_of(node);
            if (!root_is_candidate && (!f.has_h1 || f.has_nav)) return false;
          } else if (IsFurnitureTag(e.tag)) {
            return false;
          }
          if (HasAttr(node, "hidden")) return false;
          std::string style = LowerAscii(Attr(node, "style"));
          style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
          if (style.find("display:none") != std::string::npos) return false;
          // Class names lie ("has-sidebar" on the main column): keep a furniture-named
          // element that holds most of the text.
          if (NamedLikeFurniture(node) && facts_of(node).all_text * 2 <= root_measure) {
            return false;
          }
        }
        if (e.tag == GUMBO_TAG_TIME && time_date->empty()) {
          *time_date = CollapseWhitespace(Attr(node, "datetime"));
        }
        if (e.tag == GUMBO_TAG_BR || e.tag == GUMBO_TAG_HR) {
          builder.Whitespace(e.start_pos.offset,
                             e.start_pos.offset + static_cast<uint32_t>(e.original_tag.length));
        }
        if (IsBlockTag(e.tag)) {
          flush();
          BlockHint hint = BlockHint::kParagraph;
          if (e.tag == GUMBO_TAG_H1 && !seen_h1) {
            hint = BlockHint::kTitle;
            seen_h1 = true;
          } else if (IsHeading(e.tag)) {
            hint = BlockHint::kHeading;
          }
          hints.push_back(hint);
        }
        return true;
      },
      nullptr);
  flush();
}

// Frees gumbo's tree when it goes out of scope.
struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

}  // namespace

StatusOr<HtmlPage> ExtractHtml(std::string_view html, const Limits& limits) {
  if (html.size() > limits.max_article_bytes) {
    return ResourceExhaustedError("HTML page of " + std::to_string(html.size()) +
                                  " bytes exceeds --max-article-bytes (" +
                                  std::to_string(limits.max_article_bytes) + ")");
  }
  if (html.size() >= UINT32_MAX) {
    return ResourceExhaustedError("HTML page larger than 4 GiB");
  }
  const std::size_t depth_cap = std::max<std::size_t>(4 * limits.max_html_depth, 1024);
  const std::size_t element_cap = html.size() / 2 + 65536;
  NestingEstimate estimate = EstimateHtmlNesting(html, depth_cap, element_cap);
  if (estimate.max_depth > depth_cap) {
    return ResourceExhaustedError("HTML nested deeper than " + std::to_string(depth_cap) +
                                  " elements");
  }
  if (estimate.elements > element_cap) {
    return ResourceExhaustedError("HTML expands to more than " + std::to_string(element_cap) +
                                  " elements");
  }
  if (estimate.gumbo_hazard) {
    return InvalidArgumentError(
        "HTML has a <select> inside <svg> or <math>, which crashes the HTML parser");
  }
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (output == nullptr || output->root == nullptr) return InternalError("gumbo failed");

  HtmlPage page;
  Survey survey = SurveyPage(html, output->root, limits.max_html_depth, &page.dropped_deep_nodes);
  const GumboNode* root = ChooseRoot(survey, output->root);
  std::string time_date;
  EmitBlocks(html, survey, root, limits.max_html_depth, &page, &time_date);
  OfferDate(&survey, kTimeDateRank, time_date);
  page.title = TitleFrom(survey);
  page.date = survey.date;
  return page;
}

}  // namespace dyad
