//===- Inputs.h - what every piiflow command reads first --------*- C++ -*-===//
//
// The policy, the models, the compile database and the list of sources, and
// running the per-TU step over them with progress and parse-failure reports.
// Shared by scan and explain so that both find their inputs the same way
// (as clang-tidy does: -p, or upward from the first source, or "--").
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_INPUTS_H
#define PIIFLOW_TOOLS_INPUTS_H

#include "Classify/Classifier.h"
#include "Extract/Extractor.h"
#include "Models/ModelSet.h"
#include "Policy/Policy.h"
#include "Triage/Config.h"

#include "clang/Tooling/CompilationDatabase.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace piiflow {

/// Exit codes, as documented in docs/user-guide.md.
enum ExitCode : int {
  ExitClean = 0,    ///< nothing at or above --fail-on
  ExitFindings = 1, ///< findings at or above --fail-on
  ExitFailure = 2,  ///< piiflow could not do its job
};

struct CommonOptions {
  std::string BuildPath;             ///< -p
  std::vector<std::string> Policies; ///< --policy, in order
  unsigned Jobs = 0;                 ///< -j
  std::vector<std::string> Sources;
  bool HasDashDash = false;           ///< "--" was given
  std::vector<std::string> ExtraArgs; ///< after "--"

  std::string ConfigFile;      ///< --config; empty: look for .piiflow.json
  triage::SettingValues Given; ///< the settings the command line gave
  /// Filled by applyConfig from the effective settings.
  std::vector<std::string> Models;       ///< extra model files
  std::vector<std::string> ExcludePaths; ///< added to the policy's
};

/// Finds the project's .piiflow.json (--config, or upward from -p or the
/// current directory), layers the command line over it, and sets
/// Opts.Policies, Models and ExcludePaths from the result. Reports what is
/// wrong and returns nothing on failure.
std::optional<triage::Settings> applyConfig(CommonOptions &Opts);

struct Inputs {
  std::unique_ptr<policy::Policy> Policy;
  std::unique_ptr<models::ModelSet> Models;
  std::unique_ptr<classify::Classifier> Classifier;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  std::vector<std::string> Files;
  bool ArgsInDatabase = false;
};

/// Prints an error: clang-style messages ("FILE:L:C: error: ...") as they
/// are, others after "piiflow: error: ".
void reportError(llvm::Error E);

/// Loads only the effective policy (built-in default plus --policy files).
std::optional<policy::Policy>
loadPolicyOrReport(const std::vector<std::string> &Files);

/// Loads everything; reports what is wrong and returns nothing on failure.
std::optional<Inputs> loadInputs(const CommonOptions &Opts);

struct Extraction {
  std::vector<extract::TUResult> Results;
  unsigned Failed = 0;
};

/// Runs the per-TU step over In.Files, showing progress on a terminal and
/// reporting each TU that does not parse. With Declarations (the data map),
/// flows and classification decisions both, and KeepName as in
/// ExtractContext; Finished as in ExtractOptions.
Extraction
runExtraction(const Inputs &In, const CommonOptions &Opts, bool Explain,
              bool Declarations = false,
              std::function<bool(llvm::StringRef)> KeepName = {},
              std::function<void(size_t, extract::TUResult &)> Finished = {});

/// An absolute path with "." and ".." removed; symlinks resolved if it exists.
std::string realPath(llvm::StringRef Path);

} // namespace piiflow

#endif
