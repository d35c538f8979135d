//===- LinkerTest.cpp - the whole-program link: summaries and tracing -----===//
#include "Solve/Linker.h"

#include "gtest/gtest.h"

using namespace piiflow;

namespace {

facts::Location at(const std::string &File, unsigned Line) {
  return {File, Line, 1, Line, 2};
}

facts::Step step(const std::string &File, unsigned Line,
                 const std::string &Msg) {
  return {facts::StepKind::Call, at(File, Line), Msg};
}

facts::Label source(const std::string &Usr) {
  facts::Label L;
  L.SourceUsr = Usr;
  return L;
}
facts::Label param(unsigned P) {
  facts::Label L;
  L.Kind = facts::LabelKind::Param;
  L.Param = P;
  return L;
}
facts::Label result(unsigned Call) {
  facts::Label L;
  L.Kind = facts::LabelKind::CallResult;
  L.Call = Call;
  return L;
}
facts::Point sink(unsigned I) {
  facts::Point P;
  P.Kind = facts::PointKind::Sink;
  P.Index = I;
  return P;
}
facts::Point ret() {
  facts::Point P;
  P.Kind = facts::PointKind::Return;
  return P;
}
facts::Point arg(unsigned Call, unsigned Param) {
  facts::Point P;
  P.Kind = facts::PointKind::CallArg;
  P.Index = Call;
  P.Param = Param;
  return P;
}

facts::Edge edge(facts::Label From, facts::Point To, const std::string &File,
                 unsigned Line, std::vector<std::string> Blocked = {}) {
  facts::Edge E;
  E.From = std::move(From);
  E.To = To;
  E.Blocked = std::move(Blocked);
  E.Steps.push_back(step(File, Line, "step"));
  return E;
}

facts::FunctionFacts function(const std::string &Usr, const std::string &File,
                              unsigned Line) {
  facts::FunctionFacts F;
  F.Usr = Usr;
  F.Name = Usr;
  F.Where = at(File, Line);
  return F;
}

facts::CallSite call(const std::string &Callee, const std::string &File,
                     unsigned Line, bool Virtual = false) {
  facts::CallSite C;
  C.Callee = Callee;
  C.CalleeName = Callee;
  C.Virtual = Virtual;
  C.Where = at(File, Line);
  return C;
}

facts::SinkSite logSink(const std::string &File, unsigned Line) {
  return {"log", "puts", "stdio.json#/models/0", at(File, Line), ""};
}

facts::SourceDecl phone() {
  facts::SourceDecl S;
  S.Usr = "phone";
  S.Name = "Partner::phone";
  S.DeclKind = "field";
  S.Category = "contact.phone";
  S.Where = at("a.h", 1);
  return S;
}

} // namespace

TEST(LinkerTest, WrapperInAnotherUnit) {
  // a.cpp: caller() { log_value(p.phone); }  b.cpp: log_value(v) { puts(v); }
  facts::TUFacts A, B;
  A.Sources.push_back(phone());
  facts::FunctionFacts Caller = function("caller", "a.cpp", 1);
  Caller.Calls.push_back(call("log_value", "a.cpp", 2));
  Caller.Edges.push_back(edge(source("phone"), arg(0, 0), "a.cpp", 2));
  A.Functions.push_back(Caller);
  facts::FunctionFacts Log = function("log_value", "b.cpp", 1);
  Log.Sinks.push_back(logSink("b.cpp", 2));
  Log.Edges.push_back(edge(param(0), sink(0), "b.cpp", 2));
  B.Functions.push_back(Log);

  solve::LinkResult R = solve::link({A, B});
  ASSERT_EQ(R.Findings.size(), 1u);
  const solve::Finding &F = R.Findings[0];
  EXPECT_EQ(F.Sink.Where.File, "b.cpp"); // at the library call in the wrapper
  EXPECT_EQ(F.Function, "log_value");
  ASSERT_EQ(F.Flows.size(), 1u);
  // Declared, the caller's step, the call, the callee's step.
  ASSERT_EQ(F.Flows[0].Steps.size(), 4u);
  EXPECT_EQ(F.Flows[0].Steps[1].Where.File, "a.cpp");
  EXPECT_EQ(F.Flows[0].Steps[2].Message, "passed as argument 1 to 'log_value'");
  EXPECT_EQ(F.Flows[0].Steps[3].Where.File, "b.cpp");
}

TEST(LinkerTest, ReturnsGoBackOnlyToTheirCaller) {
  // id(x) { return x; }  one() { puts(id(p.phone)); }  two() { puts(id("")); }
  facts::TUFacts T;
  T.Sources.push_back(phone());
  facts::FunctionFacts Id = function("id", "a.cpp", 1);
  Id.Edges.push_back(edge(param(0), ret(), "a.cpp", 1));
  facts::FunctionFacts One = function("one", "a.cpp", 2);
  One.Calls.push_back(call("id", "a.cpp", 3));
  One.Sinks.push_back(logSink("a.cpp", 3));
  One.Edges.push_back(edge(source("phone"), arg(0, 0), "a.cpp", 3));
  One.Edges.push_back(edge(result(0), sink(0), "a.cpp", 3));
  facts::FunctionFacts Two = function("two", "a.cpp", 4);
  Two.Calls.push_back(call("id", "a.cpp", 5));
  Two.Sinks.push_back(logSink("a.cpp", 5));
  Two.Edges.push_back(edge(result(0), sink(0), "a.cpp", 5));
  T.Functions = {Id, One, Two};
  solve::LinkResult R = solve::link({T});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Function, "one");
}

TEST(LinkerTest, SourcesReturnedReachEveryCaller) {
  // get() { return p.phone; }  use() { puts(get()); }
  facts::TUFacts T;
  T.Sources.push_back(phone());
  facts::FunctionFacts Get = function("get", "a.cpp", 1);
  Get.Edges.push_back(edge(source("phone"), ret(), "a.cpp", 1));
  facts::FunctionFacts Use = function("use", "a.cpp", 2);
  Use.Calls.push_back(call("get", "a.cpp", 3));
  Use.Sinks.push_back(logSink("a.cpp", 3));
  Use.Edges.push_back(edge(result(0), sink(0), "a.cpp", 3));
  T.Functions = {Get, Use};
  solve::LinkResult R = solve::link({T});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Function, "use");
}

TEST(LinkerTest, RecursionReachesAFixpoint) {
  // f(x) { g(x); }  g(x) { f(x); puts(x); }  main() { f(p.phone); }
  facts::TUFacts T;
  T.Sources.push_back(phone());
  facts::FunctionFacts F = function("f", "a.cpp", 1);
  F.Calls.push_back(call("g", "a.cpp", 1));
  F.Edges.push_back(edge(param(0), arg(0, 0), "a.cpp", 1));
  facts::FunctionFacts G = function("g", "a.cpp", 2);
  G.Calls.push_back(call("f", "a.cpp", 2));
  G.Sinks.push_back(logSink("a.cpp", 3));
  G.Edges.push_back(edge(param(0), arg(0, 0), "a.cpp", 2));
  G.Edges.push_back(edge(param(0), sink(0), "a.cpp", 3));
  facts::FunctionFacts Main = function("main", "a.cpp", 4);
  Main.Calls.push_back(call("f", "a.cpp", 4));
  Main.Edges.push_back(edge(source("phone"), arg(0, 0), "a.cpp", 4));
  T.Functions = {F, G, Main};
  solve::LinkResult R = solve::link({T});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Function, "g");
}

TEST(LinkerTest, VirtualCallsReachOverriders) {
  facts::TUFacts T;
  T.Sources.push_back(phone());
  facts::FunctionFacts Derived = function("Derived::write", "a.cpp", 1);
  Derived.Overrides.push_back("Base::write");
  Derived.Sinks.push_back(logSink("a.cpp", 1));
  Derived.Edges.push_back(edge(param(0), sink(0), "a.cpp", 1));
  facts::FunctionFacts Other = function("Other::write", "a.cpp", 2);
  Other.Sinks.push_back(logSink("a.cpp", 2));
  Other.Edges.push_back(edge(param(0), sink(0), "a.cpp", 2));
  facts::FunctionFacts Use = function("use", "a.cpp", 3);
  Use.Calls.push_back(call("Base::write", "a.cpp", 3, /*Virtual=*/true));
  Use.Edges.push_back(edge(source("phone"), arg(0, 0), "a.cpp", 3));
  T.Functions = {Derived, Other, Use};
  solve::LinkResult R = solve::link({T});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Function, "Derived::write");
}

TEST(LinkerTest, PointersReachAddressTakenFunctionsOfTheSignature) {
  facts::TUFacts T;
  T.Sources.push_back(phone());
  for (auto [Name, Line] : {std::pair<const char *, unsigned>{"print", 1},
                            {"count", 2}, {"hidden", 3}}) {
    facts::FunctionFacts F = function(Name, "a.cpp", Line);
    F.Sinks.push_back(logSink("a.cpp", Line));
    F.Edges.push_back(edge(param(0), sink(0), "a.cpp", Line));
    T.Functions.push_back(F);
  }
  T.AddressTakenFunctions = {{"print", "void(const char *)"},
                             {"count", "void(int)"}};
  facts::FunctionFacts Use = function("use", "a.cpp", 4);
  facts::CallSite C = call("", "a.cpp", 4);
  C.Signature = "void(const char *)";
  Use.Calls.push_back(C);
  Use.Edges.push_back(edge(source("phone"), arg(0, 0), "a.cpp", 4));
  T.Functions.push_back(Use);
  solve::LinkResult R = solve::link({T});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Function, "print");
}

TEST(LinkerTest, SanitizersOnTheWayBlockTheirCategories) {
  // log_masked(x) { puts(mask_phone(x)); } blocks contact.phone only.
  facts::TUFacts T;
  T.Sources.push_back(phone());
  facts::SourceDecl Email = phone();
  Email.Usr = "email";
  Email.Name = "Partner::email";
  Email.Category = "contact.email";
  T.Sources.push_back(Email);
  facts::FunctionFacts Log = function("log_masked", "a.cpp", 1);
  Log.Sinks.push_back(logSink("a.cpp", 1));
  Log.Edges.push_back(
      edge(param(0), sink(0), "a.cpp", 1, {"contact.phone"}));
  facts::FunctionFacts Use = function("use", "a.cpp", 2);
  Use.Calls.push_back(call("log_masked", "a.cpp", 2));
  Use.Calls.push_back(call("log_masked", "a.cpp", 3));
  Use.Edges.push_back(edge(source("phone"), arg(0, 0), "a.cpp", 2));
  Use.Edges.push_back(edge(source("email"), arg(1, 0), "a.cpp", 3));
  T.Functions = {Log, Use};
  solve::LinkResult R = solve::link({T});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Category, "contact.email");
}

TEST(LinkerTest, IdenticalBodiesFromSeveralUnitsCountOnce) {
  facts::TUFacts A;
  A.Sources.push_back(phone());
  facts::FunctionFacts Inline = function("inl", "a.h", 1);
  Inline.Sinks.push_back(logSink("a.h", 2));
  Inline.Edges.push_back(edge(source("phone"), sink(0), "a.h", 2));
  A.Functions.push_back(Inline);
  facts::TUFacts B = A;
  solve::LinkResult R = solve::link({A, B});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Flows.size(), 1u);
  EXPECT_EQ(R.Functions, 1u);
}
