#include "actors/date.h"

#include <cstdio>

namespace dyad {
namespace {

bool Digits(std::string_view s, int* value) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return true;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

bool ParseDictDate(std::string_view text, bool is_end, Date* date) {
  int year = 0, month = 0, day = 0;
  if (text.size() < 4 || !Digits(text.substr(0, 4), &year) || year < 1000) return false;
  if (text.size() == 4) {
    *date = year * 10000 + (is_end ? 1231 : 101);
    return true;
  }
  if (text.size() < 7 || text[4] != '-' || !Digits(text.substr(5, 2), &month) || month < 1 ||
      month > 12) {
    return false;
  }
  if (text.size() == 7) {
    *date = year * 10000 + month * 100 + (is_end ? DaysInMonth(year, month) : 1);
    return true;
  }
  if (text.size() != 10 || text[7] != '-' || !Digits(text.substr(8, 2), &day) || day < 1 ||
      day > DaysInMonth(year, month)) {
    return false;
  }
  *date = year * 10000 + month * 100 + day;
  return true;
}

Date ParseArticleDate(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  Date date = kNoDate;
  if (text.size() >= 10 && text[4] == '-' && ParseDictDate(text.substr(0, 10), false, &date)) {
    return date;
  }
  int compact = 0;
  if (text.size() >= 8 && Digits(text.substr(0, 8), &compact)) {
    std::string iso = std::string(text.substr(0, 4)) + "-" + std::string(text.substr(4, 2)) + "-" +
                      std::string(text.substr(6, 2));
    if (ParseDictDate(iso, false, &date)) return date;
  }
  return kNoDate;
}

std::string FormatDate(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", date / 10000, (date / 100) % 100,
                date % 100);
  return buffer;
}

}  // namespace dyad
