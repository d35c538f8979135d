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
  Fn.Sinks.push_back({"log",
                      "printf",
                      "rules/models/stdio.json#/models/0",
                      {"/src/a.cpp", 8, 3, 8, 20},
                      ""});
  Fn.Calls.push_back(
      {"c:@F@helper", "helper", "", "", false, {"/src/a.cpp", 9, 3, 9, 12}});
  facts::Edge E;
  E.From.SourceUsr = S.Usr;
  E.To.Kind = facts::PointKind::Sink;
  E.To.Index = 0;
  E.Steps.push_back(
      {facts::StepKind::Read, {"/src/a.cpp", 6, 23, 6, 30}, "read"});
  E.Steps.push_back(
      {facts::StepKind::Store, {"/src/a.cpp", 7, 3, 7, 9}, "stored in 'm'"});
  E.Steps.push_back(
      {facts::StepKind::Sink, {"/src/a.cpp", 8, 3, 8, 20}, "sink"});
  Fn.Edges.push_back(E);
  facts::Edge P;
  P.From.Kind = facts::LabelKind::Param;
  P.From.Param = facts::ThisParam;
  P.To.Kind = facts::PointKind::CallArg;
  P.To.Index = 0;
  P.To.Param = 1;
  P.Blocked = {"contact.phone"};
  Fn.Edges.push_back(P);
  facts::Edge R;
  R.From.Kind = facts::LabelKind::CallOut;
  R.From.Call = 0;
  R.From.Param = 0;
  R.To.Kind = facts::PointKind::Return;
  Fn.Edges.push_back(R);
  facts::Edge J; // into the join point 2, and from its label to the return
  J.From.Kind = facts::LabelKind::CallResult;
  J.To.Kind = facts::PointKind::Join;
  J.To.Param = 2;
  Fn.Edges.push_back(J);
  facts::Edge K;
  K.From.Kind = facts::LabelKind::Join;
  K.From.Param = 2;
  K.To.Kind = facts::PointKind::Return;
  Fn.Edges.push_back(K);
  Fn.Overrides.push_back("c:@S@Base@F@f#");
  F.Functions.push_back(Fn);
  F.AddressTakenFunctions.push_back({"c:@F@helper", "void(int)"});
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
  const facts::FunctionFacts &Fn = Back->Functions[0];
  ASSERT_EQ(Fn.Edges.size(), 5u);
  ASSERT_EQ(Fn.Edges[0].Steps.size(), 3u);
  EXPECT_EQ(Fn.Edges[0].Steps[1].Kind, facts::StepKind::Store);
  EXPECT_EQ(Fn.Edges[1].From.Param, facts::ThisParam);
  EXPECT_EQ(Fn.Edges[1].To.Param, 1u);
  EXPECT_EQ(Fn.Edges[1].Blocked, std::vector<std::string>{"contact.phone"});
  EXPECT_EQ(Fn.Edges[2].From.Kind, facts::LabelKind::CallOut);
  EXPECT_EQ(Fn.Edges[3].To.Kind, facts::PointKind::Join);
  EXPECT_EQ(Fn.Edges[3].To.Param, 2u);
  EXPECT_EQ(Fn.Edges[4].From.Kind, facts::LabelKind::Join);
  EXPECT_EQ(Fn.Edges[4].From.Param, 2u);
  EXPECT_EQ(Fn.Calls[0].Callee, "c:@F@helper");
  EXPECT_EQ(Back->AddressTakenFunctions.size(), 1u);
  EXPECT_EQ(Back->Sources[0].Where.Column, 15u);
}

TEST(FactFileTest, RejectsOtherVersions) {
  std::string Text = solve::writeFacts(sample());
  std::string Version = "\"version\": " + std::to_string(facts::FactsVersion);
  size_t At = Text.find(Version);
  ASSERT_NE(At, std::string::npos);
  Text.replace(At, Version.size(), "\"version\": 99");
  auto Back = solve::readFacts("a.facts.json", Text);
  ASSERT_FALSE(static_cast<bool>(Back));
  EXPECT_NE(llvm::toString(Back.takeError()).find("version 99"),
            std::string::npos);
}

TEST(FactFileTest, RejectsMalformedFiles) {
  auto Back = solve::readFacts("x.json",
                               "{\"format\": \"piiflow-facts\", \"version\": " +
                                   std::to_string(facts::FactsVersion) + "}");
  ASSERT_FALSE(static_cast<bool>(Back));
  EXPECT_NE(llvm::toString(Back.takeError()).find("mainFile"),
            std::string::npos);
  auto NotFacts = solve::readFacts("x.json", "[1, 2]");
  ASSERT_FALSE(static_cast<bool>(NotFacts));
  llvm::consumeError(NotFacts.takeError());
}

TEST(FactFileTest, RejectsEdgesToMissingCalls) {
  facts::TUFacts F = sample();
  F.Functions[0].Edges[1].To.Index = 7;
  auto Back = solve::readFacts("a.facts.json", solve::writeFacts(F));
  ASSERT_FALSE(static_cast<bool>(Back));
  EXPECT_NE(llvm::toString(Back.takeError()).find("no call 7"),
            std::string::npos);
}
