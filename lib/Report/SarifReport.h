//===- SarifReport.h - findings as SARIF 2.1.0 ------------------*- C++ -*-===//
//
// One run, every rule declared with full metadata (whether or not it fired),
// results with code flows from the source declaration to the sink, relative
// URIs under %SRCROOT%, UTF-16 columns, GitHub's primaryLocationLineHash and
// piiflow's own fingerprint. Byte-identical output for identical input: no
// timestamps, sorted results. Messages name declarations, never values.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_SARIFREPORT_H
#define PIIFLOW_REPORT_SARIFREPORT_H

#include "Policy/Policy.h"
#include "Report/Findings.h"
#include "Solve/Linker.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace piiflow::report {

struct RunInfo {
  /// Absolute directory that %SRCROOT% stands for (no trailing slash).
  std::string SourceRoot;
  std::string WorkingDirectory;
  std::string CommandLine;
  /// GitHub's analysis category: automationDetails.id is "<category>/".
  std::string Category = "piiflow";
  bool ExecutionSuccessful = true;
  /// Problems worth a toolExecutionNotification (a TU that did not parse).
  struct Notification {
    std::string Level; ///< error, warning, note
    std::string Message;
    std::string File; ///< optional
  };
  std::vector<Notification> Notifications;

  /// One per finding, in order: fingerprints, baseline states and
  /// suppressions decided by triage. Empty: fingerprints() of the findings.
  std::vector<FindingState> States;
  /// Write result.baselineState on every result (--include-baseline-state),
  /// and append AbsentResults, the baseline's results (SARIF text of one
  /// result each) that this run no longer finds, as "absent".
  bool WriteBaselineState = false;
  std::vector<std::string> AbsentResults;
  /// Write result.suppressions on every result (--include-suppressed): the
  /// suppression of a suppressed finding, [] on the others.
  bool WriteSuppressions = false;
};

/// Writes the log; returns how many distinct files it had to name by an
/// absolute URI because they lie outside Run.SourceRoot (GitHub code
/// scanning rejects those, so callers warn).
unsigned writeSarif(llvm::raw_ostream &OS,
                    const std::vector<solve::Finding> &Fs,
                    const policy::Policy &P, const RunInfo &Run);

/// piiflow's version and home page, as the SARIF driver reports them.
llvm::StringRef toolVersion();
llvm::StringRef toolHomepage();

} // namespace piiflow::report

#endif
