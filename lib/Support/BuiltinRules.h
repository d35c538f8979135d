//===- BuiltinRules.h - the rules/ files compiled into piiflow --*- C++ -*-===//
//
// The default policy and the library models are data in rules/; the build
// embeds them (cmake/EmbedRules.cmake) so that the binary works wherever it
// is copied. Paths are relative to the source tree ("rules/models/stdio.json")
// and are what error messages and reasons cite.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SUPPORT_BUILTINRULES_H
#define PIIFLOW_SUPPORT_BUILTINRULES_H

#include "llvm/ADT/ArrayRef.h"

namespace piiflow::support {

struct BuiltinFile {
  const char *Path;
  const char *Text;
};

/// Every file under rules/ at build time, sorted by path.
llvm::ArrayRef<BuiltinFile> builtinRuleFiles();

} // namespace piiflow::support

#endif
