//===- MarkdownReport.cpp - the data map as a short Markdown summary ------===//
#include "Report/MarkdownReport.h"

#include "llvm/ADT/StringExtras.h"

namespace piiflow::report {

namespace {

/// Text in a table cell or a list item: no HTML, no table breaks.
std::string md(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '|' || C == '\\' || C == '*' || C == '_' || C == '[' || C == ']' ||
        C == '`')
      Out += '\\';
    if (C == '<')
      Out += "&lt;";
    else if (C == '>')
      Out += "&gt;";
    else if (C == '&')
      Out += "&amp;";
    else if (C == '\n')
      Out += ' ';
    else
      Out += C;
  }
  return Out;
}

/// A name in code font; backticks inside are dropped (names have none).
std::string code(llvm::StringRef S) {
  std::string Clean;
  for (char C : S)
    if (C != '`' && C != '\n')
      Clean += C;
  return "`" + Clean + "`";
}

std::string plural(unsigned N, llvm::StringRef One, llvm::StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

std::string at(const MapSite &S) {
  return code(S.File + ":" + std::to_string(S.Line));
}

} // namespace

void writeDataMapMarkdown(llvm::raw_ostream &OS, const DataMap &M) {
  const MapTotals &T = M.Totals;
  OS << "## Privacy data map\n\n";
  OS << "Policy: " << md(M.PolicyTitle.empty() ? M.Policy : M.PolicyTitle)
     << " (" << code(M.Policy) << ")\n\n";
  OS << "| Personal data | Destinations | Findings | Policy drift |\n"
     << "|---|---|---|---|\n";
  OS << "| " << T.Categories << " of " << T.PolicyCategories
     << " categories in "
     << plural(T.Declarations, "declaration", "declarations") << ", read by "
     << plural(T.Functions, "function", "functions") << " | "
     << plural(T.Logs, "log", "logs") << ", "
     << plural(T.ThirdParties, "third party", "third parties") << ", "
     << plural(T.Stores, "store", "stores") << " (" << T.ApprovedDestinations
     << " approved) | " << T.Findings << " (" << T.Errors << " error, "
     << T.Warnings << " warning, " << T.Notes << " note) | "
     << T.UnapprovedDestinations + T.UndeclaredKinds + T.UnusedApprovals
     << " |\n\n";

  OS << "### Policy drift\n\n";
  if (!T.UnapprovedDestinations && !T.UndeclaredKinds && !T.UnusedApprovals)
    OS << "None: the code and the policy agree.\n\n";
  if (T.UnapprovedDestinations) {
    OS << "**Destinations that receive personal data without approval** ("
       << T.UnapprovedDestinations << "):\n\n";
    for (const std::string &Id : M.UnapprovedDestinations)
      if (const MapDestination *D = M.findDestination(Id))
        OS << "- " << (D->Kind == "storage" ? "storage: " : "third party: ")
           << code(D->Label) << " receives "
           << md(llvm::join(D->Categories, ", ")) << " (policy "
           << md(llvm::join(D->Clauses, ", ")) << ")\n";
    OS << "\n";
  }
  if (T.UndeclaredKinds) {
    OS << "**Personal data the policy does not declare** (" << T.UndeclaredKinds
       << "):\n\n";
    for (const MapUndeclared &U : M.Undeclared) {
      OS << "- " << md(U.Title) << ": ";
      std::vector<std::string> Names;
      for (const MapDeclaration &D : U.Declarations)
        Names.push_back(code(D.Name) + " at " + at(D.Where));
      OS << llvm::join(Names, ", ") << "\n";
    }
    OS << "\n";
  }
  if (T.UnusedApprovals) {
    OS << "**Approved destinations that no flow uses** (" << T.UnusedApprovals
       << "):\n\n";
    for (const MapApproval &A : M.UnusedApprovals)
      OS << "- " << md(A.Kind) << " " << code(A.Pattern) << " in "
         << code(A.Origin) << "\n";
    OS << "\n";
  }

  if (!M.Categories.empty()) {
    OS << "### Categories\n\n"
       << "| Category | Clauses | Sensitivity | Declarations | Destinations |\n"
       << "|---|---|---|---|---|\n";
    for (const MapCategory &C : M.Categories) {
      std::vector<std::string> Dests;
      for (const std::string &Id : C.Destinations)
        if (const MapDestination *D = M.findDestination(Id))
          Dests.push_back((D->Kind == "log"           ? "log "
                           : D->Kind == "third-party" ? "third party "
                                                      : "storage ") +
                          code(D->Label) + (D->Approved ? " (approved)" : ""));
      OS << "| " << code(C.Id) << " " << md(C.Title) << " | "
         << md(llvm::join(C.Clauses, ", ")) << " | " << md(C.Sensitivity)
         << " | " << C.Declarations.size() << " | "
         << (Dests.empty() ? std::string("none") : llvm::join(Dests, ", "))
         << " |\n";
    }
    OS << "\n";
  }
  if (!M.Destinations.empty()) {
    OS << "### Destinations\n\n"
       << "| Destination | Kind | Categories | Approved | Flows |\n"
       << "|---|---|---|---|---|\n";
    for (const MapDestination &D : M.Destinations)
      OS << "| " << code(D.Label) << " | " << md(D.Kind) << " | "
         << md(llvm::join(D.Categories, ", ")) << " | "
         << (D.Approved ? "yes: " + md(D.ApprovedBy) : std::string("no"))
         << " | " << D.Flows << " |\n";
    OS << "\n";
  }
  OS << "_Names of declarations, functions and hosts only; no personal-data "
        "values._\n";
}

} // namespace piiflow::report
