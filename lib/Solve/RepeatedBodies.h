//===- RepeatedBodies.h - drop bodies an earlier TU has ---------*- C++ -*-===//
//
// An inline function of a header is analysed in every TU that includes it,
// and the link keeps only one of these bodies: the first in input order (a
// body is its USR and where it is defined; see Program in Linker.cpp). On a
// C++ code base most of the facts are such repeats (three quarters on POCO's
// core libraries), and the facts of all TUs are held until the link. This
// drops the repeats as TUs finish, in any order, so that what is held grows
// with the program rather than with how often its headers are included,
// and the link still sees exactly the bodies it would keep.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SOLVE_REPEATEDBODIES_H
#define PIIFLOW_SOLVE_REPEATEDBODIES_H

#include "Extract/Facts.h"

#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace piiflow::solve {

class RepeatedBodies {
public:
  /// The facts of TU Index (its position in the input) are complete. Drops
  /// from them the bodies that a TU of a lower index (or an earlier body of
  /// the same TU) has, and from the TUs of a higher index added before the
  /// bodies that this one has. The facts must stay where they are until the
  /// last call returns. Safe to call from several threads at once.
  void add(size_t Index, facts::TUFacts &TU);

private:
  using Key = std::pair<std::string, facts::Location>;
  std::mutex Lock;
  /// The TU whose copy of each body is kept.
  std::map<Key, size_t> Holder;
  std::map<size_t, facts::TUFacts *> TUs;
};

} // namespace piiflow::solve

#endif
