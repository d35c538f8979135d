//===- ScanCommand.cpp - piiflow scan: extract, link, report --------------===//
#include "ScanCommand.h"

#include "Classify/Classifier.h"
#include "Extract/Extractor.h"
#include "Models/ModelSet.h"
#include "Policy/PolicyLoader.h"
#include "Report/SarifReport.h"
#include "Report/TextReport.h"
#include "Solve/FactFile.h"
#include "Solve/Linker.h"
#include "Support/Log.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <mutex>

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

std::string realDirectory(StringRef Path) {
  SmallString<256> Real;
  if (!sys::fs::real_path(Path, Real))
    return std::string(Real);
  return absolute(Path);
}

/// The compile database, found as clang-tidy finds it.
Expected<std::unique_ptr<CompilationDatabase>>
loadDatabase(const ScanOptions &Opts, bool &ArgsInDatabase) {
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

void writeFactsFile(StringRef Dir, const extract::TUResult &R) {
  auto Hash = SHA256::hash(arrayRefFromStringRef(R.File));
  std::string Name =
      (sys::path::filename(R.File) + "-" +
       toHex(ArrayRef<uint8_t>(Hash).take_front(4), true) + ".facts.json")
          .str();
  SmallString<256> Path(Dir);
  sys::path::append(Path, Name);
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_Text);
  if (EC) {
    support::logError("cannot write '" + Path + "': " + EC.message());
    return;
  }
  OS << solve::writeFacts(R.Facts);
}

} // namespace

int runScan(const ScanOptions &Opts) {
  auto Policy = policy::loadPolicy(Opts.Policies);
  if (!Policy) {
    // The message is clang-style: "FILE:LINE:COL: error: ...".
    support::logRaw(toString(Policy.takeError()) + "\n");
    return ExitFailure;
  }
  auto Models = models::ModelSet::loadBuiltin();
  if (!Models) {
    support::logError("invalid built-in models: " +
                      toString(Models.takeError()));
    return ExitFailure;
  }

  bool ArgsInDatabase = false;
  auto DB = loadDatabase(Opts, ArgsInDatabase);
  if (!DB) {
    support::logError(toString(DB.takeError()));
    return ExitFailure;
  }

  std::vector<std::string> Files;
  if (Opts.Sources.empty()) {
    Files = (*DB)->getAllFiles();
    llvm::sort(Files);
    Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
    if (Files.empty()) {
      support::logError(ArgsInDatabase
                            ? "no source files given; with '--' name them "
                              "before it (piiflow scan FILE... -- ARGS)"
                            : "the compile database lists no source files");
      return ExitFailure;
    }
  } else {
    for (const std::string &S : Opts.Sources) {
      if (!sys::fs::exists(S)) {
        support::logError("source file '" + S + "' does not exist");
        return ExitFailure;
      }
      Files.push_back(absolute(S));
    }
  }

  // Open outputs before the work, so that an unwritable path fails fast.
  std::unique_ptr<raw_fd_ostream> SarifOS;
  if (!Opts.SarifFile.empty()) {
    std::error_code EC;
    SarifOS =
        std::make_unique<raw_fd_ostream>(Opts.SarifFile, EC, sys::fs::OF_Text);
    if (EC) {
      support::logError("cannot write SARIF to '" + Opts.SarifFile +
                        "': " + EC.message());
      return ExitFailure;
    }
  }
  if (!Opts.FactsDir.empty())
    if (std::error_code EC = sys::fs::create_directories(Opts.FactsDir)) {
      support::logError("cannot create '" + Opts.FactsDir +
                        "': " + EC.message());
      return ExitFailure;
    }

  classify::Classifier Classifier(*Policy);
  extract::ExtractContext EC{*Policy, *Models, Classifier};
  extract::ExtractOptions EO;
  if (!ArgsInDatabase)
    EO.ExtraArgs = Opts.ExtraArgs;
  EO.Jobs = Opts.Jobs;
  bool ShowProgress = sys::Process::StandardErrIsDisplayed() &&
                      support::verbosity() >= support::Verbosity::Normal;
  std::mutex ProgressMutex;
  if (ShowProgress)
    EO.Progress = [&](unsigned Done, unsigned Total, StringRef File) {
      std::lock_guard<std::mutex> Lock(ProgressMutex);
      errs() << "\r\x1b[K[" << Done << "/" << Total << "] "
             << sys::path::filename(File);
      if (Done == Total)
        errs() << "\r\x1b[K";
      errs().flush();
    };
  support::logVerbose(
      "analysing " + Twine(Files.size()) +
      (Files.size() == 1 ? " translation unit" : " translation units"));
  std::vector<extract::TUResult> Results = extractAll(**DB, Files, EC, EO);

  report::RunInfo Run;
  Run.SourceRoot =
      realDirectory(Opts.SourceRoot.empty() ? "." : Opts.SourceRoot);
  Run.WorkingDirectory = realDirectory(".");
  Run.CommandLine = Opts.CommandLine;
  Run.Category = Opts.SarifCategory;

  std::vector<facts::TUFacts> AllFacts;
  unsigned Failed = 0;
  for (extract::TUResult &R : Results) {
    if (!R.Parsed) {
      ++Failed;
      support::logRaw(R.Diagnostics);
      std::string Msg =
          R.File + ": could not be parsed (" + std::to_string(R.Errors) +
          (R.Errors == 1 ? " error" : " errors") + "); not analysed";
      support::logError(Msg);
      Run.Notifications.push_back({"error", Msg, R.File});
      continue;
    }
    if (!Opts.FactsDir.empty())
      writeFactsFile(Opts.FactsDir, R);
    AllFacts.push_back(std::move(R.Facts));
  }
  Run.ExecutionSuccessful = Failed == 0;
  if (AllFacts.empty()) {
    support::logError("no translation unit could be analysed");
    // The log still says what happened, for CI systems that upload it.
    if (SarifOS) {
      Run.ExecutionSuccessful = false;
      report::writeSarif(*SarifOS, {}, *Policy, Run);
    }
    return ExitFailure;
  }

  solve::LinkResult Linked = solve::link(AllFacts);
  report::writeText(outs(), Linked.Findings, *Policy, Run.WorkingDirectory);
  outs().flush();
  if (SarifOS) {
    unsigned Outside =
        report::writeSarif(*SarifOS, Linked.Findings, *Policy, Run);
    if (Outside)
      support::logWarning(
          Twine(Outside) +
          (Outside == 1 ? " file with findings is"
                        : " files with findings are") +
          " outside the source root '" + Run.SourceRoot +
          "', so the SARIF log names them by absolute URIs, which GitHub "
          "code scanning rejects; run from the repository root or pass "
          "--source-root REPO_ROOT");
    SarifOS->close();
    if (SarifOS->has_error()) {
      support::logError("cannot write SARIF to '" + Opts.SarifFile + "'");
      SarifOS->clear_error();
      return ExitFailure;
    }
  }

  unsigned Counts[4] = {0, 0, 0, 0};
  bool Fail = false;
  for (const solve::Finding &F : Linked.Findings) {
    report::Level L = report::levelOf(F, *Policy);
    ++Counts[static_cast<int>(L)];
    if (Opts.FailOn != report::Level::None && L >= Opts.FailOn)
      Fail = true;
  }
  std::string Summary =
      "piiflow: " + std::to_string(Linked.Findings.size()) +
      (Linked.Findings.size() == 1 ? " finding" : " findings");
  if (!Linked.Findings.empty())
    Summary += " (" + std::to_string(Counts[3]) + " error, " +
               std::to_string(Counts[2]) + " warning, " +
               std::to_string(Counts[1]) + " note)";
  Summary += " in " + std::to_string(AllFacts.size()) + " of " +
             std::to_string(Results.size()) + " translation units";
  if (Failed)
    Summary += "; " + std::to_string(Failed) + " could not be parsed";
  if (SarifOS)
    Summary += "; SARIF written to " + Opts.SarifFile;
  support::logInfo(Summary);
  return Fail ? ExitFindings : ExitClean;
}

} // namespace piiflow
