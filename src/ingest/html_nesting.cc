// The model follows the WHATWG HTML standard, "13.2.5 Tokenization" and "13.2.6 Tree
// construction", keeping only what changes the depth of the tree. Where it has to guess it
// guesses deeper: overestimating only rejects unusual pages, underestimating lets a
// hostile one reach gumbo.
#include "ingest/html_nesting.h"

#include <gumbo.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace dyad {
namespace {

// A set of GumboTag values.
class TagSet {
 public:
  constexpr TagSet(std::initializer_list<GumboTag> tags) {
    for (GumboTag tag : tags) bits_[tag / 64] |= uint64_t{1} << (tag % 64);
  }
  constexpr bool Has(int tag) const { return (bits_[tag / 64] >> (tag % 64)) & 1; }
  constexpr TagSet With(std::initializer_list<GumboTag> tags) const {
    TagSet result = *this;
    for (GumboTag tag : tags) result.bits_[tag / 64] |= uint64_t{1} << (tag % 64);
    return result;
  }

 private:
  uint64_t bits_[(GUMBO_TAG_LAST + 64) / 64] = {};
};

// clang-format off
#define T(name) GUMBO_TAG_##name
constexpr TagSet kVoid = {T(AREA), T(BASE), T(BASEFONT), T(BGSOUND), T(BR), T(COL), T(EMBED),
    T(FRAME), T(HR), T(IMAGE), T(IMG), T(INPUT), T(KEYGEN), T(LINK), T(META), T(PARAM), T(SOURCE),
    T(TRACK), T(WBR), T(ISINDEX)};
// Elements whose content the tokenizer reads as text up to the matching end tag.
constexpr TagSet kRawText = {T(SCRIPT), T(STYLE), T(XMP), T(IFRAME), T(NOEMBED), T(NOFRAMES),
    T(TEXTAREA), T(TITLE)};
// The standard's "special" category.
constexpr TagSet kSpecial = {T(ADDRESS), T(APPLET), T(AREA), T(ARTICLE), T(ASIDE), T(BASE),
    T(BASEFONT), T(BGSOUND), T(BLOCKQUOTE), T(BODY), T(BR), T(BUTTON), T(CAPTION), T(CENTER),
    T(COL), T(COLGROUP), T(DD), T(DETAILS), T(DIR), T(DIV), T(DL), T(DT), T(EMBED), T(FIELDSET),
    T(FIGCAPTION), T(FIGURE), T(FOOTER), T(FORM), T(FRAME), T(FRAMESET), T(H1), T(H2), T(H3),
    T(H4), T(H5), T(H6), T(HEAD), T(HEADER), T(HGROUP), T(HR), T(HTML), T(IFRAME), T(IMG),
    T(INPUT), T(KEYGEN), T(LI), T(LINK), T(LISTING), T(MAIN), T(MARQUEE), T(MENU), T(META),
    T(NAV), T(NOEMBED), T(NOFRAMES), T(NOSCRIPT), T(OBJECT), T(OL), T(P), T(PARAM), T(PLAINTEXT),
    T(PRE), T(SCRIPT), T(SECTION), T(SELECT), T(SOURCE), T(STYLE), T(SUMMARY), T(TABLE), T(TBODY),
    T(TD), T(TEMPLATE), T(TEXTAREA), T(TFOOT), T(TH), T(THEAD), T(TITLE), T(TR), T(TRACK), T(UL),
    T(WBR), T(XMP), T(MI), T(MO), T(MN), T(MS), T(MTEXT), T(ANNOTATION_XML), T(FOREIGNOBJECT),
    T(DESC)};
// Boundaries of "has an element in scope".
constexpr TagSet kScope = {T(APPLET), T(CAPTION), T(HTML), T(TABLE), T(TD), T(TH), T(MARQUEE),
    T(OBJECT), T(TEMPLATE), T(MI), T(MO), T(MN), T(MS), T(MTEXT), T(ANNOTATION_XML),
    T(FOREIGNOBJECT), T(DESC)};
constexpr TagSet kButtonScope = kScope.With({T(BUTTON)});
constexpr TagSet kListScope = kScope.With({T(OL), T(UL)});
constexpr TagSet kTableScope = {T(HTML), T(TABLE), T(TEMPLATE)};
constexpr TagSet kTableParts = {T(CAPTION), T(COLGROUP), T(TBODY), T(THEAD), T(TFOOT), T(TR),
    T(TD), T(TH)};
constexpr TagSet kFormatting = {T(A), T(B), T(BIG), T(CODE), T(EM), T(FONT), T(I), T(NOBR), T(S),
    T(SMALL), T(STRIKE), T(STRONG), T(TT), T(U)};
// Elements that put a marker on the list of active formatting elements.
constexpr TagSet kMarker = {T(APPLET), T(OBJECT), T(MARQUEE), T(TD), T(TH), T(CAPTION),
    T(TEMPLATE)};
// Start tags that close an open <p> first.
constexpr TagSet kClosesP = {T(ADDRESS), T(ARTICLE), T(ASIDE), T(BLOCKQUOTE), T(CENTER),
    T(DETAILS), T(DIR), T(DIV), T(DL), T(FIELDSET), T(FIGCAPTION), T(FIGURE), T(FOOTER),
    T(HEADER), T(HGROUP), T(MAIN), T(MENU), T(NAV), T(OL), T(P), T(SECTION), T(SUMMARY), T(UL),
    T(H1), T(H2), T(H3), T(H4), T(H5), T(H6), T(PRE), T(LISTING), T(FORM), T(PLAINTEXT), T(TABLE),
    T(HR), T(XMP), T(LI), T(DD), T(DT)};
constexpr TagSet kHeadings = {T(H1), T(H2), T(H3), T(H4), T(H5), T(H6)};
// Start tags that leave SVG/MathML content ("font" only with color, face or size).
constexpr TagSet kBreakout = {T(B), T(BIG), T(BLOCKQUOTE), T(BODY), T(BR), T(CENTER), T(CODE),
    T(DD), T(DIV), T(DL), T(DT), T(EM), T(EMBED), T(H1), T(H2), T(H3), T(H4), T(H5), T(H6),
    T(HEAD), T(HR), T(I), T(IMG), T(LI), T(LISTING), T(MENU), T(META), T(NOBR), T(OL), T(P),
    T(PRE), T(RUBY), T(S), T(SMALL), T(SPAN), T(STRONG), T(STRIKE), T(SUB), T(SUP), T(TABLE),
    T(TT), T(U), T(UL), T(VAR)};
// Foreign elements whose children are HTML again (annotation-xml only with an HTML encoding).
constexpr TagSet kMathIntegrationPoint = {T(MI), T(MO), T(MN), T(MS), T(MTEXT)};
constexpr TagSet kSvgIntegrationPoint = {T(FOREIGNOBJECT), T(DESC), T(TITLE)};
// Start tags that are ignored in the body outside a table.
constexpr TagSet kIgnoredInBody = {T(HTML), T(BODY), T(HEAD), T(FRAMESET), T(FRAME)};
#undef T
// clang-format on

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

uint32_t HashLower(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<uint8_t>(Lower(c))) * 16777619u;
  return h;
}

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

struct Tag {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t name_hash = 0;
  uint32_t attr_hash = 0;  // of the raw attribute text: equal attributes hash equal
  bool self_closing = false;
  bool font_breakout = false;  // has a color, face or size attribute
  bool html_encoding = false;  // encoding="text/html" or "application/xhtml+xml"
};

// Scans a tag from just past its name to its '>' as the tokenizer does (quoted values may
// hold '>'; "/>" marks it self-closing). Returns the offset of the '>', or npos when input
// ends inside the tag: the tokenizer then drops it.
std::size_t ScanTagRest(std::string_view html, std::size_t i, Tag* tag) {
  const std::size_t n = html.size();
  const std::size_t attrs_begin = i;
  std::string_view name;  // of the attribute being read
  auto attribute = [&](std::string_view value) {
    if (EqualsLower(name, "color") || EqualsLower(name, "face") || EqualsLower(name, "size")) {
      tag->font_breakout = true;
    }
    if (EqualsLower(name, "encoding") &&
        (EqualsLower(value, "text/html") || EqualsLower(value, "application/xhtml+xml"))) {
      tag->html_encoding = true;
    }
  };
  bool slash = false;  // the previous byte was a '/' between attributes
  while (i < n) {
    char c = html[i];
    if (c == '>') {
      tag->self_closing = slash;
      tag->attr_hash = HashLower(html.substr(attrs_begin, i - attrs_begin));
      return i;
    }
    slash = c == '/';
    if (IsSpace(c) || c == '/') {
      ++i;
      continue;
    }
    // An attribute name runs to a space, '/', '>' or '=' (a leading '=' is part of it).
    std::size_t name_begin = i++;
    while (i < n && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') ++i;
    name = html.substr(name_begin, i - name_begin);
    std::size_t j = i;
    while (j < n && IsSpace(html[j])) ++j;
    if (j >= n) return std::string_view::npos;
    if (html[j] != '=') {
      attribute({});
      i = j;
      continue;
    }
    for (++j; j < n && IsSpace(html[j]);) ++j;
    if (j >= n) return std::string_view::npos;
    if (html[j] == '"' || html[j] == '\'') {
      std::size_t close = html.find(html[j], j + 1);
      if (close == std::string_view::npos) return std::string_view::npos;
      attribute(html.substr(j + 1, close - j - 1));
      i = close + 1;
      continue;
    }
    std::size_t value_begin = j;
    while (j < n && !IsSpace(html[j]) && html[j] != '>') ++j;  // unquoted, possibly empty
    attribute(html.substr(value_begin, j - value_begin));
    i = j;
  }
  return std::string_view::npos;
}

// The stack of open elements and the list of active formatting elements, reduced to what
// affects depth.
class TreeModel {
 public:
  TreeModel(std::size_t stop_depth, std::size_t stop_elements)
      : stop_depth_(stop_depth), stop_elements_(stop_elements) {}

  bool exceeded() const { return max_depth_ > stop_depth_ || elements_ > stop_elements_; }
  NestingEstimate result() const { return {max_depth_, elements_, exceeded(), hazard_}; }
  bool InForeignContent() const { return !stack_.empty() && stack_.back().children_foreign; }

  // Character data between tags.
  void Text() {
    if (!InForeignContent()) Reconstruct();
  }

  // Returns true when the element was pushed in HTML content, so that a raw-text element's
  // content must be skipped by the caller.
  bool StartTag(const Tag& tag) {
    if (tag.tag == GUMBO_TAG_SELECT && (count_[GUMBO_TAG_SVG] > 0 || count_[GUMBO_TAG_MATH] > 0)) {
      hazard_ = true;
    }
    if (InForeignContent() &&
        (kBreakout.Has(tag.tag) || (tag.tag == GUMBO_TAG_FONT && tag.font_breakout))) {
      while (InForeignContent()) Pop(/*closed_by_own_end_tag=*/false);
    }
    if (InForeignContent()) {
      if (tag.self_closing) return false;
      // Foreign elements take their parent's namespace ("<math>" inside SVG is an SVG
      // element), except <svg> inside MathML's annotation-xml.
      Namespace ns = static_cast<Namespace>(stack_.back().ns);
      if (tag.tag == GUMBO_TAG_SVG && stack_.back().tag == GUMBO_TAG_ANNOTATION_XML) ns = kSvg;
      bool html_children = ns == kSvg
                               ? kSvgIntegrationPoint.Has(tag.tag)
                               : kMathIntegrationPoint.Has(tag.tag) ||
                                     (tag.tag == GUMBO_TAG_ANNOTATION_XML && tag.html_encoding);
      Push(tag, ns, /*children_foreign=*/!html_children);
      return false;
    }
    GumboTag t = tag.tag;
    if (kIgnoredInBody.Has(t)) return false;
    if (InSelect()) {
      // "In select" ignores most start tags; some close the select and are reprocessed.
      if (t == GUMBO_TAG_SELECT) {
        PopThroughSelect();
        return false;
      }
      if (t == GUMBO_TAG_INPUT || t == GUMBO_TAG_KEYGEN || t == GUMBO_TAG_TEXTAREA ||
          t == GUMBO_TAG_TABLE || kTableParts.Has(t)) {
        PopThroughSelect();
      } else if (t != GUMBO_TAG_OPTION && t != GUMBO_TAG_OPTGROUP && t != GUMBO_TAG_SCRIPT &&
                 t != GUMBO_TAG_TEMPLATE) {
        return false;
      }
    }
    if (kTableParts.Has(t)) {
      // Ignored outside tables and templates.
      if (count_[GUMBO_TAG_TABLE] == 0 && count_[GUMBO_TAG_TEMPLATE] == 0) return false;
      TableStart(t);
    }
    if (t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH) {
      Reconstruct();
      if (!tag.self_closing) Push(tag, t == GUMBO_TAG_SVG ? kSvg : kMath, true);
      return false;
    }
    if (t == GUMBO_TAG_TABLE) CloseTableInTableMode();
    if (kClosesP.Has(t)) ClosePInButtonScope();
    if (kHeadings.Has(t) && !stack_.empty() && kHeadings.Has(stack_.back().tag)) Pop(false);
    if (t == GUMBO_TAG_LI || t == GUMBO_TAG_DD || t == GUMBO_TAG_DT) CloseListItem(t);
    if ((t == GUMBO_TAG_OPTION || t == GUMBO_TAG_OPTGROUP) && TopIs(GUMBO_TAG_OPTION)) Pop(false);
    if (t == GUMBO_TAG_OPTGROUP && TopIs(GUMBO_TAG_OPTGROUP)) Pop(false);
    if (t == GUMBO_TAG_A || t == GUMBO_TAG_NOBR) {
      if (FindFormatting(tag.name_hash) >= 0) FormattingEnd(tag);
    }
    if (t == GUMBO_TAG_BUTTON) {
      long at = InScope(tag, kScope);
      if (at >= 0) PopThrough(static_cast<std::size_t>(at));
    }
    if (!kSpecial.Has(t) || t == GUMBO_TAG_APPLET || t == GUMBO_TAG_MARQUEE ||
        t == GUMBO_TAG_OBJECT || kVoid.Has(t) || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_XMP) {
      Reconstruct();
    }
    if (kVoid.Has(t)) return false;
    Push(tag, kHtml, false);
    if (kFormatting.Has(t)) AddFormatting(tag);
    if (kMarker.Has(t)) AddMarker();
    return true;
  }

  void EndTag(const Tag& tag) {
    if (!stack_.empty() && stack_.back().ns != kHtml) {
      // Foreign content: pop to the innermost foreign element of that name, if the run of
      // foreign elements on top holds one; otherwise HTML rules apply.
      for (std::size_t k = stack_.size(); k > 0 && stack_[k - 1].ns != kHtml; --k) {
        if (stack_[k - 1].name_hash == tag.name_hash) {
          PopThrough(k - 1);
          return;
        }
      }
    }
    GumboTag t = tag.tag;
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) return;
    if (InSelect()) {
      if (t == GUMBO_TAG_SELECT) PopThroughSelect();
      if ((t == GUMBO_TAG_OPTION || t == GUMBO_TAG_OPTGROUP) && TopIs(t)) Pop(true);
      return;  // other end tags are ignored in a select
    }
    if (t == GUMBO_TAG_BR) {  // "</br>" is read as "<br>"
      Reconstruct();
      return;
    }
    if (kFormatting.Has(t)) {
      // gumbo 0.10 ignores a formatting end tag with no entry on the list, rather than
      // falling back to "any other end tag".
      FormattingEnd(tag);
      return;
    }
    if (count_[t] == 0) return;
    if (kSpecial.Has(t)) {
      const TagSet& boundaries = kTableParts.Has(t) || t == GUMBO_TAG_TABLE ? kTableScope
                                 : t == GUMBO_TAG_P                         ? kButtonScope
                                 : t == GUMBO_TAG_LI                        ? kListScope
                                                                            : kScope;
      long at = InScope(tag, boundaries);
      if (at >= 0) PopThrough(static_cast<std::size_t>(at));
      return;
    }
    // "Any other end tag": the innermost element of that name, unless a special one is nearer.
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const Open& e = stack_[k - 1];
      if (Matches(e, tag)) {
        PopThrough(k - 1);
        return;
      }
      if (kSpecial.Has(e.tag)) return;
    }
  }

 private:
  enum Namespace : uint8_t { kHtml, kSvg, kMath };
  struct Open {
    uint8_t tag;
    uint8_t ns;             // a Namespace
    bool children_foreign;  // its start-tag children are SVG/MathML
    uint32_t name_hash;
    long formatting = -1;  // index in list_, or -1
  };
  struct Formatting {
    uint8_t tag;
    bool marker;
    bool dead;  // removed from the list; kept as a tombstone so indices stay valid
    uint32_t name_hash;
    uint32_t attr_hash;
    long open = -1;  // index in stack_, or -1 when not open (to be reconstructed)
  };

  // HTML end tags match by GumboTag, as gumbo 0.10 does: "</x-a>" closes any unknown element.
  static bool Matches(const Open& e, const Tag& tag) { return e.tag == tag.tag && e.ns == kHtml; }
  bool TopIs(GumboTag tag) const {
    return !stack_.empty() && stack_.back().tag == tag && stack_.back().ns == kHtml;
  }
  // In the "in select" insertion mode the current node is the select or one of its options.
  bool InSelect() const {
    return count_[GUMBO_TAG_SELECT] > 0 &&
           (TopIs(GUMBO_TAG_SELECT) || TopIs(GUMBO_TAG_OPTION) || TopIs(GUMBO_TAG_OPTGROUP));
  }
  void PopThroughSelect() {
    std::size_t k = stack_.size();
    while (k > 0 && !(stack_[k - 1].tag == GUMBO_TAG_SELECT && stack_[k - 1].ns == kHtml)) --k;
    if (k > 0) PopThrough(k - 1);
  }

  void Push(const Tag& tag, Namespace ns, bool children_foreign) {
    stack_.push_back({static_cast<uint8_t>(tag.tag), ns, children_foreign, tag.name_hash, -1});
    ++count_[tag.tag];
    ++elements_;
    // +2 for the implied <html> and <body>.
    if (stack_.size() + 2 > max_depth_) max_depth_ = stack_.size() + 2;
  }

  void Pop(bool closed_by_own_end_tag) {
    Open e = stack_.back();
    stack_.pop_back();
    --count_[e.tag];
    if (e.formatting >= 0) {
      Formatting& f = list_[static_cast<std::size_t>(e.formatting)];
      f.open = -1;
      if (closed_by_own_end_tag) Kill(static_cast<std::size_t>(e.formatting));
    }
    if (e.ns == kHtml && kMarker.Has(e.tag)) ClearToMarker();
  }

  // Pops everything above stack_[index] and stack_[index] itself, which its own end tag
  // closes; formatting elements above it stay on the list, to be reconstructed.
  void PopThrough(std::size_t index) {
    while (stack_.size() > index + 1) Pop(false);
    Pop(true);
  }

  // Index of the element named like `tag` if it is in scope (no boundary above it).
  long InScope(const Tag& tag, const TagSet& boundaries) const {
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const Open& e = stack_[k - 1];
      if (Matches(e, tag)) return static_cast<long>(k - 1);
      if (boundaries.Has(e.tag)) return -1;
    }
    return -1;
  }

  void ClosePInButtonScope() {
    Tag p;
    p.tag = GUMBO_TAG_P;
    p.name_hash = HashLower("p");
    long at = InScope(p, kButtonScope);
    if (at >= 0) PopThrough(static_cast<std::size_t>(at));
  }

  // "<table>" where a table (not one of its cells) is the context closes that table first.
  void CloseTableInTableMode() {
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const Open& e = stack_[k - 1];
      if (e.ns != kHtml) continue;
      if (e.tag == GUMBO_TAG_TABLE) {
        PopThrough(k - 1);
        return;
      }
      if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH || e.tag == GUMBO_TAG_CAPTION ||
          e.tag == GUMBO_TAG_TEMPLATE) {
        return;
      }
    }
  }

  // <li> closes an open <li>, <dd>/<dt> an open <dd> or <dt>, unless a special element
  // other than address, div or p is in between.
  void CloseListItem(GumboTag t) {
    for (std::size_t k = stack_.size(); k > 0; --k) {
      GumboTag e = static_cast<GumboTag>(stack_[k - 1].tag);
      bool same = t == GUMBO_TAG_LI ? e == GUMBO_TAG_LI : (e == GUMBO_TAG_DD || e == GUMBO_TAG_DT);
      if (same && stack_[k - 1].ns == kHtml) {
        PopThrough(k - 1);
        return;
      }
      if (kSpecial.Has(e) && e != GUMBO_TAG_ADDRESS && e != GUMBO_TAG_DIV && e != GUMBO_TAG_P) {
        return;
      }
    }
  }

  // Table parts close open cells and rows and imply <tbody> and <tr>.
  void TableStart(GumboTag t) {
    std::size_t table = stack_.size();
    while (table > 0 && stack_[table - 1].tag != GUMBO_TAG_TABLE &&
           stack_[table - 1].tag != GUMBO_TAG_TEMPLATE) {
      --table;
    }
    if (table == 0 || stack_[table - 1].tag == GUMBO_TAG_TEMPLATE) return;
    std::size_t keep = table;  // pop down to the table ...
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_TR) {
      // ... or to its row group (and row, for a cell) when those stay open.
      for (std::size_t k = table; k < stack_.size(); ++k) {
        GumboTag e = static_cast<GumboTag>(stack_[k].tag);
        if (e == GUMBO_TAG_TBODY || e == GUMBO_TAG_THEAD || e == GUMBO_TAG_TFOOT ||
            (e == GUMBO_TAG_TR && t != GUMBO_TAG_TR)) {
          keep = k + 1;
        } else {
          break;
        }
      }
    }
    while (stack_.size() > keep) Pop(false);
    auto implied = [this](GumboTag tag, std::string_view name) {
      Tag implied_tag;
      implied_tag.tag = tag;
      implied_tag.name_hash = HashLower(name);
      Push(implied_tag, kHtml, false);
    };
    if ((t == GUMBO_TAG_TR || t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && TopIs(GUMBO_TAG_TABLE)) {
      implied(GUMBO_TAG_TBODY, "tbody");
    }
    if ((t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && !TopIs(GUMBO_TAG_TR)) {
      implied(GUMBO_TAG_TR, "tr");
    }
  }

  // The last live list entry after the last marker with this name, or -1.
  long FindFormatting(uint32_t name_hash) const {
    for (std::size_t k = list_.size(); k > 0; --k) {
      const Formatting& f = list_[k - 1];
      if (f.marker) return -1;
      if (!f.dead && f.name_hash == name_hash) return static_cast<long>(k - 1);
    }
    return -1;
  }

  // The adoption agency algorithm, reduced to its effect on depth: with no special element
  // above the formatting element it pops to it; otherwise the stack keeps its height (the
  // element is replaced by a clone below the nearest special one), which is modelled as
  // leaving the stack alone.
  void FormattingEnd(const Tag& tag) {
    long index = FindFormatting(tag.name_hash);
    if (index < 0) return;
    Formatting& f = list_[static_cast<std::size_t>(index)];
    if (f.open < 0) {
      Kill(static_cast<std::size_t>(index));
      return;
    }
    std::size_t at = static_cast<std::size_t>(f.open);
    for (std::size_t k = stack_.size(); k > at + 1; --k) {
      // A scope boundary (the tag is ignored) or a "furthest block" (see above) is special.
      if (kSpecial.Has(stack_[k - 1].tag)) return;
    }
    PopThrough(at);
  }

  void AddFormatting(const Tag& tag) {
    // "Noah's Ark": at most three identical entries after the last marker.
    std::size_t same = 0, earliest = 0;
    for (std::size_t k = list_.size(); k > 0; --k) {
      const Formatting& f = list_[k - 1];
      if (f.marker) break;
      if (!f.dead && f.name_hash == tag.name_hash && f.attr_hash == tag.attr_hash) {
        ++same;
        earliest = k - 1;
      }
    }
    if (same >= 3) Kill(earliest);
    list_.push_back({static_cast<uint8_t>(tag.tag), false, false, tag.name_hash, tag.attr_hash,
                     static_cast<long>(stack_.size() - 1)});
    stack_.back().formatting = static_cast<long>(list_.size() - 1);
  }

  void AddMarker() { list_.push_back({0, true, false, 0, 0, -1}); }

  void ClearToMarker() {
    while (!list_.empty()) {
      Formatting f = list_.back();
      list_.pop_back();
      if (f.marker) break;
      if (f.dead) --dead_;
      if (f.open >= 0) stack_[static_cast<std::size_t>(f.open)].formatting = -1;
    }
  }

  void Kill(std::size_t index) {
    Formatting& f = list_[index];
    if (f.open >= 0) stack_[static_cast<std::size_t>(f.open)].formatting = -1;
    f.dead = true;
    f.open = -1;
    ++dead_;
    while (!list_.empty() && list_.back().dead) {
      list_.pop_back();
      --dead_;
    }
    if (dead_ > 64 && dead_ * 2 > list_.size()) Compact();
  }

  void Compact() {
    std::vector<Formatting> live;
    for (Formatting& f : list_) {
      if (f.dead) continue;
      if (f.open >= 0) {
        stack_[static_cast<std::size_t>(f.open)].formatting = static_cast<long>(live.size());
      }
      live.push_back(f);
    }
    list_.swap(live);
    dead_ = 0;
  }

  // "Reconstruct the active formatting elements": entries after the last marker that are
  // no longer open are cloned onto the stack.
  void Reconstruct() {
    std::size_t first = list_.size();
    while (first > 0) {
      const Formatting& f = list_[first - 1];
      if (f.marker || (!f.dead && f.open >= 0)) break;
      --first;
    }
    for (std::size_t k = first; k < list_.size(); ++k) {
      if (list_[k].dead) continue;
      Tag clone;
      clone.tag = static_cast<GumboTag>(list_[k].tag);
      clone.name_hash = list_[k].name_hash;
      Push(clone, kHtml, false);
      list_[k].open = static_cast<long>(stack_.size() - 1);
      stack_.back().formatting = static_cast<long>(k);
      if (exceeded()) return;
    }
  }

  std::size_t stop_depth_;
  std::size_t stop_elements_;
  std::size_t max_depth_ = 2;
  std::size_t elements_ = 0;
  std::size_t dead_ = 0;
  bool hazard_ = false;
  std::vector<Open> stack_;
  std::vector<Formatting> list_;
  std::array<uint32_t, GUMBO_TAG_LAST + 1> count_ = {};
};

// Offset just past the markup declaration ("<!...") at html[i].
std::size_t SkipDeclaration(std::string_view html, std::size_t i) {
  if (html.compare(i, 4, "<!--") == 0) {
    // "<!-->" and "<!--->" end at once; otherwise "-->" or "--!>" ends the comment.
    if (html.compare(i + 4, 1, ">") == 0) return i + 5;
    if (html.compare(i + 4, 2, "->") == 0) return i + 6;
    for (std::size_t k = html.find("--", i + 4); k != std::string_view::npos;
         k = html.find("--", k + 1)) {
      std::size_t after = k + 2;
      while (after < html.size() && html[after] == '-') ++after;
      if (after < html.size() && html[after] == '>') return after + 1;
      if (html.compare(after, 2, "!>") == 0) return after + 2;
      k = after - 2;
    }
    return html.size();
  }
  // DOCTYPE, CDATA outside foreign content and bogus comments end at the first '>'. (In
  // foreign content CDATA runs to "]]>"; ending earlier only scans more as markup.)
  std::size_t end = html.find('>', i + 2);
  return end == std::string_view::npos ? html.size() : end + 1;
}

// Offset of the end tag that closes raw text opened by `name` ("</name" followed by a space,
// '/' or '>'), or npos.
std::size_t FindRawTextEnd(std::string_view html, std::size_t i, std::string_view name) {
  for (std::size_t k = html.find("</", i); k != std::string_view::npos;
       k = html.find("</", k + 2)) {
    std::size_t after = k + 2 + name.size();
    if (after >= html.size()) return std::string_view::npos;
    if (EqualsLower(html.substr(k + 2, name.size()), name) &&
        (IsSpace(html[after]) || html[after] == '/' || html[after] == '>')) {
      return k;
    }
  }
  return std::string_view::npos;
}

}  // namespace

NestingEstimate EstimateHtmlNesting(std::string_view html, std::size_t stop_depth,
                                    std::size_t stop_elements) {
  TreeModel model(stop_depth, stop_elements);
  std::size_t i = 0;
  const std::size_t n = html.size();
  while (i < n && !model.exceeded()) {
    const void* lt = std::memchr(html.data() + i, '<', n - i);
    std::size_t at =
        lt == nullptr ? n : static_cast<std::size_t>(static_cast<const char*>(lt) - html.data());
    if (at > i) model.Text();
    if (at + 1 >= n) break;  // no '<', or a final '<' that is text
    i = at;
    char c = html[i + 1];
    if (c == '!') {
      i = SkipDeclaration(html, i);
      continue;
    }
    bool end_tag = c == '/';
    std::size_t name_begin = i + (end_tag ? 2 : 1);
    if (c == '?' || (end_tag && name_begin < n && !IsAsciiAlpha(html[name_begin]))) {
      // "<?..." and "</3..." are bogus comments; "</>" is dropped.
      std::size_t end = html.find('>', i + 2);
      i = end == std::string_view::npos ? n : end + 1;
      continue;
    }
    if (name_begin >= n || !IsAsciiAlpha(html[name_begin])) {
      model.Text();  // a '<' that starts no tag is text
      ++i;
      continue;
    }
    std::size_t name_end = name_begin;
    while (name_end < n && !IsSpace(html[name_end]) && html[name_end] != '/' &&
           html[name_end] != '>') {
      ++name_end;
    }
    std::string_view name = html.substr(name_begin, name_end - name_begin);
    Tag tag;
    tag.tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
    tag.name_hash = HashLower(name);
    std::size_t close = ScanTagRest(html, name_end, &tag);
    if (close == std::string_view::npos) break;  // EOF inside a tag: dropped
    i = close + 1;
    if (end_tag) {
      model.EndTag(tag);
      continue;
    }
    if (model.StartTag(tag)) {
      if (tag.tag == GUMBO_TAG_PLAINTEXT) break;  // the rest of the page is text
      if (kRawText.Has(tag.tag)) {
        std::size_t end = FindRawTextEnd(html, i, name);
        if (end == std::string_view::npos) break;
        if (end > i) model.Text();
        i = end;
      }
    }
  }
  return model.result();
}

}  // namespace dyad
