// CodeVocabulary: the chunks actor codes are made of, and how a code splits into them.
#ifndef DYAD_ACTORS_CODE_VOCABULARY_H_
#define DYAD_ACTORS_CODE_VOCABULARY_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dict_entry.h"

namespace dyad {

// An actor code split into its parts: "IRQGOV" -> {country IRQ, roles [GOV]};
// "YEMREBHTI" -> {YEM, [REB], organisation HTI}; "IGOUNO" -> {pseudo IGO, [], UNO}.
struct ActorCode {
  std::string code;
  std::string country;  // ISO 3166-1 alpha-3 or a pseudo-country (IGO, NGO, IMG …)
  std::vector<std::string> roles;
  std::string organisation;  // the group's own chunk, if any
};

// The roles, pseudo-countries, PLOVER sectors (from dict/codes.txt) and country codes
// (from the country dictionary) that codes may use. Immutable after loading.
class CodeVocabulary {
 public:
  // Parses dict/codes.txt text; malformed lines go to `diagnostics`.
  void ParseCodesFile(std::string_view text, const std::string& file_name,
                      std::vector<DictDiagnostic>* diagnostics);
  void AddCountry(std::string_view code) { countries_.insert(std::string(code)); }

  bool IsRole(std::string_view chunk) const { return roles_.count(std::string(chunk)) > 0; }
  bool IsCountry(std::string_view chunk) const { return countries_.count(std::string(chunk)) > 0; }
  bool IsPseudo(std::string_view chunk) const { return pseudos_.count(std::string(chunk)) > 0; }
  // PLOVER sector of a role ("GOV" -> "Government"), or "" when unknown.
  std::string_view Sector(std::string_view role) const;
  std::size_t role_count() const { return roles_.size(); }
  std::size_t country_count() const { return countries_.size(); }

  // Splits `code`. With `agent` the code has no country (role chunks only). Returns false
  // with `*error` set when a chunk is not in the vocabulary.
  bool Split(std::string_view code, bool agent, ActorCode* out, std::string* error) const;

 private:
  std::set<std::string> roles_;
  std::set<std::string> pseudos_;
  std::set<std::string> countries_;
  std::map<std::string, std::string, std::less<>> sectors_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_CODE_VOCABULARY_H_
