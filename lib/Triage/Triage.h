//===- Triage.h - which findings a run reports, and why ---------*- C++ -*-===//
//
// Between the link step and the reports: each finding is suppressed (a NOLINT
// comment at its sink, or an entry of the ignore file), outside the diff
// (--diff-base), unchanged since the baseline (--baseline), or reported.
// Only reported findings count for the exit status; the reports may show the
// others too, marked (SARIF suppressions and baselineState). Also found on
// the way: stale ignore entries and unmatched NOLINTBEGIN/NOLINTEND.
//
// This is a library so that the rules are tested without the command line;
// main() only passes options in.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_TRIAGE_TRIAGE_H
#define PIIFLOW_TRIAGE_TRIAGE_H

#include "Report/Findings.h"
#include "Solve/Linker.h"
#include "Triage/Baseline.h"
#include "Triage/GitDiff.h"
#include "Triage/IgnoreFile.h"
#include "Triage/NoLint.h"

#include <string>
#include <vector>

namespace piiflow::triage {

struct TriageInputs {
  std::string SourceRoot;              ///< for fingerprints
  const IgnoreFile *Ignores = nullptr; ///< optional
  const Baseline *Base = nullptr;      ///< optional
  const ChangedLines *Diff = nullptr;  ///< optional
};

enum class Disposition { Reported, Suppressed, OutsideDiff, Unchanged };

struct UnmatchedNoLint {
  std::string File;
  NoLintDirective Directive;
};

struct TriageResult {
  /// One per finding, in order: its fingerprint, baseline state (when a
  /// baseline was given) and suppression.
  std::vector<report::FindingState> States;
  std::vector<Disposition> Dispositions;
  /// Ignore entries that match no finding.
  std::vector<IgnoreEntry> Stale;
  /// NOLINTBEGIN/NOLINTEND without a partner, in the files with findings.
  std::vector<UnmatchedNoLint> Unmatched;
  /// Baseline results that no finding of this run matches (SARIF text).
  std::vector<std::string> Absent;

  unsigned count(Disposition D) const;
};

/// Decides every finding. Fingerprints are computed over all of them, so a
/// finding's fingerprint does not depend on which others are suppressed.
TriageResult triage(const std::vector<solve::Finding> &Fs,
                    const TriageInputs &In);

} // namespace piiflow::triage

#endif
