//===- Log.cpp - piiflow's one logging facade -----------------------------===//
#include "Support/Log.h"

#include "Support/ProgressLine.h"

#include <atomic>
#include <mutex>

namespace piiflow::support {

static std::atomic<int> CurrentVerbosity{static_cast<int>(Verbosity::Normal)};
static std::mutex OutputMutex;
static ProgressLine *ActiveProgress = nullptr; // guarded by OutputMutex

void setVerbosity(Verbosity V) { CurrentVerbosity = static_cast<int>(V); }
Verbosity verbosity() {
  return static_cast<Verbosity>(CurrentVerbosity.load());
}

void setLogProgressLine(ProgressLine *P) {
  std::lock_guard<std::mutex> Lock(OutputMutex);
  ActiveProgress = P;
}

static void emit(llvm::StringRef Prefix, const llvm::Twine &Msg) {
  std::lock_guard<std::mutex> Lock(OutputMutex);
  if (ActiveProgress)
    ActiveProgress->suspend();
  llvm::errs() << Prefix << Msg << "\n";
  llvm::errs().flush();
  if (ActiveProgress)
    ActiveProgress->resume();
}

void logError(const llvm::Twine &Msg) { emit("piiflow: error: ", Msg); }

void logWarning(const llvm::Twine &Msg) {
  if (verbosity() >= Verbosity::Normal)
    emit("piiflow: warning: ", Msg);
}

void logInfo(const llvm::Twine &Msg) {
  if (verbosity() >= Verbosity::Normal)
    emit("", Msg);
}

void logVerbose(const llvm::Twine &Msg) {
  if (verbosity() >= Verbosity::Verbose)
    emit("piiflow: ", Msg);
}

void logRaw(llvm::StringRef Text) {
  std::lock_guard<std::mutex> Lock(OutputMutex);
  if (ActiveProgress)
    ActiveProgress->suspend();
  llvm::errs() << Text;
  llvm::errs().flush();
  if (ActiveProgress)
    ActiveProgress->resume();
}

} // namespace piiflow::support
