//===- GitDiff.h - lines changed since a git revision -----------*- C++ -*-===//
//
// `piiflow scan --diff-base REF` keeps the findings whose path touches a line
// that changed since REF: the lines `git diff --unified=0 REF` reports as
// added or modified in the working tree (a pure deletion marks the lines on
// either side of it), and every line of files git does not track yet.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_TRIAGE_GITDIFF_H
#define PIIFLOW_TRIAGE_GITDIFF_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace piiflow::triage {

class ChangedLines {
public:
  /// True if Line (1-based) of File (an absolute path) changed.
  bool contains(llvm::StringRef File, unsigned Line) const;

  /// Records lines [First, Last] of File as changed.
  void addRange(llvm::StringRef File, unsigned First, unsigned Last);
  /// Records every line of File as changed (a file git does not track).
  void addWholeFile(llvm::StringRef File);

  /// Files with changes, sorted (for tests and -v).
  std::vector<std::string> files() const;

private:
  llvm::StringMap<std::vector<std::pair<unsigned, unsigned>>> Ranges;
  std::set<std::string> WholeFiles;
};

/// Parses the output of `git diff --unified=0` (paths relative to Root,
/// the repository's top level) into D.
void parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef Root,
                      ChangedLines &D);

/// Runs git in Dir: checks that Dir is in a repository and that Ref names a
/// commit, then collects the lines changed since Ref (tracked files) and
/// the untracked files. Errors say what is wrong (no git, not a repository,
/// unknown revision).
llvm::Expected<ChangedLines> changedSince(llvm::StringRef Ref,
                                          llvm::StringRef Dir);

/// Runs `git` with Args in Dir and returns its stdout; an error carries its
/// stderr. Shared with `piiflow ignore` (git config user.name).
llvm::Expected<std::string> runGit(llvm::ArrayRef<std::string> Args,
                                   llvm::StringRef Dir);

} // namespace piiflow::triage

#endif
