//===- Findings.h - what every report says about a finding ------*- C++ -*-===//
//
// The words and numbers that text, SARIF and later reports share: the
// message (names of declarations and functions only, never a value), the
// level from the category's sensitivity, the clauses cited, and piiflow's
// own line-independent fingerprint.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_FINDINGS_H
#define PIIFLOW_REPORT_FINDINGS_H

#include "Policy/Policy.h"
#include "Solve/Linker.h"

#include <optional>
#include <string>
#include <vector>

namespace piiflow::report {

enum class Level { None, Note, Warning, Error };
llvm::StringRef toString(Level L);
/// Parses none|note|warning|error, and the aliases never (none) and any
/// (note).
std::optional<Level> parseLevel(llvm::StringRef S);

/// High sensitivity is an error, medium a warning, low a note.
Level levelOf(const solve::Finding &F, const policy::Policy &P);

/// "personal data (contact.phone) from 'Partner::phone' reaches a log".
std::string findingMessage(const solve::Finding &F);

/// "policy 3.5.1, 4.3; contact.phone: 3.1, 3.4".
std::string clauseCitation(const solve::Finding &F, const policy::Policy &P);

/// The clauses a finding enforces: the rule's, then the category's.
std::vector<std::string> clausesOf(const solve::Finding &F,
                                   const policy::Policy &P);

/// The key of piiflow's own fingerprint in SARIF's partialFingerprints and
/// the version of its inputs. v1 hashed Clang's USR as is, which holds a
/// byte offset for parameters and locals; v2 hashes stableUsr() instead.
inline constexpr llvm::StringLiteral FingerprintKey = "piiflow/v2";

/// Fingerprints, one per finding (same order): a hash of the rule, category,
/// source declaration (stableUsr), sink callee, enclosing function and file,
/// never line numbers or columns, with ":N" for the Nth finding sharing them.
std::vector<std::string> fingerprints(const std::vector<solve::Finding> &Fs,
                                      llvm::StringRef SourceRoot);

/// A USR without the byte offsets Clang puts into the USRs of declarations
/// local to a function ("c:a.cpp@103@F@show#@email" ->
/// "c:a.cpp@F@show#@email"), so that it does not change when lines are inserted
/// above.
std::string stableUsr(llvm::StringRef Usr);

/// How a finding that is reported anyway (--include-suppressed) was
/// suppressed, for SARIF's result.suppressions.
struct Suppression {
  enum class Kind { InSource, External };
  Kind How = Kind::InSource;
  std::string Justification; ///< the reason given; may be empty
  std::string File;          ///< the NOLINT's file or the ignore file
  unsigned Line = 0;         ///< its line (0: not known)
  std::string Author, Date;  ///< ignore-file entries only
};

/// What happened to a finding between the analysis and the reports.
struct FindingState {
  std::string Fingerprint;
  enum class Baseline { Unset, New, Unchanged };
  Baseline BaselineState = Baseline::Unset;
  std::optional<Suppression> Suppressed;
};
llvm::StringRef toString(FindingState::Baseline B);

/// Path of File relative to Root if it lies under it, else File itself.
std::string relativePath(llvm::StringRef File, llvm::StringRef Root);

} // namespace piiflow::report

#endif
