//===- DataMapTest.cpp - the data map's building blocks -------------------===//
#include "Report/DataMap.h"
#include "Policy/PolicyLoader.h"
#include "Report/HtmlReport.h"
#include "Solve/FactFile.h"
#include "Solve/Linker.h"

#include "gtest/gtest.h"

using namespace piiflow;

namespace {

policy::Policy defaultPolicy() {
  auto P = policy::loadPolicy({});
  EXPECT_TRUE(static_cast<bool>(P)) << llvm::toString(P.takeError());
  return std::move(*P);
}

facts::TUFacts oneFlow(bool Approved) {
  facts::TUFacts F;
  F.MainFile = "/src/a.cpp";
  F.Sources.push_back({"c:@S@P@FI@phone",
                       "P::phone",
                       "field",
                       "contact.phone",
                       "name",
                       {"/src/a.h", 3, 15, 3, 20}});
  facts::FunctionFacts Fn;
  Fn.Usr = "c:@F@f";
  Fn.Name = "f";
  Fn.Where = {"/src/a.cpp", 5, 6, 5, 7};
  facts::SinkSite Sink;
  Sink.Kind = "storage";
  Sink.Callee = "sqlite3_exec";
  Sink.Model = "rules/models/sqlite.json#/models/8";
  Sink.Where = {"/src/a.cpp", 7, 3, 7, 20};
  Sink.Target = "table:partners";
  Sink.Approved = Approved;
  Fn.Sinks.push_back(Sink);
  facts::Edge E;
  E.From.SourceUsr = "c:@S@P@FI@phone";
  E.To.Kind = facts::PointKind::Sink;
  E.To.Index = 0;
  E.Steps.push_back({facts::StepKind::Read, {"/src/a.cpp", 6, 3, 6, 9}, "r"});
  Fn.Edges.push_back(E);
  F.Functions.push_back(Fn);
  return F;
}

} // namespace

TEST(DataMapTest, FactFilesKeepTargetAndApproval) {
  std::string Text = solve::writeFacts(oneFlow(true));
  EXPECT_NE(Text.find("\"target\": \"table:partners\""), std::string::npos);
  auto Back = solve::readFacts("a.facts.json", Text);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_TRUE(Back->Functions[0].Sinks[0].Approved);
  EXPECT_EQ(Back->Functions[0].Sinks[0].Target, "table:partners");
  // Both keys are optional: files without them read as before.
  std::string Plain = solve::writeFacts(oneFlow(false));
  EXPECT_EQ(Plain.find("\"approved\""), std::string::npos);
}

TEST(DataMapTest, ApprovedFlowsAreNotFindings) {
  facts::TUFacts F = oneFlow(true);
  solve::LinkResult R = solve::link({F});
  EXPECT_TRUE(R.Findings.empty());
  ASSERT_EQ(R.Approved.size(), 1u);
  EXPECT_EQ(R.Approved[0].Rule, "pii-storage");
  R = solve::link({oneFlow(false)});
  EXPECT_EQ(R.Findings.size(), 1u);
  EXPECT_TRUE(R.Approved.empty());
}

TEST(DataMapTest, DriftTermsMatchWholeWordsNotInThePolicy) {
  policy::Policy P = defaultPolicy();
  auto D = report::DriftTerms::loadBuiltin(P);
  ASSERT_TRUE(static_cast<bool>(D)) << llvm::toString(D.takeError());
  std::string Term;
  const report::DriftKind *K = D->match("driverLicenseNo", &Term);
  ASSERT_NE(K, nullptr);
  EXPECT_EQ(K->Id, "driving-licence");
  EXPECT_EQ(D->match("gender_str")->Id, "gender"); // a neutral suffix
  EXPECT_EQ(D->match("is_gender_known"), nullptr); // a flag
  EXPECT_EQ(D->match("has_gender"), nullptr);      // a flag word first
  EXPECT_EQ(D->match("licensee"), nullptr);        // not a whole word
  EXPECT_EQ(D->match("salary_count"), nullptr);    // the term does not end it
  // The default policy declares passports (person.national_id): not drift.
  EXPECT_EQ(D->match("passport_number"), nullptr);
}

TEST(DataMapTest, DriftTermsFileErrorsArePositioned) {
  policy::Policy P = defaultPolicy();
  auto D = report::DriftTerms::parse(
      "drift.json", "{\"kinds\": [{\"id\": \"x\", \"titel\": \"X\"}]}", P);
  ASSERT_FALSE(static_cast<bool>(D));
  std::string Msg = llvm::toString(D.takeError());
  EXPECT_NE(Msg.find("drift.json:1:"), std::string::npos) << Msg;
  EXPECT_NE(Msg.find("title"), std::string::npos) << Msg;
}

TEST(DataMapTest, HtmlEscapingAndLinks) {
  EXPECT_EQ(report::escapeHtml("a<b>\"c'&"), "a&lt;b&gt;&quot;c&#39;&amp;");
  EXPECT_EQ(report::relativeLink("/repo/build", "/repo/src/a b.cpp"),
            "../src/a%20b.cpp");
  EXPECT_EQ(report::relativeLink("/repo", "/repo/src/a.cpp"), "src/a.cpp");
  EXPECT_EQ(report::describeTarget("table:partners"), "table 'partners'");
  EXPECT_EQ(report::describeTarget("key:user:"), "key prefix 'user:'");
}
