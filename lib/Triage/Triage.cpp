//===- Triage.cpp - which findings a run reports, and why -----------------===//
#include "Triage/Triage.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <set>

namespace piiflow::triage {

unsigned TriageResult::count(Disposition D) const {
  return llvm::count(Dispositions, D);
}

namespace {

bool touchesDiff(const solve::Finding &F, const ChangedLines &Diff) {
  if (Diff.contains(F.Sink.Where.File, F.Sink.Where.Line))
    return true;
  for (const solve::CodeFlow &CF : F.Flows)
    for (const facts::Step &S : CF.Steps)
      if (Diff.contains(S.Where.File, S.Where.Line))
        return true;
  return false;
}

} // namespace

TriageResult triage(const std::vector<solve::Finding> &Fs,
                    const TriageInputs &In) {
  TriageResult R;
  std::vector<std::string> Prints = report::fingerprints(Fs, In.SourceRoot);
  llvm::StringMap<const IgnoreEntry *> Ignored;
  if (In.Ignores)
    for (const IgnoreEntry &E : In.Ignores->Entries)
      Ignored.try_emplace(E.Fingerprint, &E);
  llvm::StringSet<> InBaseline;
  if (In.Base)
    for (const BaselineResult &B : In.Base->Results)
      InBaseline.insert(B.Fingerprint);

  NoLintIndex NoLints;
  std::set<std::string> FilesWithFindings;
  llvm::StringSet<> UsedIgnores, Current;
  for (size_t I = 0; I < Fs.size(); ++I) {
    const solve::Finding &F = Fs[I];
    report::FindingState S;
    S.Fingerprint = Prints[I];
    Current.insert(S.Fingerprint);
    FilesWithFindings.insert(F.Sink.Where.File);
    Disposition D = Disposition::Reported;

    if (const NoLintFile *NF = NoLints.file(F.Sink.Where.File))
      if (const NoLintDirective *ND =
              NF->suppression(F.Sink.Where.Line, F.Rule)) {
        report::Suppression Sup;
        Sup.How = report::Suppression::Kind::InSource;
        Sup.Justification = ND->Reason;
        Sup.File = F.Sink.Where.File;
        Sup.Line = ND->Line;
        S.Suppressed = Sup;
      }
    auto It = Ignored.find(S.Fingerprint);
    if (It != Ignored.end() &&
        (It->second->Rule.empty() || It->second->Rule == F.Rule)) {
      UsedIgnores.insert(S.Fingerprint);
      if (!S.Suppressed) {
        const IgnoreEntry &E = *It->second;
        report::Suppression Sup;
        Sup.How = report::Suppression::Kind::External;
        Sup.Justification = E.Reason;
        Sup.File = In.Ignores->Path;
        Sup.Line = E.Pos.Line;
        Sup.Author = E.Author;
        Sup.Date = E.Date;
        S.Suppressed = Sup;
      }
    }
    if (In.Base)
      S.BaselineState = InBaseline.contains(S.Fingerprint)
                            ? report::FindingState::Baseline::Unchanged
                            : report::FindingState::Baseline::New;

    if (S.Suppressed)
      D = Disposition::Suppressed;
    else if (In.Diff && !touchesDiff(F, *In.Diff))
      D = Disposition::OutsideDiff;
    else if (S.BaselineState == report::FindingState::Baseline::Unchanged)
      D = Disposition::Unchanged;
    R.States.push_back(std::move(S));
    R.Dispositions.push_back(D);
  }

  if (In.Ignores)
    for (const IgnoreEntry &E : In.Ignores->Entries)
      if (!UsedIgnores.contains(E.Fingerprint))
        R.Stale.push_back(E);
  for (const std::string &File : FilesWithFindings)
    if (const NoLintFile *NF = NoLints.file(File))
      for (const NoLintDirective &D : NF->unmatched())
        R.Unmatched.push_back({File, D});
  if (In.Base)
    for (const BaselineResult &B : In.Base->Results)
      if (!Current.contains(B.Fingerprint))
        R.Absent.push_back(B.Sarif);
  return R;
}

} // namespace piiflow::triage
