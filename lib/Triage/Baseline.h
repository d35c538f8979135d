//===- Baseline.h - an earlier SARIF log to compare against -----*- C++ -*-===//
//
// `piiflow scan --baseline OLD.sarif` reports only the findings whose
// piiflow fingerprint is not in OLD. This reads OLD: the fingerprint of each
// of its results, and the result itself (as SARIF text) so that a result no
// longer found can be written back as baselineState "absent".
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_TRIAGE_BASELINE_H
#define PIIFLOW_TRIAGE_BASELINE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace piiflow::triage {

struct BaselineResult {
  std::string Fingerprint; ///< piiflow's current key (Report's FingerprintKey)
  std::string Sarif;       ///< the result object, as JSON text
};

struct Baseline {
  std::string Path;
  std::vector<BaselineResult> Results;
  /// Results without a current piiflow fingerprint (an older piiflow, or
  /// another tool): they can never match.
  unsigned WithoutFingerprint = 0;
};

/// Reads a SARIF log. Results marked "absent" in it (written by an earlier
/// --include-baseline-state run) are not part of the baseline. An unreadable
/// file, invalid JSON or a document that is not a SARIF log is an error.
llvm::Expected<Baseline> loadBaseline(llvm::StringRef Path,
                                      llvm::StringRef FingerprintKey);

} // namespace piiflow::triage

#endif
