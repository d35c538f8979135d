//===- ScanCommand.h - piiflow's commands -----------------------*- C++ -*-===//
#ifndef PIIFLOW_TOOLS_SCANCOMMAND_H
#define PIIFLOW_TOOLS_SCANCOMMAND_H

#include "Inputs.h"
#include "Report/Findings.h"

#include <string>
#include <vector>

namespace piiflow {

enum class OutputFormat { Text, Json };
enum class ColorMode { Auto, Always, Never };

/// scan's options. --fail-on, --baseline, --ignore-file and --sarif-category
/// are in CommonOptions::Given, as the configuration file may set them.
struct ScanOptions : CommonOptions {
  std::string SarifFile;  ///< --sarif
  std::string JsonFile;   ///< --json
  std::string FactsDir;   ///< --facts-dir
  std::string SourceRoot; ///< --source-root
  std::string DiffBase;   ///< --diff-base
  OutputFormat Format = OutputFormat::Text;
  ColorMode Color = ColorMode::Auto;
  bool IncludeSuppressed = false;    ///< --include-suppressed
  bool IncludeBaselineState = false; ///< --include-baseline-state
  bool DumpConfig = false;           ///< --dump-config
  std::string CommandLine;           ///< for SARIF's invocation
  std::string ReportHtml;            ///< --report-html: the data map
  std::string ReportJson;            ///< --report-json: its inventory
  std::string ReportMd;              ///< --report-md: its summary
};

/// piiflow scan: extract, link, triage, report.
int runScan(ScanOptions Opts);

/// piiflow ignore: appends an entry to the ignore file.
struct IgnoreOptions {
  std::string Fingerprint;
  std::string Reason;
  std::string Author; ///< default: git config user.name
  std::string Rule;   ///< optional
  std::string ConfigFile;
  triage::SettingValues Given; ///< --ignore-file
};
int runIgnore(const IgnoreOptions &Opts);

/// piiflow explain: each declaration's category and the reason for it.
int runExplain(CommonOptions Opts, OutputFormat Format);

/// piiflow categories: the effective policy's categories.
int runCategories(CommonOptions Opts, OutputFormat Format);

} // namespace piiflow

#endif
