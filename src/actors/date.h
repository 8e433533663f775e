// Calendar dates as compact integers, for dated dictionary codes and article dates.
#ifndef DYAD_ACTORS_DATE_H_
#define DYAD_ACTORS_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// A date as YYYYMMDD (20221027). 0 means unknown. Ordered like the calendar.
using Date = int32_t;

inline constexpr Date kNoDate = 0;
inline constexpr Date kMinDate = 1;         // open start of a range
inline constexpr Date kMaxDate = 99991231;  // open end of a range

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY". A partial date is widened to the start of its
// period when `is_end` is false and to the end when it is true ("2019" as an end is
// 2019-12-31). Returns false on anything else, including impossible days (2023-02-30).
bool ParseDictDate(std::string_view text, bool is_end, Date* date);

// The calendar date at the start of an ISO 8601 timestamp ("2024-01-25", "2024-01-25T10:00Z",
// "20240125"), or kNoDate when `text` does not start with one.
Date ParseArticleDate(std::string_view text);

// "YYYY-MM-DD".
std::string FormatDate(Date date);

}  // namespace dyad

#endif  // DYAD_ACTORS_DATE_H_
