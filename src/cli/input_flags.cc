#include "cli/input_flags.h"

#include <thread>

#include "base/limits.h"

namespace dyad::cli {

void InputFlags::AddTo(CLI::App* command) {
  command
      ->add_option("inputs", paths,
                   "Files or directories to read ('-' for stdin); directories are walked "
                   "recursively. Text, JSON Lines, HTML and WARC, each optionally gzipped.")
      ->required();
  command
      ->add_option("--input-format", format,
                   "Input format: auto (from extension, then content), text, jsonl, html, warc")
      ->capture_default_str();
  command->add_option("--field", field_maps,
                      "Map a JSON Lines field: NAME=FIELD, NAME one of id, date, url, source, "
                      "title, text (e.g. --field text=body)");
  for (const LimitInfo& info : AllLimits()) {
    Limits defaults;
    std::string flag = "--" + std::string(info.flag);
    std::string description = std::string(info.description) + " (default " +
                              std::to_string(defaults.*(info.field)) + "; K/M/G suffixes)";
    std::string name(info.flag);
    command->add_option_function<std::string>(
        flag, [this, name](const std::string& value) { limits[name] = value; }, description);
  }
  command->add_flag("--strict", strict, "Exit with status 1 if any input is rejected");
  command->add_option("-j,--threads", threads, "Worker threads (default: one per core)");
  command->add_flag("-q,--quiet", quiet, "Do not print per-input errors, only the summary");
}

StatusOr<ReaderOptions> InputFlags::ToReaderOptions() const {
  ReaderOptions options;
  if (!ParseInputFormat(format, &options.format)) {
    return InvalidArgumentError("--input-format: unknown format '" + format + "'");
  }
  for (const std::string& map : field_maps) {
    std::size_t eq = map.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == map.size()) {
      return InvalidArgumentError("--field expects NAME=FIELD, got '" + map + "'");
    }
    std::string name = map.substr(0, eq);
    std::string field = map.substr(eq + 1);
    JsonlFields& f = options.fields;
    std::string* target = name == "id"       ? &f.id
                          : name == "date"   ? &f.date
                          : name == "url"    ? &f.url
                          : name == "source" ? &f.source
                          : name == "title"  ? &f.title
                          : name == "text"   ? &f.text
                                             : nullptr;
    if (target == nullptr) return InvalidArgumentError("--field: unknown name '" + name + "'");
    *target = field;
  }
  for (const auto& [name, value] : limits) {
    DYAD_RETURN_IF_ERROR(SetLimit(options.limits, name, value));
  }
  return options;
}

std::size_t InputFlags::ThreadCount() const {
  if (threads > 0) return threads;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

}  // namespace dyad::cli
