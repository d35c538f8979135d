//===- Log.h - piiflow's one logging facade ---------------------*- C++ -*-===//
//
// Diagnostics about the tool itself (progress, verbose traces, warnings about
// its input) go through here, never through stray llvm::errs() calls. Output
// is serialised so that parallel workers do not interleave lines.
//
// This is not for findings: those are reports (lib/Report).
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SUPPORT_LOG_H
#define PIIFLOW_SUPPORT_LOG_H

#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

namespace piiflow::support {

class ProgressLine;

enum class Verbosity { Quiet = 0, Normal = 1, Verbose = 2, Debug = 3 };

/// Sets the process-wide verbosity (from --quiet / -v).
void setVerbosity(Verbosity V);
Verbosity verbosity();

/// "piiflow: error: <Msg>" on stderr, always shown.
void logError(const llvm::Twine &Msg);
/// "piiflow: warning: <Msg>" on stderr, unless quiet.
void logWarning(const llvm::Twine &Msg);
/// A plain line on stderr at Normal verbosity (summaries).
void logInfo(const llvm::Twine &Msg);
/// A line on stderr only at Verbose or above.
void logVerbose(const llvm::Twine &Msg);
/// Writes an already formatted block (e.g. compiler diagnostics) atomically.
void logRaw(llvm::StringRef Text);

/// A progress line that every message clears before it and draws again after
/// (nullptr: none). Set by ProgressLine::attachToLog.
void setLogProgressLine(ProgressLine *P);

} // namespace piiflow::support

#endif
