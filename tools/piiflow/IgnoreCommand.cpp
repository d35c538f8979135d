//===- IgnoreCommand.cpp - piiflow ignore: accept a finding by fingerprint ===//
#include "ScanCommand.h"

#include "Support/Log.h"
#include "Triage/Config.h"
#include "Triage/GitDiff.h"
#include "Triage/IgnoreFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <ctime>

using namespace llvm;

namespace piiflow {

namespace {

std::string today() {
  std::time_t Now = std::time(nullptr);
  std::tm Local{};
  localtime_r(&Now, &Local);
  char Buf[16];
  std::strftime(Buf, sizeof Buf, "%Y-%m-%d", &Local);
  return Buf;
}

} // namespace

int runIgnore(const IgnoreOptions &Opts) {
  if (Opts.Fingerprint.empty()) {
    support::logError("no fingerprint given: piiflow ignore FINGERPRINT "
                      "--reason TEXT");
    return ExitFailure;
  }
  if (!triage::isFingerprint(Opts.Fingerprint)) {
    support::logError("'" + Opts.Fingerprint +
                      "' is not a piiflow fingerprint (16 hex digits, ':' and "
                      "a number, as in SARIF's partialFingerprints or the "
                      "JSON output's \"fingerprint\")");
    return ExitFailure;
  }
  if (StringRef(Opts.Reason).trim().empty()) {
    support::logError("an ignore entry needs a reason: --reason \"...\"");
    return ExitFailure;
  }
  // The file: as for scan, with the current directory as the source root.
  CommonOptions Common;
  Common.ConfigFile = Opts.ConfigFile;
  Common.Given = Opts.Given;
  std::optional<triage::Settings> S = applyConfig(Common);
  if (!S)
    return ExitFailure;
  std::string Path = S->IgnoreFile.Value;
  if (Path.empty()) {
    SmallString<256> P(S->ConfigFile.empty()
                           ? realPath(".")
                           : sys::path::parent_path(S->ConfigFile).str());
    sys::path::append(P, triage::IgnoreFileName);
    Path = std::string(P);
  }

  triage::IgnoreEntry E;
  E.Fingerprint = Opts.Fingerprint;
  E.Rule = Opts.Rule;
  E.Reason = StringRef(Opts.Reason).trim().str();
  E.Author = Opts.Author;
  if (E.Author.empty()) {
    auto Name = triage::runGit({"config", "user.name"}, ".");
    if (Name)
      E.Author = StringRef(*Name).trim().str();
    else
      consumeError(Name.takeError());
  }
  if (E.Author.empty()) {
    support::logError("no author: pass --author NAME (git config user.name "
                      "is not set)");
    return ExitFailure;
  }
  E.Date = today();
  if (Error Err = triage::appendIgnoreEntry(Path, E)) {
    reportError(std::move(Err));
    return ExitFailure;
  }
  support::logInfo("piiflow: '" + E.Fingerprint + "' ignored in " + Path);
  return ExitClean;
}

} // namespace piiflow
