//===- NoLint.h - clang-tidy style suppression comments ---------*- C++ -*-===//
//
// The NOLINT comments piiflow honours, as clang-tidy writes them:
//
//   leak(p.phone); // NOLINT(pii-log): the number is masked by the sink
//   // NOLINTNEXTLINE(pii-*)
//   // NOLINTBEGIN(pii-storage) ... // NOLINTEND(pii-storage)
//
// A bare NOLINT covers every rule; a list in parentheses holds rule globs
// separated by commas ("pii-*"). Text after the closing parenthesis,
// after a ':', is the reason (SARIF's justification). A NOLINTBEGIN
// is closed by the next NOLINTEND with the same list; blocks nest. An
// unmatched NOLINTBEGIN or NOLINTEND suppresses nothing and is reported.
//
// This works on the text of a file, with no Clang: findings carry their
// line, and the comments are looked up on that line (and the one before).
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_TRIAGE_NOLINT_H
#define PIIFLOW_TRIAGE_NOLINT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace piiflow::triage {

/// One NOLINT comment.
struct NoLintDirective {
  enum class Kind { NoLint, NextLine, Begin, End };
  Kind Type = Kind::NoLint;
  unsigned Line = 0;   ///< 1-based
  unsigned Column = 0; ///< 1-based, of the 'N'
  /// The rule globs in parentheses, whitespace trimmed; unset for a bare
  /// NOLINT (every rule). "NOLINT()" gives an empty list: no rule.
  std::optional<std::vector<std::string>> Rules;
  std::string Reason; ///< after "):" or ":"; may be empty

  /// True if this directive names Rule (a bare one names every rule).
  bool covers(llvm::StringRef Rule) const;
  /// The rule list as written, normalised ("pii-log,pii-*"), or "" if bare.
  std::string rulesText() const;
};

/// Every NOLINT comment in Text, in order.
std::vector<NoLintDirective> parseNoLints(llvm::StringRef Text);

/// The suppressions of one file: NOLINT and NOLINTNEXTLINE by line, and the
/// matched NOLINTBEGIN/NOLINTEND blocks.
class NoLintFile {
public:
  explicit NoLintFile(llvm::StringRef Text);

  /// The directive that suppresses Rule on Line, if any: a NOLINT on the
  /// line, a NOLINTNEXTLINE on the line before, or the innermost enclosing
  /// block's NOLINTBEGIN.
  const NoLintDirective *suppression(unsigned Line, llvm::StringRef Rule) const;

  /// NOLINTBEGIN without a NOLINTEND, and NOLINTEND without a NOLINTBEGIN.
  const std::vector<NoLintDirective> &unmatched() const { return Unmatched; }

private:
  std::vector<NoLintDirective> Directives;
  struct Block {
    size_t Begin; ///< index into Directives
    unsigned EndLine;
  };
  std::vector<Block> Blocks;
  std::vector<NoLintDirective> Unmatched;
};

/// NoLintFile for each file a finding points into, read once.
class NoLintIndex {
public:
  /// Null if the file cannot be read (then nothing is suppressed in it).
  const NoLintFile *file(llvm::StringRef Path);

private:
  llvm::StringMap<std::optional<NoLintFile>> Files;
};

} // namespace piiflow::triage

#endif
