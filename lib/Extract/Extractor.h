//===- Extractor.h - run the per-TU step over a compile database -*- C++
//-*-===//
//
// Parses each translation unit with Clang (syntax only, as the compile
// database says, plus Clang's resource directory and any extra arguments),
// and turns it into facts with TUExtractor. TUs run in parallel on a thread
// pool; each worker has its own ClangTool and file system view, and results
// come back in input order, so output never depends on -j.
//
// A TU that does not parse yields no facts: its errors are returned for the
// caller to report, and the others are analysed as usual.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_EXTRACT_EXTRACTOR_H
#define PIIFLOW_EXTRACT_EXTRACTOR_H

#include "Extract/TUExtractor.h"

#include "clang/Tooling/CompilationDatabase.h"

#include <functional>
#include <string>
#include <vector>

namespace piiflow::extract {

struct TUResult {
  std::string File;
  bool Parsed = false;
  unsigned Errors = 0;
  /// The compiler's error messages, formatted as clang prints them.
  std::string Diagnostics;
  facts::TUFacts Facts;
  /// With ExtractOptions::Explain: the classification decisions instead;
  /// with ExtractOptions::Declarations: as well.
  std::vector<facts::Declaration> Declarations;
};

struct ExtractOptions {
  /// Appended to every compile command (the arguments after "--").
  std::vector<std::string> ExtraArgs;
  unsigned Jobs = 0; ///< 0: one per core
  /// Collect classification decisions (piiflow explain), not flows.
  bool Explain = false;
  /// Collect the classification decisions as well as the flows (the data
  /// map).
  bool Declarations = false;
  /// Called after each TU with (done, total, file), from any thread.
  std::function<void(unsigned, unsigned, llvm::StringRef)> Progress;
  /// Called once each TU is done, before Progress, with its index in the
  /// input and its result, from the thread that ran it (so possibly from
  /// several at once). It may take parts of the result away.
  std::function<void(size_t, TUResult &)> Finished;
};

/// The number of threads extractAll uses for Requested jobs (0: one per core
/// that this process may run on) and NumFiles translation units.
unsigned effectiveJobs(unsigned Requested, size_t NumFiles);

/// Clang's resource directory that piiflow was built against.
llvm::StringRef clangResourceDir();

std::vector<TUResult> extractAll(const clang::tooling::CompilationDatabase &DB,
                                 llvm::ArrayRef<std::string> Files,
                                 const ExtractContext &EC,
                                 const ExtractOptions &Opts);

} // namespace piiflow::extract

#endif
