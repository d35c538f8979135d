//===- IgnoreFile.h - the reviewed ignore file (.piiflow-ignore.json) -*- C++
//-*-===//
//
// Findings a team has reviewed and accepted, by piiflow fingerprint, each
// with a reason, an author and a date, so that the decision is visible in
// code review:
//
//   {"version": 1, "ignores": [{"fingerprint": "1f0c...:1", "rule": "pii-log",
//     "reason": "...", "author": "...", "date": "2025-01-31"}]}
//
// `piiflow ignore FINGERPRINT --reason ...` appends an entry. An entry that
// matches no finding is stale and reported.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_TRIAGE_IGNOREFILE_H
#define PIIFLOW_TRIAGE_IGNOREFILE_H

#include "Support/Text.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace piiflow::triage {

/// The file name looked for next to .piiflow.json and in the source root.
inline constexpr llvm::StringLiteral IgnoreFileName = ".piiflow-ignore.json";

struct IgnoreEntry {
  std::string Fingerprint; ///< "<16 hex digits>:<N>"
  std::string Rule;        ///< optional; if set, the finding's rule must match
  std::string Reason;
  std::string Author;
  std::string Date;     ///< YYYY-MM-DD
  support::TextPos Pos; ///< of the entry in the file, for messages
};

struct IgnoreFile {
  std::string Path;
  std::vector<IgnoreEntry> Entries;
};

/// True for "<16 lower-case hex digits>:<N>", piiflow's fingerprint form.
bool isFingerprint(llvm::StringRef S);

/// Reads and validates Path (errors name the file, line and column).
llvm::Expected<IgnoreFile> loadIgnoreFile(llvm::StringRef Path);

/// Appends E to the file at Path (creating it if it does not exist) and
/// writes it back, entries in the order they were added. An entry with the
/// same fingerprint already there is an error.
llvm::Error appendIgnoreEntry(llvm::StringRef Path, const IgnoreEntry &E);

} // namespace piiflow::triage

#endif
