//===- ScanCommand.cpp - piiflow scan: extract, link, report --------------===//
#include "ScanCommand.h"

#include "Classify/Classifier.h"
#include "Extract/Extractor.h"
#include "Models/ModelSet.h"
#include "Policy/PolicyLoader.h"
#include "Report/DataMap.h"
#include "Report/ExplainReport.h"
#include "Report/HtmlReport.h"
#include "Report/JsonReport.h"
#include "Report/MapJsonReport.h"
#include "Report/MarkdownReport.h"
#include "Report/SarifReport.h"
#include "Report/TextReport.h"
#include "Solve/FactFile.h"
#include "Solve/Linker.h"
#include "Solve/RepeatedBodies.h"
#include "Support/Log.h"
#include "Triage/Triage.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/Timer.h"
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

/// Opens an output file before the analysis, so that an unwritable path
/// fails fast.
std::unique_ptr<raw_fd_ostream> openOutput(StringRef Path, StringRef What) {
  std::error_code EC;
  auto OS = std::make_unique<raw_fd_ostream>(Path, EC, sys::fs::OF_Text);
  if (EC) {
    support::logError("cannot write " + What + " to '" + Path +
                      "': " + EC.message());
    return nullptr;
  }
  return OS;
}

bool closeOutput(raw_fd_ostream &OS, StringRef Path, StringRef What) {
  OS.close();
  if (!OS.has_error())
    return true;
  support::logError("cannot write " + What + " to '" + Path + "'");
  OS.clear_error();
  return false;
}

/// The ignore file: the one named (--ignore-file, or "ignoreFile" in
/// .piiflow.json), else .piiflow-ignore.json next to .piiflow.json, else in
/// the source root. Empty if there is none.
std::string findIgnoreFile(const triage::Settings &S, StringRef SourceRoot) {
  if (!S.IgnoreFile.Value.empty())
    return S.IgnoreFile.Value;
  std::vector<std::string> Dirs;
  if (!S.ConfigFile.empty())
    Dirs.push_back(sys::path::parent_path(S.ConfigFile).str());
  Dirs.push_back(SourceRoot.str());
  for (const std::string &Dir : Dirs) {
    SmallString<256> P(Dir);
    sys::path::append(P, triage::IgnoreFileName);
    if (sys::fs::exists(P))
      return std::string(P);
  }
  return "";
}

/// A warning about piiflow's input at a place in a file, in the compiler's
/// format (stderr; not shown with --quiet).
void warnAt(StringRef File, unsigned Line, unsigned Col, const Twine &Msg) {
  if (support::verbosity() < support::Verbosity::Normal)
    return;
  std::string Text = report::relativePath(File, realPath("."));
  if (Line)
    Text += ":" + std::to_string(Line) + ":" + std::to_string(Col);
  support::logRaw(Text + ": warning: " + Msg.str() + "\n");
}

std::string relativePathTo(StringRef File, StringRef Root) {
  return report::relativePath(File, Root);
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

/// Wall and CPU (user+sys, all threads) time of each phase, for -v and
/// bench/compare-syntax-only.py.
class PhaseTimes {
public:
  PhaseTimes() : Start(now()), Last(Start) {}
  void end(StringRef Phase) {
    TimeRecord T = now();
    Text += (Text.empty() ? "" : ", ") + Phase.str() + " " +
            formatv("{0:f3}/{1:f3}", T.getWallTime() - Last.getWallTime(),
                    T.getProcessTime() - Last.getProcessTime())
                .str();
    Last = T;
  }
  ~PhaseTimes() {
    support::logVerbose(
        "time (wall/cpu seconds): " + Text + (Text.empty() ? "" : ", ") +
        formatv("total {0:f3}/{1:f3}", Last.getWallTime() - Start.getWallTime(),
                Last.getProcessTime() - Start.getProcessTime()));
  }

private:
  static TimeRecord now() { return TimeRecord::getCurrentTime(true); }
  TimeRecord Start, Last;
  std::string Text;
};

} // namespace

int runScan(ScanOptions Opts) {
  PhaseTimes Times;
  std::optional<triage::Settings> Settings = applyConfig(Opts);
  if (!Settings)
    return ExitFailure;
  if (Opts.DumpConfig) {
    report::writeConfigJson(outs(), Settings->ConfigFile,
                            triage::describe(*Settings));
    return ExitClean;
  }
  report::Level FailOn = report::parseLevel(Settings->FailOn.Value)
                             .value_or(report::Level::Warning);
  if (Opts.IncludeBaselineState && Settings->Baseline.Value.empty()) {
    support::logError("--include-baseline-state needs a baseline (--baseline "
                      "FILE, or \"baseline\" in .piiflow.json)");
    return ExitFailure;
  }

  std::optional<Inputs> In = loadInputs(Opts);
  if (!In)
    return ExitFailure;

  // Open outputs before the work, so that an unwritable path fails fast.
  std::unique_ptr<raw_fd_ostream> SarifOS, JsonOS;
  if (!Opts.SarifFile.empty() &&
      !(SarifOS = openOutput(Opts.SarifFile, "SARIF")))
    return ExitFailure;
  if (!Opts.JsonFile.empty() && !(JsonOS = openOutput(Opts.JsonFile, "JSON")))
    return ExitFailure;
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

  report::RunInfo Run;
  Run.SourceRoot = realPath(Opts.SourceRoot.empty() ? "." : Opts.SourceRoot);
  Run.WorkingDirectory = realPath(".");
  Run.CommandLine = Opts.CommandLine;
  Run.Category = Settings->SarifCategory.Value;

  // The baseline, the ignore file and the diff are read before the work
  // too: a wrong one is an error, not a silently unfiltered report.
  std::optional<triage::Baseline> Base;
  if (!Settings->Baseline.Value.empty()) {
    auto B =
        triage::loadBaseline(Settings->Baseline.Value, report::FingerprintKey);
    if (!B) {
      reportError(B.takeError());
      return ExitFailure;
    }
    if (B->WithoutFingerprint)
      support::logWarning(
          Twine(B->WithoutFingerprint) + " result" +
          (B->WithoutFingerprint == 1 ? "" : "s") + " of the baseline '" +
          B->Path + "' have no '" + report::FingerprintKey +
          "' fingerprint and match nothing; regenerate the baseline with "
          "this piiflow (piiflow scan --sarif FILE)");
    Base = std::move(*B);
  }
  std::optional<triage::IgnoreFile> Ignores;
  std::string IgnorePath = findIgnoreFile(*Settings, Run.SourceRoot);
  if (!IgnorePath.empty()) {
    if (!sys::fs::exists(IgnorePath)) {
      support::logError("ignore file '" + IgnorePath + "' does not exist");
      return ExitFailure;
    }
    auto I = triage::loadIgnoreFile(IgnorePath);
    if (!I) {
      reportError(I.takeError());
      return ExitFailure;
    }
    Ignores = std::move(*I);
  }
  std::optional<triage::ChangedLines> Diff;
  if (!Opts.DiffBase.empty()) {
    auto D = triage::changedSince(Opts.DiffBase, Run.SourceRoot);
    if (!D) {
      reportError(D.takeError());
      return ExitFailure;
    }
    Diff = std::move(*D);
  }

  Times.end("load");
  // A header's inline function is analysed in every TU that includes it and
  // linked once: the repeats go as TUs finish, unless --facts-dir is to
  // write each TU's facts whole.
  solve::RepeatedBodies Repeats;
  std::function<void(size_t, extract::TUResult &)> Finished;
  if (Opts.FactsDir.empty())
    Finished = [&](size_t I, extract::TUResult &R) {
      if (R.Parsed)
        Repeats.add(I, R.Facts);
    };
  // The map also needs every classification decision, and the names that
  // look like personal data the policy does not declare.
  Extraction X =
      Drift ? runExtraction(
                  *In, Opts, /*Explain=*/false, /*Declarations=*/true,
                  [&](StringRef Name) { return Drift->match(Name) != nullptr; },
                  Finished)
            : runExtraction(*In, Opts, /*Explain=*/false,
                            /*Declarations=*/false, {}, Finished);
  const policy::Policy *Policy = In->Policy.get();
  std::vector<extract::TUResult> &Results = X.Results;

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
  Times.end("extract"); // with writing --facts-dir
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
  Times.end("link");
  triage::TriageInputs TI;
  TI.SourceRoot = Run.SourceRoot;
  TI.Ignores = Ignores ? &*Ignores : nullptr;
  TI.Base = Base ? &*Base : nullptr;
  TI.Diff = Diff ? &*Diff : nullptr;
  triage::TriageResult T = triage::triage(Linked.Findings, TI);

  for (const triage::UnmatchedNoLint &U : T.Unmatched) {
    bool Begin = U.Directive.Type == triage::NoLintDirective::Kind::Begin;
    std::string Msg =
        Begin ? "unmatched 'NOLINTBEGIN' comment without a subsequent "
                "'NOLINTEND' comment; it suppresses nothing [piiflow-nolint]"
              : "unmatched 'NOLINTEND' comment without a previous "
                "'NOLINTBEGIN' comment [piiflow-nolint]";
    warnAt(U.File, U.Directive.Line, U.Directive.Column, Msg);
    Run.Notifications.push_back({"warning",
                                 relativePathTo(U.File, Run.SourceRoot) + ":" +
                                     std::to_string(U.Directive.Line) + ": " +
                                     Msg,
                                 U.File});
  }
  for (const triage::IgnoreEntry &E : T.Stale) {
    std::string Msg = "ignore entry '" + E.Fingerprint +
                      "' matches no finding; remove it if the code it "
                      "accepted is gone [piiflow-stale-ignore]";
    warnAt(IgnorePath, E.Pos.Line, E.Pos.Col, Msg);
    Run.Notifications.push_back({"warning",
                                 relativePathTo(IgnorePath, Run.SourceRoot) +
                                     ":" + std::to_string(E.Pos.Line) + ": " +
                                     Msg,
                                 IgnorePath});
  }

  // Text and the exit status: the reported findings. SARIF and JSON: those,
  // and the unchanged and suppressed ones when asked for.
  std::vector<solve::Finding> Shown, Logged;
  std::vector<report::FindingState> LoggedStates;
  for (size_t I = 0; I < Linked.Findings.size(); ++I) {
    triage::Disposition D = T.Dispositions[I];
    bool Log =
        D == triage::Disposition::Reported ||
        (D == triage::Disposition::Unchanged && Opts.IncludeBaselineState) ||
        (D == triage::Disposition::Suppressed && Opts.IncludeSuppressed);
    if (D == triage::Disposition::Reported)
      Shown.push_back(Linked.Findings[I]);
    if (Log) {
      Logged.push_back(Linked.Findings[I]);
      LoggedStates.push_back(T.States[I]);
    }
  }

  unsigned Counts[4] = {0, 0, 0, 0};
  bool Fail = false;
  for (const solve::Finding &F : Shown) {
    report::Level L = report::levelOf(F, *Policy);
    ++Counts[static_cast<int>(L)];
    if (FailOn != report::Level::None && L >= FailOn)
      Fail = true;
  }

  if (Opts.Format == OutputFormat::Text) {
    bool Colour = Opts.Color == ColorMode::Always ||
                  (Opts.Color == ColorMode::Auto && outs().has_colors() &&
                   !sys::Process::GetEnv("NO_COLOR"));
    outs().enable_colors(Colour);
    report::writeText(outs(), Shown, *Policy, Run.WorkingDirectory);
    outs().enable_colors(false);
  }
  report::JsonSummary JS;
  JS.TranslationUnits = Results.size();
  JS.Analysed = AllFacts.size();
  JS.Suppressed = T.count(triage::Disposition::Suppressed);
  JS.Unchanged = T.count(triage::Disposition::Unchanged);
  JS.OutsideDiff = T.count(triage::Disposition::OutsideDiff);
  JS.FailOnReached = Fail;
  if (Opts.Format == OutputFormat::Json)
    report::writeJson(outs(), Logged, LoggedStates, *Policy, Run.SourceRoot,
                      JS);
  outs().flush();
  if (JsonOS) {
    report::writeJson(*JsonOS, Logged, LoggedStates, *Policy, Run.SourceRoot,
                      JS);
    if (!closeOutput(*JsonOS, Opts.JsonFile, "JSON"))
      return ExitFailure;
  }
  if (SarifOS) {
    Run.States = LoggedStates;
    Run.WriteBaselineState = Opts.IncludeBaselineState;
    Run.AbsentResults = T.Absent;
    Run.WriteSuppressions = Opts.IncludeSuppressed;
    unsigned Outside = report::writeSarif(*SarifOS, Logged, *Policy, Run);
    if (Outside)
      support::logWarning(
          Twine(Outside) +
          (Outside == 1 ? " file with findings is"
                        : " files with findings are") +
          " outside the source root '" + Run.SourceRoot +
          "', so the SARIF log names them by absolute URIs, which GitHub "
          "code scanning rejects; run from the repository root or pass "
          "--source-root REPO_ROOT");
    if (!closeOutput(*SarifOS, Opts.SarifFile, "SARIF"))
      return ExitFailure;
  }

  if (Drift) {
    report::normalizeDeclarations(Declarations);
    report::DataMap M = report::buildDataMap(Declarations, Linked, *Policy,
                                             *Drift, Run.SourceRoot);
    if (!Map.write(M))
      return ExitFailure;
  }

  Times.end("report"); // with triage and the data map
  std::string Summary = "piiflow: " + std::to_string(Shown.size()) +
                        (Shown.size() == 1 ? " finding" : " findings");
  if (!Shown.empty())
    Summary += " (" + std::to_string(Counts[3]) + " error, " +
               std::to_string(Counts[2]) + " warning, " +
               std::to_string(Counts[1]) + " note)";
  Summary += " in " + std::to_string(AllFacts.size()) + " of " +
             std::to_string(Results.size()) + " translation units";
  if (Failed)
    Summary += "; " + std::to_string(Failed) + " could not be parsed";
  if (JS.Suppressed)
    Summary += "; " + std::to_string(JS.Suppressed) + " suppressed";
  if (Base)
    Summary += "; " + std::to_string(JS.Unchanged) +
               " unchanged since the "
               "baseline";
  if (Diff)
    Summary += "; " + std::to_string(JS.OutsideDiff) +
               " outside the diff "
               "since " +
               Opts.DiffBase;
  if (SarifOS)
    Summary += "; SARIF written to " + Opts.SarifFile;
  for (size_t I = 0; I < Map.Outs.size(); ++I)
    Summary += (I ? ", " : "; data map written to ") + Map.Outs[I].Path;
  support::logInfo(Summary);
  return Fail ? ExitFindings : ExitClean;
}

} // namespace piiflow
