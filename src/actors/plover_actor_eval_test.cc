// Precision and recall of actor codes (country + sector) against the source and target
// actors of the PLOVER gold-standard records in ../shared/reference/plover/. The gold
// lists only the event's source and target, while dyad reports every actor of the sentence,
// so precision here is a lower bound.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <map>
#include <set>

#include "actors/actor_recognizer.h"
#include "testing/dictionary.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

// CAMEO country codes that differ from ISO 3166-1 alpha-3.
std::string IsoCountry(std::string code) {
  static const std::map<std::string, std::string> kCameo = {
      {"JAP", "JPN"}, {"UK", "GBR"},  {"GMY", "DEU"}, {"PAL", "PSE"}, {"PSE", "PSE"},
      {"RUM", "ROU"}, {"ZAI", "COD"}, {"SER", "SRB"}, {"ITL", "ITA"}, {"VTN", "VNM"},
      {"BAH", "BHR"}, {"KUW", "KWT"}, {"LEB", "LBN"}, {"MAL", "MYS"}, {"PHI", "PHL"},
      {"SAF", "ZAF"}, {"TAW", "TWN"}, {"UAE", "ARE"}, {"CYP", "CYP"}};
  auto it = kCameo.find(code);
  return it == kCameo.end() ? code : it->second;
}

TEST(PloverActorEval, CountryAndSectorPrecisionRecall) {
  std::string path = testing::SharedPath("reference/plover/PLOVER_GSR_CAMEO.json");
  if (path.empty())
    GTEST_SKIP() << "../shared/reference/plover absent: PLOVER actor evaluation skipped";
  std::string error;
  auto dict = testing::ShippedDictionary(&error);
  ASSERT_NE(dict, nullptr) << error;
  ActorRecognizer recognizer(dict);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.load(path).get(root), simdjson::SUCCESS);
  std::size_t gold_total = 0, gold_found = 0, pred_total = 0, pred_right = 0;
  std::size_t records = 0;
  for (simdjson::dom::element record : root.get_array()) {
    std::string_view text;
    if (record["text"].get_string().get(text) != simdjson::SUCCESS) continue;
    ++records;
    // Gold actors: (country, sector) pairs.
    std::vector<std::pair<std::string, std::string>> gold;
    for (const char* side : {"source", "target"}) {
      simdjson::dom::array actors;
      if (record[side].get_array().get(actors) != simdjson::SUCCESS) continue;
      for (simdjson::dom::element actor : actors) {
        std::string_view code, sector;
        if (actor["code"].get_string().get(code) != simdjson::SUCCESS) continue;
        if (actor["sector"].get_string().get(sector) != simdjson::SUCCESS) sector = "";
        gold.emplace_back(IsoCountry(std::string(code.substr(0, 3))), std::string(sector));
      }
    }
    RawArticle article;
    article.content = std::string(text);
    Document doc = BuildDocument(std::move(article), Limits());
    std::vector<ActorMention> mentions = recognizer.Recognize(doc);
    std::vector<std::pair<std::string, std::vector<std::string>>> predicted;
    // Only mentions dyad could give a country (or IGO/NGO) are scored: a bare role
    // ("officials") has nothing to compare with a country code.
    for (const ActorMention& m : mentions) {
      if (m.place) continue;
      std::string country = m.country.empty() ? m.code.substr(0, 3) : m.country;
      if (m.country.empty() && !dict->vocabulary().IsPseudo(country)) continue;
      predicted.emplace_back(country, m.roles);
    }
    std::vector<bool> used(gold.size(), false);
    for (const auto& [country, roles] : predicted) {
      ++pred_total;
      for (std::size_t g = 0; g < gold.size(); ++g) {
        if (used[g] || gold[g].first != country) continue;
        bool sector_ok = gold[g].second.empty() ||
                         std::find(roles.begin(), roles.end(), gold[g].second) != roles.end();
        if (sector_ok) {
          used[g] = true;
          ++pred_right;
          break;
        }
      }
    }
    gold_total += gold.size();
    for (bool u : used) gold_found += u ? 1 : 0;
  }
  double precision = pred_total ? static_cast<double>(pred_right) / pred_total : 0;
  double recall = gold_total ? static_cast<double>(gold_found) / gold_total : 0;
  std::printf(
      "PLOVER actors: %zu records, %zu gold actors, %zu predicted; country+sector "
      "precision %.3f, recall %.3f, F1 %.3f\n",
      records, gold_total, pred_total, precision, recall,
      precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
  EXPECT_GT(records, 300u);
  EXPECT_GE(precision, 0.45);
  EXPECT_GE(recall, 0.55);
}

}  // namespace
}  // namespace dyad
