//===- SourceFiles.h - source text for reports ------------------*- C++ -*-===//
//
// Reports need the text of the files they point into: GitHub's line hash of
// the primary line, and columns in UTF-16 code units (SARIF's default
// columnKind) where Clang counts bytes. Files are read once and cached.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_SOURCEFILES_H
#define PIIFLOW_REPORT_SOURCEFILES_H

#include "llvm/ADT/StringMap.h"

#include <string>
#include <vector>

namespace piiflow::report {

class SourceFiles {
public:
  /// GitHub's primaryLocationLineHash of a line; empty if unreadable.
  std::string lineHash(llvm::StringRef File, unsigned Line);
  /// Converts a 1-based byte column on a line to UTF-16 code units.
  unsigned utf16Column(llvm::StringRef File, unsigned Line,
                       unsigned ByteColumn);

private:
  struct Entry {
    bool Loaded = false;
    std::string Text;
    std::vector<size_t> LineStarts;
    std::vector<std::string> Hashes;
  };
  llvm::StringMap<Entry> Files;
  Entry &get(llvm::StringRef File);
};

} // namespace piiflow::report

#endif
