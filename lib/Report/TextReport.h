//===- TextReport.h - findings as compiler diagnostics ----------*- C++ -*-===//
//
// One "warning:" per finding in the compiler's format, and one "note:" per
// step of its paths, so editors' gcc problem matchers and humans used to
// clang-tidy read it as they read a build log.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_TEXTREPORT_H
#define PIIFLOW_REPORT_TEXTREPORT_H

#include "Policy/Policy.h"
#include "Solve/Linker.h"

#include "llvm/Support/raw_ostream.h"

namespace piiflow::report {

/// Paths print relative to DisplayRoot when they lie under it. Colours, as
/// clang uses them, only if OS has them enabled (OS.enable_colors).
void writeText(llvm::raw_ostream &OS, const std::vector<solve::Finding> &Fs,
               const policy::Policy &P, llvm::StringRef DisplayRoot);

} // namespace piiflow::report

#endif
