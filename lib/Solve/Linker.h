//===- Linker.h - merge per-TU facts into findings --------------*- C++ -*-===//
//
// The whole-program step. It merges the fact files of all TUs (a function
// defined in a header and analysed in several TUs counts once, by USR),
// and turns every flow from a source to a sink into a finding: one finding
// per (sink, rule, category), with one code flow per distinct source, the
// shortest first. Findings are sorted by location, so output is the same for
// any order of TUs and any -j. Flows into approved destinations are grouped
// the same way, apart from the findings.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SOLVE_LINKER_H
#define PIIFLOW_SOLVE_LINKER_H

#include "Extract/Facts.h"
#include "Policy/Policy.h"

#include "llvm/ADT/ArrayRef.h"

#include <string>
#include <vector>

namespace piiflow::solve {

/// One path from a source declaration to the sink.
struct CodeFlow {
  facts::SourceDecl Source;
  /// The declaration, then each step from the read to the sink.
  std::vector<facts::Step> Steps;
};

struct Finding {
  std::string Rule;     ///< pii-log, pii-third-party, pii-storage
  std::string Category; ///< the category id
  facts::SinkSite Sink;
  std::string Function; ///< the function that contains the sink call
  std::vector<CodeFlow> Flows;
};

struct LinkResult {
  std::vector<Finding> Findings;
  /// Flows into destinations the policy approves (SinkSite::Approved),
  /// grouped and sorted as findings are but not reported as findings: the
  /// data map shows them, and which approvals are still in use.
  std::vector<Finding> Approved;
  unsigned Functions = 0; ///< distinct functions with flows
  unsigned Sources = 0;   ///< distinct classified declarations read
};

LinkResult link(llvm::ArrayRef<facts::TUFacts> TUs);

} // namespace piiflow::solve

#endif
