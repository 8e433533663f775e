#include "ingest/format.h"
#include "ingest/readers.h"
#include "ingest/warc_reader.h"

namespace dyad {

StatusOr<std::unique_ptr<ArticleReader>> OpenReader(const std::string& path,
                                                    const ReaderOptions& options) {
  StatusOr<std::unique_ptr<BufferedInput>> opened = BufferedInput::Open(path);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<BufferedInput> input = std::move(opened).value();
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = FormatFromPath(path);
  if (format == InputFormat::kAuto) {
    StatusOr<std::string_view> head = input->Peek(4096);
    if (!head.ok()) return head.status();
    format = FormatFromContent(*head);
  }
  switch (format) {
    case InputFormat::kJsonl:
      return NewJsonlReader(std::move(input), options);
    case InputFormat::kHtml:
      return NewHtmlFileReader(std::move(input), options);
    case InputFormat::kWarc:
      return NewWarcReader(std::move(input), options);
    case InputFormat::kText:
    case InputFormat::kAuto:
      break;
  }
  return NewTextFileReader(std::move(input), options);
}

}  // namespace dyad
