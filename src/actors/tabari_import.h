// Importer for TABARI / PETRARCH .actors and .agents dictionaries, so users can load their
// existing dictionaries beside dyad's own.
#ifndef DYAD_ACTORS_TABARI_IMPORT_H_
#define DYAD_ACTORS_TABARI_IMPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "actors/dict_entry.h"

namespace dyad {

// Reads a .actors file: records of a primary phrase line ("HAMID_KARZAI_  [AFGGOV]"),
// "+SYNONYM" lines and tab-indented "[CODE <date | >date | date-date]" restriction lines;
// '#' and '<!-- -->' comments and "; …" notes are ignored. Phrases use '_' for spaces;
// dates are YYYYMMDD or YYMMDD (00–30 → 20xx). Names are lowercased except words of at
// most three letters (kept as acronyms: US, UN). Problems go to `diagnostics`.
void ImportTabariActors(std::string_view text, const std::string& file_name,
                        std::vector<DictEntry>* entries, std::vector<DictDiagnostic>* diagnostics);

// Reads a .agents file: "PHRASE {PLURAL} [~CODE]" or "[CODE~]" lines, with regular plurals
// generated (+S, Y→IES, SS→+ES) unless braces give them ("{}" means none), and "!X! = a, b"
// substitution sets expanded. Codes are kept as given without '~'; a code with chunks dyad
// does not know as roles (TABARI's GOVFRM) is reported when the dictionary is built.
void ImportTabariAgents(std::string_view text, const std::string& file_name,
                        std::vector<DictEntry>* entries, std::vector<DictDiagnostic>* diagnostics);

}  // namespace dyad

#endif  // DYAD_ACTORS_TABARI_IMPORT_H_
