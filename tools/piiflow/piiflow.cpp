//===- piiflow.cpp - the piiflow command line -----------------------------===//
//
// Parses the command line and hands over to the library; nothing else lives
// here. The options mirror clang-tidy's where they overlap (-p, -j, "--").
//===----------------------------------------------------------------------===//
#include "ScanCommand.h"

#include "Support/Log.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using piiflow::OutputFormat;

static cl::OptionCategory Category("piiflow options");
static cl::SubCommand Scan("scan", "Find personal data that reaches logs, "
                                   "third parties or unapproved storage");
static cl::SubCommand
    Explain("explain", "Show which declarations hold personal data, and why");
static cl::SubCommand Categories("categories",
                                 "List the policy's personal-data categories");
static cl::SubCommand
    Ignore("ignore", "Accept a finding: add its fingerprint, with a reason, "
                     "to the ignore file (.piiflow-ignore.json)");

// Options shared by the commands that read sources.
static cl::opt<std::string> BuildPath(
    "p", cl::sub(Scan), cl::sub(Explain), cl::cat(Category),
    cl::value_desc("BUILD_DIR"),
    cl::desc("Directory that holds compile_commands.json. Without it, the\n"
             "database is looked for upward from the first source (or the\n"
             "current directory); with '--' and no -p, the arguments after\n"
             "'--' are the compile command of every source."));
static cl::list<std::string> Policies(
    "policy", cl::sub(Scan), cl::sub(Explain), cl::sub(Categories),
    cl::cat(Category), cl::value_desc("FILE"),
    cl::desc("A policy file layered over the built-in default (repeatable;\n"
             "later files win)."));
static cl::opt<unsigned> Jobs("j", cl::sub(Scan), cl::sub(Explain),
                              cl::cat(Category), cl::init(0), cl::Prefix,
                              cl::value_desc("N"),
                              cl::desc("Translation units analysed in parallel "
                                       "(default: one per core)."));
static cl::opt<bool> Verbose("v", cl::sub(Scan), cl::sub(Explain),
                             cl::cat(Category),
                             cl::desc("Say what piiflow is doing."));
static cl::opt<bool> Quiet("quiet", cl::sub(Scan), cl::sub(Explain),
                           cl::cat(Category),
                           cl::desc("No summary or progress on stderr."));
static cl::list<std::string> Sources(cl::Positional, cl::sub(Scan),
                                     cl::sub(Explain), cl::cat(Category),
                                     cl::value_desc("SOURCES"),
                                     cl::desc("<source files>"));
static cl::opt<std::string> ConfigFile(
    "config", cl::sub(Scan), cl::sub(Explain), cl::sub(Categories),
    cl::sub(Ignore), cl::cat(Category), cl::value_desc("FILE"),
    cl::desc("The project's configuration. Default: the nearest\n"
             ".piiflow.json upward from -p's directory (or the current\n"
             "directory)."));
static cl::list<std::string>
    ModelFiles("model", cl::sub(Scan), cl::sub(Explain), cl::cat(Category),
               cl::value_desc("FILE"),
               cl::desc("An extra library model file (repeatable; replaces\n"
                        "\"models\" of .piiflow.json)."));
static cl::list<std::string> ExcludePaths(
    "exclude-path", cl::sub(Scan), cl::sub(Explain), cl::cat(Category),
    cl::value_desc("GLOB"),
    cl::desc("Do not analyse files whose absolute path matches GLOB\n"
             "(repeatable; replaces \"excludePaths\" of .piiflow.json)."));
static cl::opt<OutputFormat> Format(
    "format", cl::sub(Scan), cl::sub(Explain), cl::sub(Categories),
    cl::cat(Category), cl::init(OutputFormat::Text), cl::desc("Output format:"),
    cl::values(clEnumValN(OutputFormat::Text, "text", "for people (default)"),
               clEnumValN(OutputFormat::Json, "json", "for tools")));

// scan only.
static cl::opt<std::string>
    SarifFile("sarif", cl::sub(Scan), cl::cat(Category), cl::value_desc("FILE"),
              cl::desc("Write the findings as SARIF 2.1.0 to FILE."));
static cl::opt<std::string> SarifCategory(
    "sarif-category", cl::sub(Scan), cl::cat(Category), cl::init("piiflow"),
    cl::value_desc("NAME"),
    cl::desc("GitHub code-scanning category (automationDetails.id)."));
static cl::opt<std::string> SourceRoot(
    "source-root", cl::sub(Scan), cl::cat(Category), cl::value_desc("DIR"),
    cl::desc("Root that SARIF URIs are relative to (%SRCROOT%). Default: the\n"
             "current directory. Text output shows paths relative to the\n"
             "current directory."));
static cl::opt<std::string> FactsDir(
    "facts-dir", cl::sub(Scan), cl::cat(Category), cl::value_desc("DIR"),
    cl::desc("Also write each translation unit's facts (JSON) into DIR."));
static cl::opt<std::string> ReportHtml(
    "report-html", cl::sub(Scan), cl::cat(Category), cl::value_desc("FILE"),
    cl::desc("Write the privacy data map as one self-contained HTML page."));
static cl::opt<std::string>
    ReportJson("report-json", cl::sub(Scan), cl::cat(Category),
               cl::value_desc("FILE"),
               cl::desc("Write the data map's inventory and drift as JSON."));
static cl::opt<std::string> ReportMd(
    "report-md", cl::sub(Scan), cl::cat(Category), cl::value_desc("FILE"),
    cl::desc("Write a Markdown summary of the data map (CI job summary)."));
static cl::opt<piiflow::report::Level> FailOn(
    "fail-on", cl::sub(Scan), cl::cat(Category),
    cl::init(piiflow::report::Level::Warning),
    cl::desc("Exit with 1 when a reported finding is at or above this level:"),
    cl::values(clEnumValN(piiflow::report::Level::None, "none", "never"),
               clEnumValN(piiflow::report::Level::None, "never", "never"),
               clEnumValN(piiflow::report::Level::Note, "note", "any finding"),
               clEnumValN(piiflow::report::Level::Note, "any", "any finding"),
               clEnumValN(piiflow::report::Level::Warning, "warning",
                          "medium or high sensitivity (default)"),
               clEnumValN(piiflow::report::Level::Error, "error",
                          "high sensitivity only")));

static cl::opt<std::string>
    JsonFile("json", cl::sub(Scan), cl::cat(Category), cl::value_desc("FILE"),
             cl::desc("Write the findings as JSON (docs/json-output.md) to "
                      "FILE."));
static cl::opt<piiflow::ColorMode>
    Color("color", cl::sub(Scan), cl::cat(Category),
          cl::init(piiflow::ColorMode::Auto),
          cl::desc("Colours in the text output:"),
          cl::values(clEnumValN(piiflow::ColorMode::Auto, "auto",
                                "when stdout is a terminal (default)"),
                     clEnumValN(piiflow::ColorMode::Always, "always", "always"),
                     clEnumValN(piiflow::ColorMode::Never, "never", "never")));
static cl::opt<std::string> Baseline(
    "baseline", cl::sub(Scan), cl::cat(Category), cl::value_desc("FILE"),
    cl::desc("A SARIF log of an earlier scan: report only the findings\n"
             "that are not in it."));
static cl::opt<bool> IncludeBaselineState(
    "include-baseline-state", cl::sub(Scan), cl::cat(Category),
    cl::desc("With --baseline: write every finding to SARIF and JSON with\n"
             "its baselineState (new, unchanged), and the baseline's\n"
             "results no longer found as absent."));
static cl::opt<bool> IncludeSuppressed(
    "include-suppressed", cl::sub(Scan), cl::cat(Category),
    cl::desc("Write suppressed findings to SARIF and JSON, marked with\n"
             "their suppression (NOLINT or the ignore file)."));
static cl::opt<std::string> IgnoreFile(
    "ignore-file", cl::sub(Scan), cl::sub(Ignore), cl::cat(Category),
    cl::value_desc("FILE"),
    cl::desc("The ignore file. Default: .piiflow-ignore.json next to\n"
             ".piiflow.json, or in the source root."));
static cl::opt<std::string> DiffBase(
    "diff-base", cl::sub(Scan), cl::cat(Category), cl::value_desc("GIT_REF"),
    cl::desc("Report only findings whose sink, source or path lies on a\n"
             "line changed since GIT_REF (git diff GIT_REF)."));
static cl::opt<bool> DumpConfig(
    "dump-config", cl::sub(Scan), cl::cat(Category),
    cl::desc("Print the effective configuration as JSON, with where each\n"
             "value comes from, and exit."));

// ignore only.
static cl::opt<std::string> Fingerprint(cl::Positional, cl::sub(Ignore),
                                        cl::cat(Category),
                                        cl::value_desc("FINGERPRINT"),
                                        cl::desc("<fingerprint>"));
static cl::opt<std::string>
    Reason("reason", cl::sub(Ignore), cl::cat(Category), cl::value_desc("TEXT"),
           cl::desc("Why the finding is accepted (required)."));
static cl::opt<std::string>
    Author("author", cl::sub(Ignore), cl::cat(Category), cl::value_desc("NAME"),
           cl::desc("Who accepted it (default: git config user.name)."));
static cl::opt<std::string>
    Rule("rule", cl::sub(Ignore), cl::cat(Category), cl::value_desc("RULE"),
         cl::desc("The finding's rule; the entry then matches it only."));

static void printVersion(raw_ostream &OS) {
  OS << "piiflow version " << PIIFLOW_VERSION << " (built with LLVM "
     << LLVM_VERSION_STRING << ")\n";
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  cl::SetVersionPrinter(printVersion);
  for (cl::SubCommand *S :
       {&Scan, &Explain, &Categories, &Ignore, &cl::SubCommand::getTopLevel()})
    cl::HideUnrelatedOptions(Category, *S);

  // Everything after "--" is for the compiler, as with clang-tidy.
  int Argc = argc;
  bool HasDashDash = false;
  std::vector<std::string> ExtraArgs;
  for (int I = 1; I < argc; ++I)
    if (StringRef(argv[I]) == "--") {
      Argc = I;
      HasDashDash = true;
      for (int J = I + 1; J < argc; ++J)
        ExtraArgs.push_back(argv[J]);
      break;
    }
  std::string CommandLine;
  for (int I = 0; I < argc; ++I)
    CommandLine += (I ? " " : "") + std::string(argv[I]);

  if (!cl::ParseCommandLineOptions(
          Argc, argv,
          "piiflow: finds personal data in C and C++ code and follows it to "
          "logs, third parties and unapproved storage.\n\n"
          "  piiflow scan [-p BUILD_DIR] [--policy FILE]... [--sarif FILE] "
          "[-j N]\n               [--fail-on none|note|warning|error] "
          "[--baseline OLD.sarif] [--diff-base REF]\n"
          "               [--format text|json] [--json FILE] "
          "[--report-html|--report-json|--report-md FILE]\n               "
          "[SOURCES...] [-- EXTRA_COMPILER_ARGS]\n"
          "  piiflow explain [-p BUILD_DIR] [--policy FILE]... "
          "[--format text|json] [-j N]\n"
          "                  [SOURCES...] [-- ARGS]\n"
          "  piiflow categories [--policy FILE]... [--format text|json]\n"
          "  piiflow ignore FINGERPRINT --reason TEXT [--author NAME] "
          "[--rule RULE]\n",
          &errs()))
    return piiflow::ExitFailure;

  if (!Scan && !Explain && !Categories && !Ignore) {
    errs() << "piiflow: error: no command given; try 'piiflow scan --help'\n";
    return piiflow::ExitFailure;
  }
  if (Quiet)
    piiflow::support::setVerbosity(piiflow::support::Verbosity::Quiet);
  else if (Verbose)
    piiflow::support::setVerbosity(piiflow::support::Verbosity::Verbose);

  // The settings .piiflow.json may give too: only those given here win.
  piiflow::triage::SettingValues Given;
  if (Policies.getNumOccurrences())
    Given.Policies.emplace(Policies.begin(), Policies.end());
  if (ModelFiles.getNumOccurrences())
    Given.Models.emplace(ModelFiles.begin(), ModelFiles.end());
  if (ExcludePaths.getNumOccurrences())
    Given.ExcludePaths.emplace(ExcludePaths.begin(), ExcludePaths.end());
  if (FailOn.getNumOccurrences())
    Given.FailOn = piiflow::report::toString(FailOn).str();
  if (Baseline.getNumOccurrences())
    Given.Baseline = Baseline;
  if (IgnoreFile.getNumOccurrences())
    Given.IgnoreFile = IgnoreFile;
  if (SarifCategory.getNumOccurrences())
    Given.SarifCategory = SarifCategory;

  if (Ignore) {
    piiflow::IgnoreOptions IO;
    IO.Fingerprint = Fingerprint;
    IO.Reason = Reason;
    IO.Author = Author;
    IO.Rule = Rule;
    IO.ConfigFile = ConfigFile;
    IO.Given = Given;
    return piiflow::runIgnore(IO);
  }

  piiflow::ScanOptions Opts;
  Opts.ConfigFile = ConfigFile;
  Opts.Given = Given;
  if (Categories)
    return piiflow::runCategories(Opts, Format);
  Opts.BuildPath = BuildPath;
  Opts.Jobs = Jobs;
  Opts.Sources.assign(Sources.begin(), Sources.end());
  Opts.HasDashDash = HasDashDash;
  Opts.ExtraArgs = ExtraArgs;
  if (Explain)
    return piiflow::runExplain(Opts, Format);

  Opts.SarifFile = SarifFile;
  Opts.JsonFile = JsonFile;
  Opts.SourceRoot = SourceRoot;
  Opts.FactsDir = FactsDir;
  Opts.DiffBase = DiffBase;
  Opts.Format = Format;
  Opts.Color = Color;
  Opts.IncludeSuppressed = IncludeSuppressed;
  Opts.IncludeBaselineState = IncludeBaselineState;
  Opts.DumpConfig = DumpConfig;
  Opts.CommandLine = CommandLine;
  Opts.ReportHtml = ReportHtml;
  Opts.ReportJson = ReportJson;
  Opts.ReportMd = ReportMd;
  return piiflow::runScan(Opts);
}
