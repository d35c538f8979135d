//===- ScanCommand.h - piiflow's commands -----------------------*- C++ -*-===//
#ifndef PIIFLOW_TOOLS_SCANCOMMAND_H
#define PIIFLOW_TOOLS_SCANCOMMAND_H

#include "Inputs.h"
#include "Report/Findings.h"

#include <string>
#include <vector>

namespace piiflow {

struct ScanOptions : CommonOptions {
  std::string SarifFile;     ///< --sarif
  std::string FactsDir;      ///< --facts-dir
  std::string SourceRoot;    ///< --source-root
  std::string SarifCategory; ///< --sarif-category
  report::Level FailOn = report::Level::Warning;
  std::string CommandLine; ///< for SARIF's invocation
  std::string ReportHtml;  ///< --report-html: the data map
  std::string ReportJson;  ///< --report-json: the data map's inventory
  std::string ReportMd;    ///< --report-md: the data map's summary
};

/// piiflow scan: extract, link, report.
int runScan(const ScanOptions &Opts);

enum class OutputFormat { Text, Json };

/// piiflow explain: each declaration's category and the reason for it.
int runExplain(const CommonOptions &Opts, OutputFormat Format);

/// piiflow categories: the effective policy's categories.
int runCategories(const std::vector<std::string> &Policies,
                  OutputFormat Format);

} // namespace piiflow

#endif
