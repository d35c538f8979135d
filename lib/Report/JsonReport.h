//===- JsonReport.h - findings as piiflow's own JSON -------------*- C++
//-*-===//
//
// A plain, versioned JSON document for scripts and tools that do not want to
// read SARIF (docs/json-output.md is the schema; "version": 1). It carries
// what the text report says, structured, plus the fingerprint and what
// triage decided (suppressions, baseline state). Also the effective
// configuration that `piiflow scan --dump-config` prints.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_JSONREPORT_H
#define PIIFLOW_REPORT_JSONREPORT_H

#include "Policy/Policy.h"
#include "Report/Findings.h"
#include "Solve/Linker.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace piiflow::report {

/// The version of the JSON output format; bump it on incompatible changes.
inline constexpr unsigned JsonOutputVersion = 1;

/// Counts for the JSON document's "summary".
struct JsonSummary {
  unsigned TranslationUnits = 0; ///< in the scan
  unsigned Analysed = 0;         ///< that parsed
  unsigned Suppressed = 0;       ///< left out by NOLINT or the ignore file
  unsigned Unchanged = 0;        ///< left out as in the baseline
  unsigned OutsideDiff = 0;      ///< left out by --diff-base
  bool FailOnReached = false;    ///< the exit status is 1
};

/// Writes the document. States is parallel to Fs. Paths are relative to
/// SourceRoot when they lie under it.
void writeJson(llvm::raw_ostream &OS, const std::vector<solve::Finding> &Fs,
               const std::vector<FindingState> &States, const policy::Policy &P,
               llvm::StringRef SourceRoot, const JsonSummary &Summary);

/// One setting of the effective configuration and where its value came
/// from: "default", "command line", or the configuration file's path.
struct ConfigSetting {
  std::string Key;
  bool IsList = false;
  std::vector<std::string> Values; ///< one value unless IsList
  bool IsNull = false;             ///< not set at all
  std::string Origin;
};

/// {"version": 1, "configFile": PATH|null, "settings": {KEY: {"value": ...,
/// "from": ORIGIN}}} for --dump-config.
void writeConfigJson(llvm::raw_ostream &OS, llvm::StringRef ConfigFile,
                     const std::vector<ConfigSetting> &Settings);

} // namespace piiflow::report

#endif
