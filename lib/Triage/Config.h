//===- Config.h - a project's .piiflow.json ---------------------*- C++ -*-===//
//
// A project keeps its piiflow settings in a .piiflow.json, found upward from
// the compile database's directory (-p), or from the current directory:
//
//   {"policies": ["piiflow-policy.json"], "excludePaths": ["*/third_party/*"],
//    "models": ["tools/piiflow-models.json"], "failOn": "error",
//    "baseline": "piiflow-baseline.sarif", "ignoreFile":
//    ".piiflow-ignore.json", "sarifCategory": "piiflow"}
//
// Paths in it are relative to its directory. It gives defaults; a flag on
// the command line wins over it (a list given on the command line replaces
// the file's list). The effective settings remember where each value came
// from, for --dump-config.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_TRIAGE_CONFIG_H
#define PIIFLOW_TRIAGE_CONFIG_H

#include "Report/JsonReport.h"

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace piiflow::triage {

inline constexpr llvm::StringLiteral ConfigFileName = ".piiflow.json";

/// The values of the settings a configuration file or the command line may
/// give; unset ones were not given.
struct SettingValues {
  std::optional<std::vector<std::string>> Policies;
  std::optional<std::vector<std::string>> ExcludePaths;
  std::optional<std::vector<std::string>> Models;
  std::optional<std::string> FailOn;
  std::optional<std::string> Baseline;
  std::optional<std::string> IgnoreFile;
  std::optional<std::string> SarifCategory;
};

struct ProjectConfig {
  std::string Path;     ///< absolute
  std::string Dir;      ///< its directory
  SettingValues Values; ///< paths already made absolute
};

/// The nearest .piiflow.json in StartDir or a parent; empty if none.
std::string findConfig(llvm::StringRef StartDir);

/// Reads and validates a configuration file: unknown keys (with the nearest
/// valid key), wrong types and unknown fail-on levels are errors with the
/// file, line and column.
llvm::Expected<ProjectConfig> loadConfig(llvm::StringRef Path);

/// A setting's value and where it came from: "default", "command line" or
/// the configuration file's path.
template <typename T> struct Setting {
  T Value{};
  std::string From = "default";
};

/// The effective settings of a run.
struct Settings {
  std::string ConfigFile; ///< empty: none
  Setting<std::vector<std::string>> Policies, ExcludePaths, Models;
  Setting<std::string> FailOn{"warning"};
  Setting<std::string> Baseline, IgnoreFile;
  Setting<std::string> SarifCategory{"piiflow"};
};

/// Layers the command line over the file over the defaults.
Settings resolveSettings(const ProjectConfig *Config,
                         const SettingValues &CommandLine);

/// The settings as --dump-config prints them (Report writes the JSON).
std::vector<report::ConfigSetting> describe(const Settings &S);

} // namespace piiflow::triage

#endif
