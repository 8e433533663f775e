// JsonWriter: appends compact JSON to a string, escaping text correctly.
#ifndef DYAD_OUTPUT_JSON_WRITER_H_
#define DYAD_OUTPUT_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Appends `text` to `out` as a JSON string literal (with quotes). Control characters are
// escaped; bytes that are not valid UTF-8 become U+FFFD so the output is always valid JSON.
void AppendJsonString(std::string_view text, std::string* out);

// A small builder for one JSON value at a time. It inserts commas and colons itself; the
// caller is responsible for balancing Begin/End calls. Not thread-safe.
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // Writes an object key; the next call writes its value.
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Uint(uint64_t value);
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Writes [begin, end].
  JsonWriter& SpanArray(uint32_t begin, uint32_t end);

 private:
  void Separate();

  std::string* out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace dyad

#endif  // DYAD_OUTPUT_JSON_WRITER_H_
