// MappedText: text plus, for each of its bytes, the range of input bytes it came from.
#ifndef DYAD_TEXT_MAPPED_TEXT_H_
#define DYAD_TEXT_MAPPED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// A byte range [begin, end) in some text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// Text whose every byte remembers the input bytes [begin[i], end[i]) that produced it.
// This is how spans in cleaned text are turned back into spans in what the user gave
// (the idea of SentencePiece's norm_to_orig). Invariant: begin.size() == end.size() ==
// text.size().
struct MappedText {
  std::string text;
  std::vector<uint32_t> begin;
  std::vector<uint32_t> end;

  std::size_t size() const { return text.size(); }
  void Reserve(std::size_t n) {
    text.reserve(n);
    begin.reserve(n);
    end.reserve(n);
  }
  // Appends `bytes`, all of them produced by input range [from, to).
  void Append(std::string_view bytes, uint32_t from, uint32_t to) {
    text.append(bytes);
    begin.insert(begin.end(), bytes.size(), from);
    end.insert(end.end(), bytes.size(), to);
  }
  // Appends bytes that map one-to-one onto input bytes starting at `from`.
  void AppendIdentity(std::string_view bytes, uint32_t from) {
    text.append(bytes);
    std::size_t old = begin.size();
    begin.resize(old + bytes.size());
    end.resize(old + bytes.size());
    for (uint32_t i = 0; i < bytes.size(); ++i) {
      begin[old + i] = from + i;
      end[old + i] = from + i + 1;
    }
  }
  // The input range covering cleaned bytes [b, e); requires b < e <= size().
  Span ToInput(uint32_t b, uint32_t e) const { return {begin[b], end[e - 1]}; }
};

// A read-only view of input text and where its bytes come from: either its own offsets
// starting at `base` (identity), or the per-byte maps of a MappedText / SourceBlock.
struct SourceView {
  std::string_view text;
  const uint32_t* begin = nullptr;  // null: identity mapping from `base`
  const uint32_t* end = nullptr;
  uint32_t base = 0;

  uint32_t Begin(std::size_t i) const {
    return begin != nullptr ? begin[i] : base + static_cast<uint32_t>(i);
  }
  uint32_t End(std::size_t i) const {
    return end != nullptr ? end[i] : base + static_cast<uint32_t>(i) + 1;
  }
};

}  // namespace dyad

#endif  // DYAD_TEXT_MAPPED_TEXT_H_
