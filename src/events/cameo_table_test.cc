// The shipped CAMEO table against the reference facts in ../shared.
#include "events/cameo_table.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "testing/shared_data.h"

namespace dyad {
namespace {

CameoTable Shipped() {
  std::vector<DictDiagnostic> diagnostics;
  auto table = CameoTable::Load(testing::SourceDir() + "/dict/cameo", &diagnostics);
  EXPECT_TRUE(table.ok()) << table.status().ToString();
  for (const DictDiagnostic& d : diagnostics) ADD_FAILURE() << d.ToString();
  return table.ok() ? std::move(table).value() : CameoTable();
}

TEST(CameoTableTest, EveryCodeHasQuadGoldsteinAndPlover) {
  CameoTable table = Shipped();
  EXPECT_GE(table.size(), 300u);
  std::set<std::string> roots;
  for (const auto& [code, c] : table.codes()) {
    roots.insert(c.root());
    int root = std::stoi(c.root());
    int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    EXPECT_EQ(c.quad, quad) << code;
    EXPECT_GE(c.goldstein, -10.0) << code;
    EXPECT_LE(c.goldstein, 10.0) << code;
    EXPECT_FALSE(c.plover_type.empty()) << code;
    EXPECT_FALSE(c.label.empty()) << code;
  }
  EXPECT_EQ(roots.size(), 20u);
  EXPECT_EQ(table.Find("036")->plover_type, "AGREE");
  EXPECT_EQ(table.Find("190")->quad, 4);
}

TEST(CameoTableTest, MatchesTheReferenceCodesAndGoldsteinValues) {
  std::string path = testing::SharedPath("reference/cameo/cameo_codes.tsv");
  if (path.empty()) GTEST_SKIP() << "../shared/reference/cameo absent: CAMEO table check skipped";
  CameoTable table = Shipped();
  // Codes the reference lists without a label that are not CAMEO codes (see
  // dict/cameo/README.md).
  const std::set<std::string> kNotCameo = {"0110", "0357", "109", "1641", "1642", "1643"};
  std::stringstream in(testing::ReadFileOrEmpty(path));
  std::string line;
  std::getline(in, line);  // header
  std::size_t checked = 0;
  while (std::getline(in, line)) {
    std::stringstream fields(line);
    std::string code, label, goldstein;
    std::getline(fields, code, '\t');
    std::getline(fields, label, '\t');
    std::getline(fields, goldstein, '\t');
    if (code.empty() || kNotCameo.count(code)) continue;
    const CameoCode* c = table.Find(code);
    ASSERT_NE(c, nullptr) << "missing CAMEO code " << code;
    if (!goldstein.empty()) {
      EXPECT_NEAR(c->goldstein, std::stod(goldstein), 1e-6) << code;
    }
    ++checked;
  }
  EXPECT_EQ(checked, table.size());
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(CameoTableTest, PloverTypesMatchTheConversionTable) {
  std::string path = testing::SharedPath("reference/plover/CAMEO2PLOVER-2021.txt");
  if (path.empty()) GTEST_SKIP() << "../shared/reference/plover absent: PLOVER map check skipped";
  CameoTable table = Shipped();
  std::stringstream in(testing::ReadFileOrEmpty(path));
  std::string line;
  std::size_t checked = 0;
  while (std::getline(in, line)) {
    std::size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string code = line.substr(0, colon);
    if (code.empty() || code.find_first_not_of("0123456789") != std::string::npos) continue;
    std::string rest = line.substr(colon + 1);
    std::string type = rest.substr(0, rest.find(','));
    type.erase(0, type.find_first_not_of(' '));
    type.erase(type.find_last_not_of(' ') + 1);
    if (type.empty()) continue;
    const CameoCode* c = table.Find(code);
    if (c == nullptr) continue;  // codes outside CAMEO proper (see dict/cameo/README.md)
    // The root 08 is listed twice (CONCEDE and RETREAT); dyad keeps CONCEDE for the root.
    if (code == "08") continue;
    EXPECT_EQ(c->plover_type, type) << code;
    ++checked;
  }
  EXPECT_GT(checked, 250u);
}

}  // namespace
}  // namespace dyad
