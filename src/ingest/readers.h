// Readers for the one-article-per-file formats and JSON Lines, and the entry point that
// opens any input with the right reader.
#ifndef DYAD_INGEST_READERS_H_
#define DYAD_INGEST_READERS_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "ingest/buffered_input.h"
#include "ingest/reader.h"

namespace dyad {

// A text file is one article: its bytes are the content; the cleaner finds the title.
std::unique_ptr<ArticleReader> NewTextFileReader(std::unique_ptr<BufferedInput> input,
                                                 const ReaderOptions& options);
// An HTML file is one article: title, date and main text come from the page.
std::unique_ptr<ArticleReader> NewHtmlFileReader(std::unique_ptr<BufferedInput> input,
                                                 const ReaderOptions& options);
// JSON Lines: one article per line, fields named by options.fields. Blank lines are
// ignored; every other line is an article or a rejection naming its line number.
std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<BufferedInput> input,
                                              const ReaderOptions& options);

// Opens `path` ("-" for stdin) with the reader for its format: options.format when set,
// else the file name's extension, else the first bytes. Fails when the file cannot be
// opened or its first bytes cannot be decompressed.
StatusOr<std::unique_ptr<ArticleReader>> OpenReader(const std::string& path,
                                                    const ReaderOptions& options);

}  // namespace dyad

#endif  // DYAD_INGEST_READERS_H_
