//===- Log.cpp - piiflow's one logging facade -----------------------------===//
#include "Support/Log.h"

#include <atomic>
#include <mutex>

namespace piiflow::support {

static std::atomic<int> CurrentVerbosity{static_cast<int>(Verbosity::Normal)};
static std::mutex OutputMutex;

void setVerbosity(Verbosity V) { CurrentVerbosity = static_cast<int>(V); }
Verbosity verbosity() {
  return static_cast<Verbosity>(CurrentVerbosity.load());
}

static void emit(llvm::StringRef Prefix, const llvm::Twine &Msg) {
  std::lock_guard<std::mutex> Lock(OutputMutex);
  llvm::errs() << Prefix << Msg << "\n";
  llvm::errs().flush();
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
  llvm::errs() << Text;
  llvm::errs().flush();
}

} // namespace piiflow::support
