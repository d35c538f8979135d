//===- RepeatedBodiesTest.cpp - repeats of a body dropped as TUs finish ---===//
#include "Solve/RepeatedBodies.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <thread>

using namespace piiflow;

namespace {

/// A body: its USR and the line it is defined on in "h.h"; Name says which
/// TU's copy it is.
facts::FunctionFacts body(const std::string &Usr, unsigned Line, unsigned TU) {
  facts::FunctionFacts F;
  F.Usr = Usr;
  F.Where = {"h.h", Line, 1, Line, 2};
  F.Name = Usr + "@" + std::to_string(TU);
  return F;
}

facts::TUFacts tu(unsigned I,
                  std::vector<std::pair<std::string, unsigned>> Bs) {
  facts::TUFacts T;
  for (const auto &[Usr, Line] : Bs)
    T.Functions.push_back(body(Usr, Line, I));
  return T;
}

std::vector<std::string> names(const facts::TUFacts &T) {
  std::vector<std::string> Out;
  for (const facts::FunctionFacts &F : T.Functions)
    Out.push_back(F.Name);
  return Out;
}

using Names = std::vector<std::string>;

/// Four TUs that share bodies; 'main' is defined twice (two programs).
std::vector<facts::TUFacts> program() {
  return {tu(0, {{"a", 1}, {"b", 2}, {"main", 10}}),
          tu(1, {{"a", 1}, {"c", 3}, {"main", 20}}),
          tu(2, {{"b", 2}, {"c", 3}, {"d", 4}}),
          tu(3, {{"d", 4}, {"a", 1}, {"e", 5}})};
}

/// What the link keeps: each body from the first TU in input order.
void expectFirstKept(const std::vector<facts::TUFacts> &TUs) {
  EXPECT_EQ(names(TUs[0]), (Names{"a@0", "b@0", "main@0"}));
  EXPECT_EQ(names(TUs[1]), (Names{"c@1", "main@1"}));
  EXPECT_EQ(names(TUs[2]), (Names{"d@2"}));
  EXPECT_EQ(names(TUs[3]), (Names{"e@3"}));
}

TEST(RepeatedBodiesTest, InInputOrder) {
  auto TUs = program();
  solve::RepeatedBodies R;
  for (size_t I = 0; I < TUs.size(); ++I)
    R.add(I, TUs[I]);
  expectFirstKept(TUs);
}

TEST(RepeatedBodiesTest, AnyOrderOfFinishingKeepsTheFirstInInput) {
  std::vector<size_t> Order = {0, 1, 2, 3};
  do {
    auto TUs = program();
    solve::RepeatedBodies R;
    for (size_t I : Order)
      R.add(I, TUs[I]);
    SCOPED_TRACE("order " + std::to_string(Order[0]) +
                 std::to_string(Order[1]) + std::to_string(Order[2]) +
                 std::to_string(Order[3]));
    expectFirstKept(TUs);
  } while (std::next_permutation(Order.begin(), Order.end()));
}

TEST(RepeatedBodiesTest, ARepeatWithinOneTUGoesToo) {
  facts::TUFacts T = tu(0, {{"a", 1}, {"b", 2}});
  T.Functions.push_back(body("a", 1, 0));
  T.Functions.back().Name = "second a";
  facts::TUFacts U = tu(1, {{"b", 2}});
  solve::RepeatedBodies R;
  R.add(1, U);
  R.add(0, T);
  EXPECT_EQ(names(T), (Names{"a@0", "b@0"}));
  EXPECT_TRUE(U.Functions.empty());
}

TEST(RepeatedBodiesTest, FromSeveralThreads) {
  std::vector<facts::TUFacts> TUs;
  for (unsigned I = 0; I < 64; ++I)
    TUs.push_back(tu(I, {{"shared", 1}, {"own" + std::to_string(I), 2}}));
  solve::RepeatedBodies R;
  std::vector<std::thread> Threads;
  for (unsigned T = 0; T < 4; ++T)
    Threads.emplace_back([&, T] {
      for (size_t I = 63 - T; I < 64; I -= 4)
        R.add(I, TUs[I]);
    });
  for (std::thread &T : Threads)
    T.join();
  EXPECT_EQ(names(TUs[0]), (Names{"shared@0", "own0@0"}));
  for (unsigned I = 1; I < 64; ++I)
    EXPECT_EQ(names(TUs[I]),
              (Names{"own" + std::to_string(I) + "@" + std::to_string(I)}));
}

} // namespace
