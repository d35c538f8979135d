//===- FactFile.h - the versioned JSON form of a TU's facts -----*- C++ -*-===//
//
// One file per translation unit; the unit of caching and distribution. The
// format is documented in docs/architecture.md. Reading checks the version.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SOLVE_FACTFILE_H
#define PIIFLOW_SOLVE_FACTFILE_H

#include "Extract/Facts.h"

#include "llvm/Support/Error.h"

#include <string>

namespace piiflow::solve {

std::string writeFacts(const facts::TUFacts &F);
llvm::Expected<facts::TUFacts> readFacts(llvm::StringRef FileName,
                                         llvm::StringRef Text);

} // namespace piiflow::solve

#endif
