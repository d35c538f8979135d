//===- TextReport.cpp - findings as compiler diagnostics ------------------===//
#include "Report/TextReport.h"

#include "Report/Findings.h"

namespace piiflow::report {

// Colours as clang prints them; no-ops unless the caller enabled colours on
// OS (a terminal, or --color=always).
static void writeLocation(llvm::raw_ostream &OS, const facts::Location &L,
                          llvm::StringRef Root) {
  OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  OS << relativePath(L.File, Root) << ":" << L.Line << ":" << L.Column << ": ";
  OS.resetColor();
}

static void writeKind(llvm::raw_ostream &OS, llvm::StringRef Kind,
                      llvm::raw_ostream::Colors Colour) {
  OS.changeColor(Colour, /*Bold=*/true);
  OS << Kind << ": ";
  OS.resetColor();
}

void writeText(llvm::raw_ostream &OS, const std::vector<solve::Finding> &Fs,
               const policy::Policy &P, llvm::StringRef DisplayRoot) {
  for (const solve::Finding &F : Fs) {
    writeLocation(OS, F.Sink.Where, DisplayRoot);
    writeKind(OS, "warning", llvm::raw_ostream::MAGENTA);
    OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
    OS << findingMessage(F) << " [" << F.Rule << "]";
    OS.resetColor();
    OS << "\n";
    for (const solve::CodeFlow &Flow : F.Flows)
      for (const facts::Step &S : Flow.Steps) {
        writeLocation(OS, S.Where, DisplayRoot);
        writeKind(OS, "note", llvm::raw_ostream::BLACK);
        OS << S.Message << "\n";
      }
    writeLocation(OS, F.Sink.Where, DisplayRoot);
    writeKind(OS, "note", llvm::raw_ostream::BLACK);
    OS << clauseCitation(F, P) << "\n";
  }
}

} // namespace piiflow::report
