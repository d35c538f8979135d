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

static cl::OptionCategory Category("piiflow options");
static cl::SubCommand Scan("scan",
                           "Find personal data that reaches logs, third "
                           "parties or unapproved storage");

static cl::opt<std::string> BuildPath(
    "p", cl::sub(Scan), cl::cat(Category), cl::value_desc("BUILD_DIR"),
    cl::desc("Directory that holds compile_commands.json. Without it, the\n"
             "database is looked for upward from the first source (or the\n"
             "current directory); with '--' and no -p, the arguments after\n"
             "'--' are the compile command of every source."));
static cl::list<std::string> Policies(
    "policy", cl::sub(Scan), cl::cat(Category), cl::value_desc("FILE"),
    cl::desc("A policy file layered over the built-in default (repeatable;\n"
             "later files win)."));
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
static cl::opt<unsigned> Jobs("j", cl::sub(Scan), cl::cat(Category),
                              cl::init(0), cl::Prefix, cl::value_desc("N"),
                              cl::desc("Translation units analysed in parallel "
                                       "(default: one per core)."));
static cl::opt<piiflow::report::Level> FailOn(
    "fail-on", cl::sub(Scan), cl::cat(Category),
    cl::init(piiflow::report::Level::Warning),
    cl::desc("Exit with 1 when a finding is at or above this level:"),
    cl::values(clEnumValN(piiflow::report::Level::None, "none", "never"),
               clEnumValN(piiflow::report::Level::Note, "note", "any finding"),
               clEnumValN(piiflow::report::Level::Warning, "warning",
                          "medium or high sensitivity (default)"),
               clEnumValN(piiflow::report::Level::Error, "error",
                          "high sensitivity only")));
static cl::opt<bool> Verbose("v", cl::sub(Scan), cl::cat(Category),
                             cl::desc("Say what piiflow is doing."));
static cl::opt<bool> Quiet("quiet", cl::sub(Scan), cl::cat(Category),
                           cl::desc("No summary or progress on stderr."));
static cl::list<std::string> Sources(cl::Positional, cl::sub(Scan),
                                     cl::cat(Category),
                                     cl::value_desc("SOURCES"),
                                     cl::desc("<source files>"));

static void printVersion(raw_ostream &OS) {
  OS << "piiflow version " << PIIFLOW_VERSION << " (built with LLVM "
     << LLVM_VERSION_STRING << ")\n";
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  cl::SetVersionPrinter(printVersion);
  cl::HideUnrelatedOptions(Category, Scan);
  cl::HideUnrelatedOptions(Category, cl::SubCommand::getTopLevel());

  // Everything after "--" is for the compiler, as with clang-tidy.
  int Argc = argc;
  piiflow::ScanOptions Opts;
  for (int I = 1; I < argc; ++I)
    if (StringRef(argv[I]) == "--") {
      Argc = I;
      Opts.HasDashDash = true;
      for (int J = I + 1; J < argc; ++J)
        Opts.ExtraArgs.push_back(argv[J]);
      break;
    }
  for (int I = 0; I < argc; ++I)
    Opts.CommandLine += (I ? " " : "") + std::string(argv[I]);

  if (!cl::ParseCommandLineOptions(
          Argc, argv,
          "piiflow: finds personal data in C and C++ code and follows it to "
          "logs, third parties and unapproved storage.\n\n"
          "  piiflow scan [-p BUILD_DIR] [--policy FILE]... [--sarif FILE] "
          "[-j N]\n               [--fail-on none|note|warning|error] "
          "[SOURCES...] [-- EXTRA_COMPILER_ARGS]\n",
          &errs()))
    return piiflow::ExitFailure;

  if (!Scan) {
    errs() << "piiflow: error: no command given; try 'piiflow scan --help'\n";
    return piiflow::ExitFailure;
  }
  if (Quiet)
    piiflow::support::setVerbosity(piiflow::support::Verbosity::Quiet);
  else if (Verbose)
    piiflow::support::setVerbosity(piiflow::support::Verbosity::Verbose);

  Opts.BuildPath = BuildPath;
  Opts.Policies.assign(Policies.begin(), Policies.end());
  Opts.SarifFile = SarifFile;
  Opts.SarifCategory = SarifCategory;
  Opts.SourceRoot = SourceRoot;
  Opts.FactsDir = FactsDir;
  Opts.Jobs = Jobs;
  Opts.FailOn = FailOn;
  Opts.Sources.assign(Sources.begin(), Sources.end());
  return piiflow::runScan(Opts);
}
