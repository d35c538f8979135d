//===- ScanCommand.h - piiflow scan: extract, link, report ------*- C++ -*-===//
#ifndef PIIFLOW_TOOLS_SCANCOMMAND_H
#define PIIFLOW_TOOLS_SCANCOMMAND_H

#include "Report/Findings.h"

#include <string>
#include <vector>

namespace piiflow {

struct ScanOptions {
  std::string BuildPath;             ///< -p
  std::vector<std::string> Policies; ///< --policy, in order
  std::string SarifFile;             ///< --sarif
  std::string FactsDir;              ///< --facts-dir
  std::string SourceRoot;            ///< --source-root
  std::string SarifCategory;         ///< --sarif-category
  unsigned Jobs = 0;                 ///< -j
  report::Level FailOn = report::Level::Warning;
  std::vector<std::string> Sources;
  bool HasDashDash = false;           ///< "--" was given
  std::vector<std::string> ExtraArgs; ///< after "--"
  std::string CommandLine;            ///< for SARIF's invocation
};

/// Exit codes, as documented in docs/user-guide.md.
enum ExitCode : int {
  ExitClean = 0,    ///< nothing at or above --fail-on
  ExitFindings = 1, ///< findings at or above --fail-on
  ExitFailure = 2,  ///< piiflow could not do its job
};

int runScan(const ScanOptions &Opts);

} // namespace piiflow

#endif
