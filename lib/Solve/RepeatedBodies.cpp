//===- RepeatedBodies.cpp - drop function bodies an earlier TU has --------===//
#include "Solve/RepeatedBodies.h"

#include "llvm/ADT/STLExtras.h"

#include <set>
#include <vector>

namespace piiflow::solve {

namespace {

/// Removes the bodies that Drop says go, and gives the memory back.
template <typename Pred>
void removeBodies(std::vector<facts::FunctionFacts> &Fs, Pred Drop) {
  auto End = std::remove_if(Fs.begin(), Fs.end(), Drop);
  if (End == Fs.end())
    return;
  Fs.erase(End, Fs.end());
  Fs.shrink_to_fit();
}

} // namespace

void RepeatedBodies::add(size_t Index, facts::TUFacts &TU) {
  std::lock_guard<std::mutex> Guard(Lock);
  TUs[Index] = &TU;
  // The TUs of a higher index that had a body first, and which bodies.
  std::map<size_t, std::set<Key>> Lose;
  removeBodies(TU.Functions, [&](const facts::FunctionFacts &F) {
    auto [It, New] = Holder.try_emplace(Key(F.Usr, F.Where), Index);
    if (New)
      return false;
    if (It->second <= Index)
      return true;
    Lose[It->second].insert(It->first);
    It->second = Index;
    return false;
  });
  for (const auto &[Later, Keys] : Lose)
    removeBodies(TUs[Later]->Functions, [&](const facts::FunctionFacts &F) {
      return Keys.count(Key(F.Usr, F.Where)) != 0;
    });
}

} // namespace piiflow::solve
