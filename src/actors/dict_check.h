// Validation of dictionary entries: what `dyad dict check` reports.
#ifndef DYAD_ACTORS_DICT_CHECK_H_
#define DYAD_ACTORS_DICT_CHECK_H_

#include <vector>

#include "actors/code_vocabulary.h"
#include "actors/dict_entry.h"

namespace dyad {

// Adds the country chunk of every `@type country` entry's codes to `vocabulary`.
void AddCountriesFrom(const std::vector<DictEntry>& actors, CodeVocabulary* vocabulary);

// Appends to `diagnostics`:
//  errors — entries without names or codes, codes with unknown chunks, a name listed twice
//    in one file, overlapping date ranges with different codes in one entry, unknown @type,
//    @sponsor/@country values that are not countries, agent entries with a country chunk;
//  warnings — a name given different codes by entries in different files (the longer-lived
//    or first-loaded one is not chosen silently: the recognizer keeps both).
void CheckEntries(const CodeVocabulary& vocabulary, const std::vector<DictEntry>& actors,
                  const std::vector<DictEntry>& agents, std::vector<DictDiagnostic>* diagnostics);

}  // namespace dyad

#endif  // DYAD_ACTORS_DICT_CHECK_H_
