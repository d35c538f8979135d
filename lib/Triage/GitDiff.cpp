//===- GitDiff.cpp - lines changed since a git revision -------------------===//
#include "Triage/GitDiff.h"

#include "Support/Text.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <optional>

namespace piiflow::triage {

bool ChangedLines::contains(llvm::StringRef File, unsigned Line) const {
  if (WholeFiles.count(File.str()))
    return true;
  auto It = Ranges.find(File);
  if (It == Ranges.end())
    return false;
  return llvm::any_of(It->second, [&](const std::pair<unsigned, unsigned> &R) {
    return R.first <= Line && Line <= R.second;
  });
}

void ChangedLines::addRange(llvm::StringRef File, unsigned First,
                            unsigned Last) {
  Ranges[File].push_back({First, Last});
}

void ChangedLines::addWholeFile(llvm::StringRef File) {
  WholeFiles.insert(File.str());
}

std::vector<std::string> ChangedLines::files() const {
  std::set<std::string> All(WholeFiles);
  for (const auto &E : Ranges)
    All.insert(E.first().str());
  return {All.begin(), All.end()};
}

namespace {

std::string inRoot(llvm::StringRef Root, llvm::StringRef Rel) {
  llvm::SmallString<256> P(Root);
  llvm::sys::path::append(P, Rel);
  return std::string(P);
}

/// "12" or "12,3" from a hunk header: (start, count).
std::optional<std::pair<unsigned, unsigned>> parseRange(llvm::StringRef S) {
  auto [A, B] = S.split(',');
  unsigned Start = 0, Count = 1;
  if (A.getAsInteger(10, Start))
    return std::nullopt;
  if (!B.empty() && B.getAsInteger(10, Count))
    return std::nullopt;
  return std::make_pair(Start, Count);
}

} // namespace

void parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef Root,
                      ChangedLines &D) {
  std::string File; // empty: the file was deleted, or no header yet
  llvm::SmallVector<llvm::StringRef> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    if (L.consume_front("+++ ")) {
      L = L.rtrim("\r\t");
      File = L.consume_front("b/") ? inRoot(Root, L) : "";
      continue;
    }
    if (File.empty() || !L.consume_front("@@ -"))
      continue;
    // "@@ -a[,b] +c[,d] @@ ...": lines c .. c+d-1 of the new file.
    size_t Plus = L.find(" +");
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef New = L.substr(Plus + 2);
    New = New.take_until([](char C) { return C == ' '; });
    auto R = parseRange(New);
    if (!R)
      continue;
    auto [Start, Count] = *R;
    if (Count > 0)
      D.addRange(File, Start, Start + Count - 1);
    else // a deletion after line Start: the lines on either side
      D.addRange(File, Start == 0 ? 1 : Start, Start + 1);
  }
}

llvm::Expected<std::string> runGit(llvm::ArrayRef<std::string> Args,
                                   llvm::StringRef Dir) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "git is not installed (not on PATH)");
  llvm::SmallString<128> Out, Err;
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("piiflow-git", "out", Out))
    return llvm::createStringError(EC, "cannot create a temporary file: " +
                                           EC.message());
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("piiflow-git", "err", Err)) {
    llvm::sys::fs::remove(Out);
    return llvm::createStringError(EC, "cannot create a temporary file: " +
                                           EC.message());
  }
  std::vector<llvm::StringRef> Argv = {*Git, "-C", Dir, "-c",
                                       "core.quotePath=false"};
  for (const std::string &A : Args)
    Argv.push_back(A);
  std::optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(""), llvm::StringRef(Out), llvm::StringRef(Err)};
  std::string ExecError;
  int RC = llvm::sys::ExecuteAndWait(*Git, Argv, /*Env=*/std::nullopt,
                                     Redirects, 0, 0, &ExecError);
  auto OutText = support::readFile(Out);
  auto ErrText = support::readFile(Err);
  llvm::sys::fs::remove(Out);
  llvm::sys::fs::remove(Err);
  if (!OutText)
    return OutText.takeError();
  std::string Stderr;
  if (ErrText)
    Stderr = llvm::StringRef(*ErrText).trim().str();
  else
    llvm::consumeError(ErrText.takeError());
  if (RC != 0)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "git " + llvm::join(Args, " ") + " failed" +
            (!ExecError.empty() ? ": " + ExecError
                                : (!Stderr.empty() ? ": " + Stderr : "")));
  return std::move(*OutText);
}

llvm::Expected<ChangedLines> changedSince(llvm::StringRef Ref,
                                          llvm::StringRef Dir) {
  auto Top = runGit({"rev-parse", "--show-toplevel"}, Dir);
  if (!Top) {
    llvm::consumeError(Top.takeError());
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--diff-base: '" + Dir +
                                       "' is not in a git repository");
  }
  std::string Root = llvm::StringRef(*Top).trim().str();
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Root, Real))
    Root = std::string(Real);
  auto Commit = runGit(
      {"rev-parse", "--verify", "--quiet", (Ref + "^{commit}").str()}, Dir);
  if (!Commit) {
    llvm::consumeError(Commit.takeError());
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--diff-base: unknown git revision '" + Ref +
                                       "' in '" + Root + "'");
  }
  ChangedLines D;
  // "--" after the revision: a revision that is also a file name stays a
  // revision.
  auto Diff = runGit({"diff", "--unified=0", "--no-color", "--no-ext-diff",
                      llvm::StringRef(*Commit).trim().str(), "--"},
                     Root);
  if (!Diff)
    return Diff.takeError();
  parseUnifiedDiff(*Diff, Root, D);
  auto Untracked =
      runGit({"ls-files", "--others", "--exclude-standard", "-z"}, Root);
  if (!Untracked)
    return Untracked.takeError();
  llvm::SmallVector<llvm::StringRef> Names;
  llvm::StringRef(*Untracked).split(Names, '\0', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef N : Names)
    D.addWholeFile(inRoot(Root, N));
  return D;
}

} // namespace piiflow::triage
