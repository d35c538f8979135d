//===- ScanCommand.cpp - piiflow scan: extract, link, report --------------===//
#include "ScanCommand.h"

#include "Classify/Classifier.h"
#include "Extract/Extractor.h"
#include "Models/ModelSet.h"
#include "Policy/PolicyLoader.h"
#include "Report/DataMap.h"
#include "Report/ExplainReport.h"
#include "Report/HtmlReport.h"
#include "Report/MapJsonReport.h"
#include "Report/MarkdownReport.h"
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

/// The data map's outputs, opened before the work so that an unwritable
/// path fails fast.
struct MapOutputs {
  struct Out {
    std::string Path;
    std::unique_ptr<raw_fd_ostream> OS;
    void (*Write)(raw_ostream &, const report::DataMap &, StringRef);
  };
  std::vector<Out> Outs;

  bool open(const ScanOptions &Opts) {
    auto Html = [](raw_ostream &OS, const report::DataMap &M, StringRef Dir) {
      report::writeDataMapHtml(OS, M, Dir);
    };
    auto Json = [](raw_ostream &OS, const report::DataMap &M, StringRef) {
      report::writeDataMapJson(OS, M);
    };
    auto Md = [](raw_ostream &OS, const report::DataMap &M, StringRef) {
      report::writeDataMapMarkdown(OS, M);
    };
    for (auto [Path, Write] :
         {std::pair{&Opts.ReportHtml, +Html},
          std::pair{&Opts.ReportJson, +Json}, std::pair{&Opts.ReportMd, +Md}}) {
      if (Path->empty())
        continue;
      std::error_code EC;
      auto OS = std::make_unique<raw_fd_ostream>(*Path, EC, sys::fs::OF_Text);
      if (EC) {
        support::logError("cannot write the data map to '" + *Path +
                          "': " + EC.message());
        return false;
      }
      Outs.push_back({*Path, std::move(OS), Write});
    }
    return true;
  }

  bool write(const report::DataMap &M) {
    for (Out &O : Outs) {
      O.Write(*O.OS, M, sys::path::parent_path(realPath(O.Path)));
      O.OS->close();
      if (O.OS->has_error()) {
        support::logError("cannot write the data map to '" + O.Path + "'");
        O.OS->clear_error();
        return false;
      }
    }
    return true;
  }
};

} // namespace

int runScan(const ScanOptions &Opts) {
  std::optional<Inputs> In = loadInputs(Opts);
  if (!In)
    return ExitFailure;

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
  MapOutputs Map;
  if (!Map.open(Opts))
    return ExitFailure;
  std::optional<report::DriftTerms> Drift;
  if (!Map.Outs.empty()) {
    auto D = report::DriftTerms::loadBuiltin(*In->Policy);
    if (!D) {
      reportError(D.takeError());
      return ExitFailure;
    }
    Drift = std::move(*D);
  }
  if (!Opts.FactsDir.empty())
    if (std::error_code EC = sys::fs::create_directories(Opts.FactsDir)) {
      support::logError("cannot create '" + Opts.FactsDir +
                        "': " + EC.message());
      return ExitFailure;
    }

  // The map also needs every classification decision, and the names that
  // look like personal data the policy does not declare.
  Extraction X =
      Drift ? runExtraction(
                  *In, Opts, /*Explain=*/false, /*Declarations=*/true,
                  [&](StringRef Name) { return Drift->match(Name) != nullptr; })
            : runExtraction(*In, Opts, /*Explain=*/false);
  const policy::Policy *Policy = In->Policy.get();
  std::vector<extract::TUResult> &Results = X.Results;

  report::RunInfo Run;
  Run.SourceRoot = realPath(Opts.SourceRoot.empty() ? "." : Opts.SourceRoot);
  Run.WorkingDirectory = realPath(".");
  Run.CommandLine = Opts.CommandLine;
  Run.Category = Opts.SarifCategory;

  std::vector<facts::TUFacts> AllFacts;
  std::vector<facts::Declaration> Declarations;
  unsigned Failed = X.Failed;
  for (extract::TUResult &R : Results) {
    if (!R.Parsed) {
      Run.Notifications.push_back(
          {"error",
           R.File + ": could not be parsed (" + std::to_string(R.Errors) +
               (R.Errors == 1 ? " error" : " errors") + "); not analysed",
           R.File});
      continue;
    }
    if (!Opts.FactsDir.empty())
      writeFactsFile(Opts.FactsDir, R);
    AllFacts.push_back(std::move(R.Facts));
    for (facts::Declaration &D : R.Declarations)
      Declarations.push_back(std::move(D));
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

  if (Drift) {
    report::normalizeDeclarations(Declarations);
    report::DataMap M = report::buildDataMap(Declarations, Linked, *Policy,
                                             *Drift, Run.SourceRoot);
    if (!Map.write(M))
      return ExitFailure;
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
  for (size_t I = 0; I < Map.Outs.size(); ++I)
    Summary += (I ? ", " : "; data map written to ") + Map.Outs[I].Path;
  support::logInfo(Summary);
  return Fail ? ExitFindings : ExitClean;
}

} // namespace piiflow
