//===- TextReport.cpp - findings as compiler diagnostics ------------------===//
#include "Report/TextReport.h"

#include "Report/Findings.h"

namespace piiflow::report {

static void writeLocation(llvm::raw_ostream &OS, const facts::Location &L,
                          llvm::StringRef Root) {
  OS << relativePath(L.File, Root) << ":" << L.Line << ":" << L.Column << ": ";
}

void writeText(llvm::raw_ostream &OS, const std::vector<solve::Finding> &Fs,
               const policy::Policy &P, llvm::StringRef DisplayRoot) {
  for (const solve::Finding &F : Fs) {
    writeLocation(OS, F.Sink.Where, DisplayRoot);
    OS << "warning: " << findingMessage(F) << " [" << F.Rule << "]\n";
    for (const solve::CodeFlow &Flow : F.Flows)
      for (const facts::Step &S : Flow.Steps) {
        writeLocation(OS, S.Where, DisplayRoot);
        OS << "note: " << S.Message << "\n";
      }
    writeLocation(OS, F.Sink.Where, DisplayRoot);
    OS << "note: " << clauseCitation(F, P) << "\n";
  }
}

} // namespace piiflow::report
