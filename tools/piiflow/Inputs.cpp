//===- Inputs.cpp - what every piiflow command reads first ----------------===//
#include "Inputs.h"

#include "Policy/PolicyLoader.h"
#include "Support/Log.h"
#include "Support/ProgressLine.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;
using clang::tooling::CompilationDatabase;

namespace piiflow {

namespace {

std::string absolute(StringRef Path) {
  SmallString<256> P(Path);
  sys::fs::make_absolute(P);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// The compile database, found as clang-tidy finds it.
Expected<std::unique_ptr<CompilationDatabase>>
loadDatabase(const CommonOptions &Opts, bool &ArgsInDatabase) {
  std::string Err;
  std::unique_ptr<CompilationDatabase> DB;
  ArgsInDatabase = false;
  if (!Opts.BuildPath.empty()) {
    if (!sys::fs::is_directory(Opts.BuildPath))
      return createStringError(inconvertibleErrorCode(),
                               "build directory '" + Opts.BuildPath +
                                   "' does not exist");
    SmallString<256> Json(Opts.BuildPath);
    sys::path::append(Json, "compile_commands.json");
    if (!sys::fs::exists(Json))
      return createStringError(
          inconvertibleErrorCode(),
          "no compile_commands.json in '" + Opts.BuildPath +
              "'; configure the build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "
              "(or record it with bear) to make one");
    DB = clang::tooling::JSONCompilationDatabase::loadFromFile(
        Json, Err, clang::tooling::JSONCommandLineSyntax::AutoDetect);
    if (!DB)
      return createStringError(inconvertibleErrorCode(),
                               "cannot read '" + Json + "': " + Err);
  } else if (Opts.HasDashDash) {
    DB = std::make_unique<clang::tooling::FixedCompilationDatabase>(
        ".", Opts.ExtraArgs);
    ArgsInDatabase = true;
  } else {
    std::string Start =
        Opts.Sources.empty() ? absolute(".") : absolute(Opts.Sources.front());
    DB = Opts.Sources.empty()
             ? CompilationDatabase::autoDetectFromDirectory(Start, Err)
             : CompilationDatabase::autoDetectFromSource(Start, Err);
    if (!DB)
      return createStringError(
          inconvertibleErrorCode(),
          "no compile_commands.json found in '" +
              (Opts.Sources.empty() ? Start
                                    : sys::path::parent_path(Start).str()) +
              "' or above; pass -p BUILD_DIR, or give the compiler arguments "
              "after '--' (piiflow scan file.cpp -- -std=c++17)");
  }
  return clang::tooling::inferMissingCompileCommands(std::move(DB));
}

} // namespace

std::string realPath(StringRef Path) {
  SmallString<256> Real;
  if (!sys::fs::real_path(Path, Real))
    return std::string(Real);
  return absolute(Path);
}

void reportError(Error E) {
  std::string Msg = toString(std::move(E));
  if (StringRef(Msg).contains(": error: "))
    support::logRaw(Msg + "\n");
  else
    support::logError(Msg);
}

std::optional<policy::Policy>
loadPolicyOrReport(const std::vector<std::string> &Files) {
  auto P = policy::loadPolicy(Files);
  if (!P) {
    reportError(P.takeError());
    return std::nullopt;
  }
  return std::move(*P);
}

std::optional<triage::Settings> applyConfig(CommonOptions &Opts) {
  std::string Path = Opts.ConfigFile;
  if (Path.empty())
    Path = triage::findConfig(Opts.BuildPath.empty() ? "." : Opts.BuildPath);
  std::optional<triage::ProjectConfig> Config;
  if (!Path.empty()) {
    if (!Opts.ConfigFile.empty() && !sys::fs::exists(Path)) {
      support::logError("configuration file '" + Path + "' does not exist");
      return std::nullopt;
    }
    auto C = triage::loadConfig(Path);
    if (!C) {
      reportError(C.takeError());
      return std::nullopt;
    }
    Config = std::move(*C);
    support::logVerbose("configuration: " + Config->Path);
  }
  triage::Settings S =
      triage::resolveSettings(Config ? &*Config : nullptr, Opts.Given);
  Opts.Policies = S.Policies.Value;
  Opts.Models = S.Models.Value;
  Opts.ExcludePaths = S.ExcludePaths.Value;
  return S;
}

std::optional<Inputs> loadInputs(const CommonOptions &Opts) {
  Inputs In;
  auto P = loadPolicyOrReport(Opts.Policies);
  if (!P)
    return std::nullopt;
  In.Policy = std::make_unique<policy::Policy>(std::move(*P));
  for (const std::string &G : Opts.ExcludePaths) {
    auto Glob = support::NameGlob::create(G);
    if (!Glob) {
      support::logError("excluded path '" + G +
                        "': " + toString(Glob.takeError()));
      return std::nullopt;
    }
    policy::Pattern P{std::move(*Glob), "configuration", {}};
    In.Policy->ExcludePaths.push_back(std::move(P));
  }
  auto Models = models::ModelSet::loadBuiltin();
  if (!Models) {
    reportError(Models.takeError());
    return std::nullopt;
  }
  In.Models = std::make_unique<models::ModelSet>(std::move(*Models));
  // A project's own models (its logger, its HTTP wrapper) from its policy.
  for (const policy::ModelSource &Source : In.Policy->Models)
    if (llvm::Error Err = In.Models->addPolicyModels(Source, *In.Policy)) {
      reportError(std::move(Err));
      return std::nullopt;
    }
  // Extra model files from .piiflow.json or --model.
  for (const std::string &File : Opts.Models)
    if (llvm::Error Err = In.Models->addFile(File)) {
      reportError(std::move(Err));
      return std::nullopt;
    }
  In.Classifier = std::make_unique<classify::Classifier>(*In.Policy);

  auto DB = loadDatabase(Opts, In.ArgsInDatabase);
  if (!DB) {
    reportError(DB.takeError());
    return std::nullopt;
  }
  In.DB = std::move(*DB);

  if (Opts.Sources.empty()) {
    In.Files = In.DB->getAllFiles();
    llvm::sort(In.Files);
    In.Files.erase(std::unique(In.Files.begin(), In.Files.end()),
                   In.Files.end());
    if (In.Files.empty()) {
      support::logError(In.ArgsInDatabase
                            ? "no source files given; with '--' name them "
                              "before it (piiflow scan FILE... -- ARGS)"
                            : "the compile database lists no source files");
      return std::nullopt;
    }
  } else {
    for (const std::string &S : Opts.Sources) {
      if (!sys::fs::exists(S)) {
        support::logError("source file '" + S + "' does not exist");
        return std::nullopt;
      }
      In.Files.push_back(absolute(S));
    }
  }
  return In;
}

Extraction
runExtraction(const Inputs &In, const CommonOptions &Opts, bool Explain,
              bool Declarations, std::function<bool(StringRef)> KeepName,
              std::function<void(size_t, extract::TUResult &)> Finished) {
  extract::ExtractContext EC{*In.Policy, *In.Models, *In.Classifier,
                             std::move(KeepName)};
  extract::ExtractOptions EO;
  if (!In.ArgsInDatabase)
    EO.ExtraArgs = Opts.ExtraArgs;
  EO.Jobs = Opts.Jobs;
  EO.Explain = Explain;
  EO.Declarations = Declarations;
  EO.Finished = std::move(Finished);
  // "[12/605] src/net/http.cpp" on a terminal, nothing otherwise.
  support::ProgressLine Progress(errs(),
                                 support::ProgressLine::stderrWantsProgress(),
                                 support::ProgressLine::stderrColumns());
  Progress.attachToLog();
  std::string Cwd = realPath(".");
  if (Progress.enabled())
    EO.Progress = [&](unsigned Done, unsigned Total, StringRef File) {
      StringRef Shown = File;
      if (Shown.consume_front(Cwd) && Shown.consume_front("/"))
        File = Shown;
      Progress.update(Done, Total, File);
    };
  unsigned Jobs = extract::effectiveJobs(Opts.Jobs, In.Files.size());
  support::logVerbose(
      "analysing " + Twine(In.Files.size()) +
      (In.Files.size() == 1 ? " translation unit" : " translation units") +
      " with " + Twine(Jobs) + (Jobs == 1 ? " job" : " jobs"));

  Extraction X;
  X.Results = extract::extractAll(*In.DB, In.Files, EC, EO);
  Progress.finish();
  for (const extract::TUResult &R : X.Results) {
    if (R.Parsed)
      continue;
    ++X.Failed;
    support::logRaw(R.Diagnostics);
    support::logError(
        R.File + ": could not be parsed (" + std::to_string(R.Errors) +
        (R.Errors == 1 ? " error" : " errors") + "); not analysed");
  }
  return X;
}

} // namespace piiflow
