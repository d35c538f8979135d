//===- ExplainReport.cpp - classification decisions and categories --------===//
#include "Report/ExplainReport.h"

#include "Report/Findings.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"

#include <nlohmann/json.hpp>

namespace piiflow::report {

using Json = nlohmann::ordered_json;

void normalizeDeclarations(std::vector<facts::Declaration> &Ds) {
  auto Key = [](const facts::Declaration &D) {
    return std::tie(D.Where.File, D.Where.Line, D.Where.Column, D.Name,
                    D.DeclKind);
  };
  llvm::sort(Ds, [&](const facts::Declaration &A, const facts::Declaration &B) {
    return Key(A) < Key(B);
  });
  Ds.erase(std::unique(
               Ds.begin(), Ds.end(),
               [&](const facts::Declaration &A, const facts::Declaration &B) {
                 return Key(A) == Key(B);
               }),
           Ds.end());
}

void writeExplainText(llvm::raw_ostream &OS,
                      const std::vector<facts::Declaration> &Ds,
                      llvm::StringRef Root) {
  for (const facts::Declaration &D : Ds) {
    OS << relativePath(D.Where.File, Root) << ":" << D.Where.Line << ":"
       << D.Where.Column << ": "
       << (D.Category.empty() ? "not personal data" : D.Category) << ": "
       << D.DeclKind << " '" << D.Name << "': " << D.Reason << "\n";
  }
}

void writeExplainJson(llvm::raw_ostream &OS,
                      const std::vector<facts::Declaration> &Ds,
                      const policy::Policy &P) {
  Json Out = Json::array();
  for (const facts::Declaration &D : Ds) {
    Json J = {
        {"name", D.Name},
        {"kind", D.DeclKind},
        {"category", D.Category.empty() ? Json(nullptr) : Json(D.Category)},
        {"evidence", D.Evidence},
        {"reason", D.Reason},
        {"location",
         {{"file", D.Where.File},
          {"line", D.Where.Line},
          {"column", D.Where.Column}}}};
    if (const policy::Category *C = P.findCategory(D.Category))
      J["sensitivity"] = policy::toString(C->Level).str();
    Out.push_back(std::move(J));
  }
  OS << Json{{"policy", P.Name}, {"declarations", Out}}.dump(2) << "\n";
}

void writeCategoriesText(llvm::raw_ostream &OS, const policy::Policy &P) {
  OS << llvm::left_justify("CATEGORY", 22) << " "
     << llvm::left_justify("SENSITIVITY", 11) << " "
     << llvm::left_justify("CLAUSES", 12) << " TITLE\n";
  for (const policy::Category &C : P.Categories) {
    std::string Clauses = llvm::join(C.Clauses, ", ");
    if (C.Extension)
      Clauses = "ext. " + Clauses;
    OS << llvm::left_justify(C.Id, 22) << " "
       << llvm::left_justify(policy::toString(C.Level), 11) << " "
       << llvm::left_justify(Clauses, 12) << " " << C.Title << "\n";
  }
  OS << "\npolicy: " << P.Name << " (" << llvm::join(P.Files, ", ") << ")\n";
}

void writeCategoriesJson(llvm::raw_ostream &OS, const policy::Policy &P) {
  Json Cats = Json::array();
  for (const policy::Category &C : P.Categories) {
    Json Terms = Json::array();
    for (const policy::Term &T : C.Terms)
      Terms.push_back(T.Text);
    Cats.push_back({{"id", C.Id},
                    {"title", C.Title},
                    {"clauses", C.Clauses},
                    {"extension", C.Extension},
                    {"sensitivity", policy::toString(C.Level).str()},
                    {"terms", Terms}});
  }
  OS << Json{{"policy", P.Name}, {"files", P.Files}, {"categories", Cats}}.dump(
            2)
     << "\n";
}

} // namespace piiflow::report
