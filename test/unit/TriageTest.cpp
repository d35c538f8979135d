//===- TriageTest.cpp - NOLINT parsing, diffs, fingerprints, settings -----===//
#include "Report/Findings.h"
#include "Triage/Config.h"
#include "Triage/GitDiff.h"
#include "Triage/IgnoreFile.h"
#include "Triage/NoLint.h"

#include "gtest/gtest.h"

using namespace piiflow;
using namespace piiflow::triage;

TEST(NoLintTest, ParsesKindsRulesAndReasons) {
  auto Ds = parseNoLints("a(); // NOLINT\n"
                         "b(); // NOLINT( pii-log , pii-* ): masked */\n"
                         "// NOLINTNEXTLINE(pii-storage)\n"
                         "// NOLINTBEGIN: a reason\n"
                         "// NOLINTEND\n"
                         "// NOLINTFOO is no directive\n");
  ASSERT_EQ(Ds.size(), 5u);
  EXPECT_EQ(Ds[0].Type, NoLintDirective::Kind::NoLint);
  EXPECT_FALSE(Ds[0].Rules.has_value());
  EXPECT_EQ(Ds[0].Line, 1u);
  EXPECT_EQ(Ds[0].Column, 9u);
  EXPECT_EQ(Ds[1].rulesText(), "pii-log,pii-*");
  EXPECT_EQ(Ds[1].Reason, "masked");
  EXPECT_EQ(Ds[2].Type, NoLintDirective::Kind::NextLine);
  EXPECT_EQ(Ds[3].Type, NoLintDirective::Kind::Begin);
  EXPECT_EQ(Ds[3].Reason, "a reason");
  EXPECT_EQ(Ds[4].Type, NoLintDirective::Kind::End);
}

TEST(NoLintTest, RuleGlobs) {
  auto Ds = parseNoLints("// NOLINT(pii-*, -pii-log)\n// NOLINT()\n");
  ASSERT_EQ(Ds.size(), 2u);
  // Negative globs are ignored, as clang-tidy ignores them in NOLINT.
  EXPECT_TRUE(Ds[0].covers("pii-log"));
  EXPECT_TRUE(Ds[0].covers("pii-storage"));
  EXPECT_FALSE(Ds[1].covers("pii-log"));
}

TEST(NoLintTest, BlocksNestAndMismatchesAreUnmatched) {
  NoLintFile F("// NOLINTBEGIN(pii-log)\n"     // 1
               "// NOLINTBEGIN(pii-storage)\n" // 2
               "x();\n"                        // 3
               "// NOLINTEND(pii-storage)\n"   // 4
               "y();\n"                        // 5
               "// NOLINTEND(pii-log)\n"       // 6
               "z();\n"                        // 7
               "// NOLINTEND(pii-log)\n"       // 8: no BEGIN
               "// NOLINTBEGIN\n"              // 9: no END
               "w();\n");                      // 10
  EXPECT_NE(F.suppression(3, "pii-storage"), nullptr);
  EXPECT_NE(F.suppression(3, "pii-log"), nullptr);
  EXPECT_EQ(F.suppression(5, "pii-storage"), nullptr);
  EXPECT_NE(F.suppression(5, "pii-log"), nullptr);
  EXPECT_EQ(F.suppression(7, "pii-log"), nullptr);
  EXPECT_EQ(F.suppression(10, "pii-log"), nullptr);
  ASSERT_EQ(F.unmatched().size(), 2u);
  EXPECT_EQ(F.unmatched()[0].Line, 8u);
  EXPECT_EQ(F.unmatched()[1].Line, 9u);
}

TEST(FingerprintTest, StableUsrDropsOffsetsOnly) {
  EXPECT_EQ(report::stableUsr("c:a.cpp@103@F@show#&1$@S@Partner#*1C#@email"),
            "c:a.cpp@F@show#&1$@S@Partner#*1C#@email");
  EXPECT_EQ(report::stableUsr("c:@S@Partner@FI@phone"),
            "c:@S@Partner@FI@phone");
  EXPECT_EQ(report::stableUsr("c:a.cpp@12@F@f#@x@34"), "c:a.cpp@F@f#@x");
  EXPECT_EQ(report::stableUsr("c:@N@v2@F@f#"), "c:@N@v2@F@f#");
}

TEST(IgnoreFileTest, FingerprintForm) {
  EXPECT_TRUE(isFingerprint("5072448c83f1519c:1"));
  EXPECT_TRUE(isFingerprint("5072448c83f1519c:12"));
  EXPECT_FALSE(isFingerprint("5072448c83f1519c"));
  EXPECT_FALSE(isFingerprint("5072448C83F1519C:1"));
  EXPECT_FALSE(isFingerprint("5072448c83f1519c:0"));
  EXPECT_FALSE(isFingerprint("5072448c:1"));
}

TEST(GitDiffTest, ParsesHunksOfTheNewFile) {
  ChangedLines D;
  parseUnifiedDiff("diff --git a/src/a.cpp b/src/a.cpp\n"
                   "--- a/src/a.cpp\n"
                   "+++ b/src/a.cpp\n"
                   "@@ -3 +3 @@ void f() {\n"
                   "@@ -10,0 +11,2 @@\n"
                   "@@ -20,3 +22,0 @@\n"
                   "diff --git a/gone.cpp b/gone.cpp\n"
                   "--- a/gone.cpp\n"
                   "+++ /dev/null\n"
                   "@@ -1,5 +0,0 @@\n",
                   "/repo", D);
  EXPECT_TRUE(D.contains("/repo/src/a.cpp", 3));
  EXPECT_FALSE(D.contains("/repo/src/a.cpp", 4));
  EXPECT_TRUE(D.contains("/repo/src/a.cpp", 11));
  EXPECT_TRUE(D.contains("/repo/src/a.cpp", 12));
  EXPECT_FALSE(D.contains("/repo/src/a.cpp", 13));
  // A deletion after line 22 marks 22 and 23.
  EXPECT_TRUE(D.contains("/repo/src/a.cpp", 22));
  EXPECT_TRUE(D.contains("/repo/src/a.cpp", 23));
  EXPECT_FALSE(D.contains("/repo/src/a.cpp", 24));
  EXPECT_EQ(D.files(), std::vector<std::string>{"/repo/src/a.cpp"});
}

TEST(ConfigTest, CommandLineBeatsFileBeatsDefault) {
  ProjectConfig C;
  C.Path = "/p/.piiflow.json";
  C.Values.FailOn = "none";
  C.Values.Policies = std::vector<std::string>{"/p/policy.json"};
  SettingValues Cli;
  Cli.FailOn = "error";
  Settings S = resolveSettings(&C, Cli);
  EXPECT_EQ(S.FailOn.Value, "error");
  EXPECT_EQ(S.FailOn.From, "command line");
  EXPECT_EQ(S.Policies.Value, std::vector<std::string>{"/p/policy.json"});
  EXPECT_EQ(S.Policies.From, "/p/.piiflow.json");
  EXPECT_EQ(S.SarifCategory.Value, "piiflow");
  EXPECT_EQ(S.SarifCategory.From, "default");
  Settings None = resolveSettings(nullptr, {});
  EXPECT_EQ(None.FailOn.Value, "warning");
  EXPECT_TRUE(None.ConfigFile.empty());
}
