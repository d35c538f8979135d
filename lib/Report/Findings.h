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

#include <string>
#include <vector>

namespace piiflow::report {

enum class Level { None, Note, Warning, Error };
llvm::StringRef toString(Level L);
/// Parses none|note|warning|error.
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

/// piiflow/v1 fingerprints, one per finding (same order): a hash of the rule,
/// category, source declaration, sink callee, enclosing function and file,
/// never line numbers, with ":N" for the Nth finding sharing them.
std::vector<std::string> fingerprints(const std::vector<solve::Finding> &Fs,
                                      llvm::StringRef SourceRoot);

/// Path of File relative to Root if it lies under it, else File itself.
std::string relativePath(llvm::StringRef File, llvm::StringRef Root);

} // namespace piiflow::report

#endif
