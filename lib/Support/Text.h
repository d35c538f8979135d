//===- Text.h - small text helpers: positions, suggestions ------*- C++ -*-===//
#ifndef PIIFLOW_SUPPORT_TEXT_H
#define PIIFLOW_SUPPORT_TEXT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>

namespace piiflow::support {

/// A 1-based line and column (column in bytes).
struct TextPos {
  unsigned Line = 0;
  unsigned Col = 0;
};

/// Converts a byte offset in Text to a 1-based line and column.
TextPos offsetToPos(llvm::StringRef Text, size_t Offset);

/// The candidate closest to Word by edit distance, if it is close enough to be
/// a plausible typo (as clang's "did you mean" does).
std::optional<std::string> nearest(llvm::StringRef Word,
                                   llvm::ArrayRef<std::string> Candidates);

/// An llvm::Error whose message is "File:Line:Col: Msg" (or "File: Msg").
llvm::Error fileError(llvm::StringRef File, TextPos Pos,
                      const llvm::Twine &Msg);

/// Reads a whole file, with an error naming it on failure.
llvm::Expected<std::string> readFile(llvm::StringRef Path);

} // namespace piiflow::support

#endif
