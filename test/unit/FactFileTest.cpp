//===- FactFileTest.cpp - the fact file format ----------------------------===//
#include "Solve/FactFile.h"

#include "gtest/gtest.h"

using namespace piiflow;

static facts::TUFacts sample() {
  facts::TUFacts F;
  F.MainFile = "/src/a.cpp";
  facts::SourceDecl S;
  S.Usr = "c:@S@Partner@FI@phone";
  S.Name = "Partner::phone";
  S.DeclKind = "field";
  S.Category = "contact.phone";
  S.Reason = "name 'phone'";
  S.Where = {"/src/a.h", 3, 15, 3, 20};
  F.Sources.push_back(S);
  facts::FunctionFacts Fn;
  Fn.Usr = "c:@F@f";
  Fn.Name = "f";
  Fn.Where = {"/src/a.cpp", 5, 6, 5, 7};
  facts::Flow Fl;
  Fl.SourceUsr = S.Usr;
  Fl.Steps.push_back(
      {facts::StepKind::Read, {"/src/a.cpp", 6, 23, 6, 30}, "read"});
  Fl.Steps.push_back(
      {facts::StepKind::Store, {"/src/a.cpp", 7, 3, 7, 9}, "stored in 'm'"});
  Fl.Steps.push_back(
      {facts::StepKind::Sink, {"/src/a.cpp", 8, 3, 8, 20}, "sink"});
  Fl.Sink = {"log",
             "printf",
             "rules/models/stdio.json#/models/0",
             {"/src/a.cpp", 8, 3, 8, 20}};
  Fn.Flows.push_back(Fl);
  F.Functions.push_back(Fn);
  return F;
}

TEST(FactFileTest, RoundTrip) {
  facts::TUFacts F = sample();
  std::string Text = solve::writeFacts(F);
  auto Back = solve::readFacts("a.facts.json", Text);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  // Writing what was read gives the same bytes: nothing is lost.
  EXPECT_EQ(solve::writeFacts(*Back), Text);
  ASSERT_EQ(Back->Functions.size(), 1u);
  ASSERT_EQ(Back->Functions[0].Flows[0].Steps.size(), 3u);
  EXPECT_EQ(Back->Functions[0].Flows[0].Steps[1].Kind, facts::StepKind::Store);
  EXPECT_EQ(Back->Sources[0].Where.Column, 15u);
}

TEST(FactFileTest, RejectsOtherVersions) {
  std::string Text = solve::writeFacts(sample());
  size_t At = Text.find("\"version\": 1");
  ASSERT_NE(At, std::string::npos);
  Text.replace(At, 12, "\"version\": 99");
  auto Back = solve::readFacts("a.facts.json", Text);
  ASSERT_FALSE(static_cast<bool>(Back));
  EXPECT_NE(llvm::toString(Back.takeError()).find("version 99"),
            std::string::npos);
}

TEST(FactFileTest, RejectsMalformedFiles) {
  auto Back = solve::readFacts(
      "x.json", "{\"format\": \"piiflow-facts\", \"version\": 1}");
  ASSERT_FALSE(static_cast<bool>(Back));
  EXPECT_NE(llvm::toString(Back.takeError()).find("mainFile"),
            std::string::npos);
  auto NotFacts = solve::readFacts("x.json", "[1, 2]");
  ASSERT_FALSE(static_cast<bool>(NotFacts));
  llvm::consumeError(NotFacts.takeError());
}
