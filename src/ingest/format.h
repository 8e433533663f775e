// Input format detection from file names and first bytes.
#ifndef DYAD_INGEST_FORMAT_H_
#define DYAD_INGEST_FORMAT_H_

#include <string_view>

#include "ingest/article.h"

namespace dyad {

// The format a file name implies (".jsonl", ".ndjson", ".json", ".html", ".htm", ".warc",
// ".txt", ".text", each optionally followed by ".gz"), or kAuto when it implies none.
InputFormat FormatFromPath(std::string_view path);

// The format the first (decompressed) bytes of an input suggest: "WARC/1." -> WARC,
// '{' -> JSON Lines, an HTML doctype or tag -> HTML, anything else -> text.
InputFormat FormatFromContent(std::string_view head);

// Offset of the first NUL byte in `bytes`, or npos. A NUL marks a binary file.
std::size_t FindNul(std::string_view bytes);

// True when `bytes` (a file's first few KiB) look binary: a NUL byte, or more than 10% of
// bytes are control characters or invalid UTF-8.
bool LooksBinary(std::string_view bytes);

}  // namespace dyad

#endif  // DYAD_INGEST_FORMAT_H_
