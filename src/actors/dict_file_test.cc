#include "actors/dict_file.h"

#include <gtest/gtest.h>

#include "actors/dict_check.h"
#include "actors/tabari_import.h"

namespace dyad {
namespace {

TEST(DictFileTest, ParsesEntriesWithDatesAndAttributes) {
  std::vector<DictEntry> entries;
  std::vector<DictDiagnostic> diagnostics;
  ParseDictFile(
      "# people\n"
      "Fuad Hussein | Fouad Hussein   # FM\n"
      "    IRQGOV  2020-06-06..\n"
      "    IRQGOV  2019-05..2020-05-06   # finance\n"
      "    @type person\n"
      "\n"
      "Houthis\n"
      "\tYEMREBHTI\n"
      "\t@sponsor IRN\n",
      "p.txt", &entries, &diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics[0].ToString();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].names, (std::vector<std::string>{"Fuad Hussein", "Fouad Hussein"}));
  ASSERT_EQ(entries[0].codes.size(), 2u);
  EXPECT_EQ(entries[0].codes[0].from, 20200606);
  EXPECT_EQ(entries[0].codes[0].to, kMaxDate);
  EXPECT_EQ(entries[0].codes[1].from, 20190501);
  EXPECT_EQ(entries[0].codes[1].line, 4u);
  EXPECT_EQ(entries[0].Attribute("type"), "person");
  EXPECT_EQ(entries[1].Attribute("sponsor"), "IRN");
  EXPECT_EQ(entries[1].line, 7u);
}

TEST(DictFileTest, ReportsMalformedLinesWithFileAndLine) {
  std::vector<DictEntry> entries;
  std::vector<DictDiagnostic> diagnostics;
  ParseDictFile(
      "    IRQGOV\n"  // before any names line
      "Iraq\n"
      "    irqgov\n"               // lowercase code
      "    IRQGO\n"                // not three-letter chunks
      "    IRQGOV 2020-13-01..\n"  // bad month
      "    IRQGOV 2021..2020\n"    // reversed
      "    IRQGOV 2020\n"          // no '..'
      "    @type\n",               // attribute without value
      "bad.txt", &entries, &diagnostics);
  ASSERT_EQ(diagnostics.size(), 7u);
  EXPECT_EQ(diagnostics[0].ToString(), "bad.txt:1: indented line before any names line");
  EXPECT_EQ(diagnostics[1].line, 3u);
  EXPECT_EQ(diagnostics[3].ToString(),
            "bad.txt:5: invalid date '2020-13-01' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  EXPECT_EQ(diagnostics[4].ToString(), "bad.txt:6: date range ends before it starts: 2021..2020");
}

TEST(DictCheckTest, FindsUnknownCodesDuplicatesAndOverlaps) {
  CodeVocabulary vocabulary;
  std::vector<DictDiagnostic> diagnostics;
  vocabulary.ParseCodesFile("role GOV g\nrole MIL m\npseudo IGO i\n", "codes.txt", &diagnostics);
  std::vector<DictEntry> actors, agents;
  ParseDictFile(
      "Iraq\n    IRQ\n    @type country\n"
      "Iran\n    IRN\n    @type country\n"
      "Someone\n    IRQGOV 2020..2022\n    IRQMIL 2021..2023\n"
      "Iraq\n    IRQ\n"
      "Group\n    XYZREB\n"
      "Backed\n    IRQ\n    @sponsor ZZZ\n    @type wizard\n"
      "Nameless\n",
      "a.txt", &actors, &diagnostics);
  ParseDictFile("troops\n    MIL\nbad\n    IRQMIL\n", "agents.txt", &agents, &diagnostics);
  AddCountriesFrom(actors, &vocabulary);
  CheckEntries(vocabulary, actors, agents, &diagnostics);
  std::vector<std::string> messages;
  for (const DictDiagnostic& d : diagnostics) messages.push_back(d.ToString());
  std::vector<std::string> expected = {
      "a.txt:9: date range of IRQMIL overlaps IRQGOV (line 8)",
      "a.txt:10: name 'Iraq' already used at line 1",
      "a.txt:13: unknown country code 'XYZ' in 'XYZREB'",
      "a.txt:14: unknown @type 'wizard'",
      "a.txt:14: @sponsor 'ZZZ' is not a country code",
      "a.txt:18: entry 'Nameless' has no code line",
      "agents.txt:4: unknown role code 'IRQ' in 'IRQMIL'",
  };
  for (const std::string& e : expected) {
    EXPECT_NE(std::find(messages.begin(), messages.end(), e), messages.end()) << e;
  }
  EXPECT_EQ(messages.size(), expected.size());
}

TEST(TabariImportTest, ActorsWithSynonymsAndDateRestrictions) {
  std::vector<DictEntry> entries;
  std::vector<DictDiagnostic> diagnostics;
  ImportTabariActors(
      "<!-- test -->\n"
      "AFGHANISTAN_  [AFG]\n"
      "+AFGHAN_\n"
      "HAMID_KARZAI_  ; note\n"
      "\t[AFGGOV 011222-140929]\n"
      "\t[AFGELI >20140929]\n"
      "\t[AFGOPP <19991231]\n",
      "x.actors", &entries, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].names, (std::vector<std::string>{"afghanistan", "afghan"}));
  EXPECT_EQ(entries[0].codes[0].code, "AFG");
  ASSERT_EQ(entries[1].codes.size(), 3u);
  EXPECT_EQ(entries[1].codes[0].from, 20011222);
  EXPECT_EQ(entries[1].codes[0].to, 20140929);
  EXPECT_EQ(entries[1].codes[1].from, 20140929);
  EXPECT_EQ(entries[1].codes[2].to, 19991231);
}

TEST(TabariImportTest, AgentsWithPluralsAndSubstitutions) {
  std::vector<DictEntry> entries;
  std::vector<DictDiagnostic> diagnostics;
  ImportTabariAgents(
      "!PERSON! = MAN, WOMAN\n"
      "POLICE_ {} [~COP] # comment\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
      "MILITIA [~REB]\n"
      "ARMY [~MIL]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "HUMAN_RIGHTS_BODY [NGO~]\n",
      "x.agents", &entries, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(entries.size(), 6u);
  EXPECT_EQ(entries[0].names, (std::vector<std::string>{"police"}));
  EXPECT_EQ(entries[0].codes[0].code, "COP");
  EXPECT_EQ(entries[1].names, (std::vector<std::string>{"attorney general", "attorneys general"}));
  EXPECT_EQ(entries[2].names, (std::vector<std::string>{"militia", "militias"}));
  EXPECT_EQ(entries[3].names, (std::vector<std::string>{"army", "armies"}));
  EXPECT_EQ(entries[4].names, (std::vector<std::string>{"congressman", "congresswoman"}));
  EXPECT_EQ(entries[5].codes[0].code, "NGO");
}

}  // namespace
}  // namespace dyad
