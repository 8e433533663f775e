#include "text/boilerplate.h"

#include <array>
#include <cctype>
#include <string>

namespace dyad {
namespace {

// Prefixes that open a boilerplate paragraph whatever follows. Lowercase.
constexpr std::array<std::string_view, 38> kPrefixes = {"read also",
                                                        "also read",
                                                        "read more:",
                                                        "read more at",
                                                        "read more about",
                                                        "related:",
                                                        "related articles",
                                                        "related stories",
                                                        "related news",
                                                        "related coverage",
                                                        "recommended:",
                                                        "see also:",
                                                        "more on this story",
                                                        "advertisement",
                                                        "sponsored content",
                                                        "sponsored:",
                                                        "subscribe to",
                                                        "subscribe now",
                                                        "subscribe for",
                                                        "sign up for",
                                                        "sign up to",
                                                        "follow us",
                                                        "follow @",
                                                        "share this",
                                                        "share on",
                                                        "share via",
                                                        "click here",
                                                        "tap here",
                                                        "copyright ©",
                                                        "copyright (c)",
                                                        "©",
                                                        "all rights reserved",
                                                        "download our app",
                                                        "listen to this article",
                                                        "get the latest",
                                                        "join our",
                                                        "don't miss:",
                                                        "trending now"};

// Words that make up share/follow bars ("Facebook Twitter WhatsApp Email").
constexpr std::array<std::string_view, 16> kShareWords = {
    "facebook", "twitter", "x",     "whatsapp", "email", "e-mail", "linkedin",  "telegram",
    "reddit",   "print",   "share", "tweet",    "copy",  "link",   "pinterest", "messenger"};

// Whole paragraphs that are boilerplate on their own.
constexpr std::array<std::string_view, 8> kWhole = {"advertisement",
                                                    "ad",
                                                    "sponsored",
                                                    "share",
                                                    "comments",
                                                    "skip advertisement",
                                                    "story continues below advertisement",
                                                    "scroll to continue"};

std::string Lower(std::string_view text, std::size_t max) {
  std::string out;
  out.reserve(text.size() < max ? text.size() : max);
  for (std::size_t i = 0; i < text.size() && i < max; ++i) {
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
  }
  return out;
}

bool IsShareBar(std::string_view lower) {
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '|' || lower[i] == ',')) ++i;
    if (i == lower.size()) break;
    std::size_t j = i;
    while (j < lower.size() && lower[j] != ' ' && lower[j] != '|' && lower[j] != ',') ++j;
    std::string_view word = lower.substr(i, j - i);
    bool known = false;
    for (std::string_view w : kShareWords) known = known || word == w;
    if (!known) return false;
    ++words;
    i = j;
  }
  return words >= 2;
}

}  // namespace

bool IsBoilerplate(std::string_view text) {
  if (text.empty()) return false;
  std::string lower = Lower(text, 200);
  for (std::string_view prefix : kPrefixes) {
    if (lower.compare(0, prefix.size(), prefix) == 0) return true;
  }
  if (text.size() <= 40) {
    std::string_view trimmed = lower;
    while (!trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == ':')) {
      trimmed.remove_suffix(1);
    }
    for (std::string_view whole : kWhole) {
      if (trimmed == whole) return true;
    }
  }
  if (text.size() <= 120 && IsShareBar(lower)) return true;
  return false;
}

}  // namespace dyad
