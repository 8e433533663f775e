// CameoTable: the CAMEO event codes with Goldstein values, quad classes and the PLOVER
// mapping, loaded from dict/cameo/. Immutable after loading; shared by all threads.
#ifndef DYAD_EVENTS_CAMEO_TABLE_H_
#define DYAD_EVENTS_CAMEO_TABLE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dict_entry.h"
#include "base/status.h"

namespace dyad {

struct CameoCode {
  std::string code;  // "036", "1384"
  double goldstein = 0;
  int quad = 0;  // 1 verbal cooperation … 4 material conflict
  std::string label;
  std::string plover_type;  // "CONSULT"
  std::string plover_mode;
  std::string plover_context;
  std::string root() const { return code.substr(0, 2); }
};

class CameoTable {
 public:
  // Reads cameo_codes.txt and plover_map.txt from `dir`. Malformed lines go to
  // `diagnostics`; fails when a file cannot be read or holds no codes.
  static StatusOr<CameoTable> Load(const std::string& dir,
                                   std::vector<DictDiagnostic>* diagnostics);
  // Parses the two tables from text (for tests).
  void Parse(std::string_view codes, std::string_view plover,
             std::vector<DictDiagnostic>* diagnostics);

  // The entry for `code`, or nullptr when it is not a CAMEO code.
  const CameoCode* Find(std::string_view code) const;
  std::size_t size() const { return codes_.size(); }
  const std::map<std::string, CameoCode, std::less<>>& codes() const { return codes_; }

 private:
  std::map<std::string, CameoCode, std::less<>> codes_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CAMEO_TABLE_H_
