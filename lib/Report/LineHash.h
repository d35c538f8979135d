//===- LineHash.h - GitHub's primaryLocationLineHash ------------*- C++ -*-===//
//
// The fingerprint GitHub code scanning computes for a result's line when the
// upload lacks one (codeql-action, src/fingerprints.ts): a rolling hash over
// the next 100 non-blank characters from the start of each line, with CR and
// CRLF read as LF, printed as hex plus ":" and the occurrence count.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_LINEHASH_H
#define PIIFLOW_REPORT_LINEHASH_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace piiflow::report {

/// One hash per line of Text, index 0 for line 1.
std::vector<std::string> lineHashes(llvm::StringRef Text);

} // namespace piiflow::report

#endif
