//===- Extractor.cpp - run the per-TU step over a compile database --------===//
#include "Extract/Extractor.h"

#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <atomic>
#include <mutex>

using namespace clang;

namespace piiflow::extract {

llvm::StringRef clangResourceDir() { return PIIFLOW_CLANG_RESOURCE_DIR; }

namespace {

/// Keeps the errors of one TU (formatted as clang does) and counts them;
/// warnings are not piiflow's business.
class ErrorCollector : public DiagnosticConsumer {
public:
  ErrorCollector() : OS(Text), Printer(OS, new DiagnosticOptions()) {}

  void BeginSourceFile(const LangOptions &LO, const Preprocessor *PP) override {
    Printer.BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Printer.EndSourceFile(); }
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    ++Errors;
    if (Errors <= MaxShown)
      Printer.HandleDiagnostic(Level, Info);
  }

  static constexpr unsigned MaxShown = 5;
  std::string Text;
  llvm::raw_string_ostream OS;
  TextDiagnosticPrinter Printer;
  unsigned Errors = 0;
};

class ExtractAction : public ASTFrontendAction {
public:
  ExtractAction(const ExtractContext &EC, const ExtractOptions &Opts,
                TUResult &R)
      : EC(EC), Opts(Opts), R(R) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    return std::make_unique<Consumer>(CI, EC, Opts, R);
  }

private:
  struct Consumer : ASTConsumer {
    Consumer(CompilerInstance &CI, const ExtractContext &EC,
             const ExtractOptions &Opts, TUResult &R)
        : CI(CI), EC(EC), Opts(Opts), R(R) {}
    void HandleTranslationUnit(ASTContext &Ctx) override {
      // Facts from a TU with errors would describe code that is not there.
      if (CI.getDiagnostics().hasErrorOccurred())
        return;
      if (Opts.Explain || Opts.Declarations)
        R.Declarations = TUExtractor(Ctx, EC).explain();
      if (!Opts.Explain)
        R.Facts = TUExtractor(Ctx, EC).run();
      R.Parsed = true;
    }
    CompilerInstance &CI;
    const ExtractContext &EC;
    const ExtractOptions &Opts;
    TUResult &R;
  };
  const ExtractContext &EC;
  const ExtractOptions &Opts;
  TUResult &R;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(const ExtractContext &EC, const ExtractOptions &Opts,
                TUResult &R)
      : EC(EC), Opts(Opts), R(R) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<ExtractAction>(EC, Opts, R);
  }

private:
  const ExtractContext &EC;
  const ExtractOptions &Opts;
  TUResult &R;
};

bool hasResourceDir(const tooling::CommandLineArguments &Args) {
  for (const std::string &A : Args)
    if (llvm::StringRef(A).starts_with("-resource-dir"))
      return true;
  return false;
}

void extractOne(const tooling::CompilationDatabase &DB, const std::string &File,
                const ExtractContext &EC, const ExtractOptions &Opts,
                TUResult &R) {
  R.File = File;
  // Each worker gets its own file system view: ClangTool changes the
  // working directory of the one it is given.
  tooling::ClangTool Tool(DB, {File},
                          std::make_shared<PCHContainerOperations>(),
                          llvm::vfs::createPhysicalFileSystem());
  Tool.clearArgumentsAdjusters();
  Tool.appendArgumentsAdjuster(tooling::getClangStripOutputAdjuster());
  Tool.appendArgumentsAdjuster(tooling::getClangStripDependencyFileAdjuster());
  Tool.appendArgumentsAdjuster(tooling::getClangSyntaxOnlyAdjuster());
  // piiflow's own flags go before any "--" (an inferred command for a file
  // missing from the database ends in "-- FILE"), as do the user's extras.
  Tool.appendArgumentsAdjuster(
      [](const tooling::CommandLineArguments &Args, llvm::StringRef) {
        tooling::CommandLineArguments Own = {
            "-w",                      // warnings are not piiflow's business
            "-fno-caret-diagnostics"}; // and no "N errors generated" lines
        if (!hasResourceDir(Args))
          Own.push_back("-resource-dir=" + clangResourceDir().str());
        tooling::CommandLineArguments Out = Args;
        Out.insert(llvm::find(Out, "--"), Own.begin(), Own.end());
        return Out;
      });
  if (!Opts.ExtraArgs.empty())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        Opts.ExtraArgs, tooling::ArgumentInsertPosition::END));
  ErrorCollector Errors;
  Tool.setDiagnosticConsumer(&Errors);
  Tool.setPrintErrorMessage(false);
  ActionFactory Factory(EC, Opts, R);
  int RC = Tool.run(&Factory);
  R.Errors = Errors.Errors;
  R.Diagnostics = Errors.Text;
  if (RC != 0 && R.Errors == 0) {
    R.Errors = 1;
    R.Diagnostics +=
        File + ": error: the compiler could not run on this file\n";
  }
  if (R.Errors)
    R.Parsed = false;
}

} // namespace

unsigned effectiveJobs(unsigned Requested, size_t NumFiles) {
  // hardware_concurrency() counts the CPUs in this process's affinity mask
  // (what taskset or a container's cpuset allows), not all of the machine's.
  unsigned Jobs = Requested
                      ? Requested
                      : llvm::hardware_concurrency().compute_thread_count();
  return std::max<size_t>(1, std::min<size_t>(Jobs, NumFiles));
}

std::vector<TUResult> extractAll(const tooling::CompilationDatabase &DB,
                                 llvm::ArrayRef<std::string> Files,
                                 const ExtractContext &EC,
                                 const ExtractOptions &Opts) {
  std::vector<TUResult> Results(Files.size());
  unsigned Jobs = effectiveJobs(Opts.Jobs, Files.size());
  std::atomic<unsigned> Done{0};
  auto Work = [&](size_t I) {
    extractOne(DB, Files[I], EC, Opts, Results[I]);
    if (Opts.Finished)
      Opts.Finished(I, Results[I]);
    unsigned N = ++Done;
    if (Opts.Progress)
      Opts.Progress(N, Files.size(), Files[I]);
  };
  if (Jobs == 1) {
    for (size_t I = 0; I < Files.size(); ++I)
      Work(I);
    return Results;
  }
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
  for (size_t I = 0; I < Files.size(); ++I)
    Pool.async([&Work, I] { Work(I); });
  Pool.wait();
  return Results;
}

} // namespace piiflow::extract
