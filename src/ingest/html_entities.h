// HTML character references: numeric (&#8212; &#x2014;) and the common named ones (&eacute;).
// Used by the HTML extractor, which decodes text itself so that every output byte keeps its
// source span.
#ifndef DYAD_INGEST_HTML_ENTITIES_H_
#define DYAD_INGEST_HTML_ENTITIES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// Decodes the character reference that starts at text[pos] (which should be '&').
// On success appends its UTF-8 encoding to `*out`, sets `*consumed` to the number of bytes of
// `text` it spans (including the '&' and the ';' when present) and returns true. Returns
// false, leaving `*out` and `*consumed` untouched, when text[pos] does not start a reference
// dyad knows; the caller then keeps the '&' literally.
//
// Accepted forms:
//  - "&#DDD;" and "&#xHHH;" (the ';' may be missing, as browsers allow). Code point 0,
//    surrogates and values above U+10FFFF decode to U+FFFD; 0x80-0x9F are read as
//    windows-1252, as the HTML standard prescribes (&#150; is an en dash).
//  - "&name;" for about 150 common names (case-sensitive: &Eacute; differs from &eacute;).
//    amp, lt, gt, quot, nbsp, copy and reg are also accepted without ';' when the next byte
//    is not a letter or digit ("AT&T" stays literal, "&amp" becomes "&").
// Never reads beyond text.size(). Thread-safe.
bool DecodeHtmlEntity(std::string_view text, std::size_t pos, std::string* out,
                      std::size_t* consumed);

// Returns `text` with every reference DecodeHtmlEntity knows decoded; the rest is copied.
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_ENTITIES_H_
