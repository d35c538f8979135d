//===- Linker.cpp - merge per-TU facts into findings ----------------------===//
#include "Solve/Linker.h"

#include "llvm/ADT/STLExtras.h"

#include <map>
#include <set>

namespace piiflow::solve {

LinkResult link(llvm::ArrayRef<facts::TUFacts> TUs) {
  std::map<std::string, const facts::SourceDecl *> Sources;
  // A body is identified by its USR and where it is defined: an inline
  // function seen by several TUs counts once, while two programs' 'main's
  // (one USR, two definitions) both count.
  std::map<std::pair<std::string, facts::Location>,
           const facts::FunctionFacts *>
      Functions;
  for (const facts::TUFacts &TU : TUs) {
    for (const facts::SourceDecl &S : TU.Sources)
      Sources.emplace(S.Usr, &S);
    for (const facts::FunctionFacts &F : TU.Functions)
      Functions.emplace(std::make_pair(F.Usr, F.Where), &F);
  }

  using Key = std::tuple<facts::Location, std::string, std::string>;
  std::map<Key, Finding> ByKey, ApprovedByKey;
  std::set<std::string> SourcesUsed;
  for (const auto &[Body, F] : Functions) {
    for (const facts::Flow &Fl : F->Flows) {
      auto SIt = Sources.find(Fl.SourceUsr);
      if (SIt == Sources.end())
        continue; // a flow from a source no TU described: malformed facts
      const facts::SourceDecl &S = *SIt->second;
      std::string Rule = facts::ruleForSinkKind(Fl.Sink.Kind);
      Finding &Fd =
          (Fl.Sink.Approved ? ApprovedByKey
                            : ByKey)[Key{Fl.Sink.Where, Rule, S.Category}];
      if (Fd.Rule.empty()) {
        Fd.Rule = Rule;
        Fd.Category = S.Category;
        Fd.Sink = Fl.Sink;
        Fd.Function = F->Name;
      }
      CodeFlow CF;
      CF.Source = S;
      facts::Step Decl;
      Decl.Kind = facts::StepKind::Declared;
      Decl.Where = S.Where;
      Decl.Message = "'" + S.Name + "' holds personal data (" + S.Category +
                     "): " + S.Reason;
      CF.Steps.push_back(std::move(Decl));
      CF.Steps.insert(CF.Steps.end(), Fl.Steps.begin(), Fl.Steps.end());
      auto Existing = llvm::find_if(
          Fd.Flows, [&](const CodeFlow &C) { return C.Source.Usr == S.Usr; });
      if (Existing == Fd.Flows.end())
        Fd.Flows.push_back(std::move(CF));
      else if (CF.Steps.size() < Existing->Steps.size())
        *Existing = std::move(CF);
      if (!Fl.Sink.Approved)
        SourcesUsed.insert(S.Usr);
    }
  }

  LinkResult R;
  R.Functions = Functions.size();
  R.Sources = SourcesUsed.size();
  auto Finish = [](std::map<Key, Finding> &From, std::vector<Finding> &To) {
    for (auto &[K, Fd] : From) {
      llvm::stable_sort(Fd.Flows, [](const CodeFlow &A, const CodeFlow &B) {
        return std::make_tuple(A.Steps.size(), A.Source.Name, A.Source.Usr) <
               std::make_tuple(B.Steps.size(), B.Source.Name, B.Source.Usr);
      });
      To.push_back(std::move(Fd));
    }
  };
  Finish(ByKey, R.Findings);
  Finish(ApprovedByKey, R.Approved);
  return R;
}

} // namespace piiflow::solve
