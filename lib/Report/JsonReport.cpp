//===- JsonReport.cpp - findings as piiflow's own JSON --------------------===//
#include "Report/JsonReport.h"

#include "Report/SarifReport.h"

#include <nlohmann/json.hpp>

namespace piiflow::report {

using Json = nlohmann::ordered_json;

namespace {

Json location(const facts::Location &L, llvm::StringRef Root) {
  return Json{{"file", relativePath(L.File, Root)},
              {"line", L.Line},
              {"column", L.Column},
              {"endLine", L.EndLine ? L.EndLine : L.Line},
              {"endColumn", L.EndColumn ? L.EndColumn : L.Column + 1}};
}

const char *stepKind(facts::StepKind K) {
  switch (K) {
  case facts::StepKind::Declared:
    return "declared";
  case facts::StepKind::Read:
    return "read";
  case facts::StepKind::Store:
    return "store";
  case facts::StepKind::Call:
    return "call";
  case facts::StepKind::Sink:
    return "sink";
  }
  return "store";
}

} // namespace

void writeJson(llvm::raw_ostream &OS, const std::vector<solve::Finding> &Fs,
               const std::vector<FindingState> &States, const policy::Policy &P,
               llvm::StringRef SourceRoot, const JsonSummary &Summary) {
  unsigned Counts[4] = {0, 0, 0, 0};
  Json Findings = Json::array();
  for (size_t I = 0; I < Fs.size(); ++I) {
    const solve::Finding &F = Fs[I];
    const FindingState *S = I < States.size() ? &States[I] : nullptr;
    Level L = levelOf(F, P);
    if (!S || !S->Suppressed)
      ++Counts[static_cast<int>(L)];
    Json Flows = Json::array();
    for (const solve::CodeFlow &CF : F.Flows) {
      Json Steps = Json::array();
      for (const facts::Step &St : CF.Steps)
        Steps.push_back({{"kind", stepKind(St.Kind)},
                         {"message", St.Message},
                         {"location", location(St.Where, SourceRoot)}});
      Flows.push_back({{"source",
                        {{"name", CF.Source.Name},
                         {"kind", CF.Source.DeclKind},
                         {"category", CF.Source.Category},
                         {"reason", CF.Source.Reason}}},
                       {"steps", Steps}});
    }
    Json J = {{"fingerprint", S ? S->Fingerprint : ""},
              {"rule", F.Rule},
              {"level", toString(L)},
              {"category", F.Category},
              {"message", findingMessage(F)},
              {"location", location(F.Sink.Where, SourceRoot)},
              {"function", F.Function},
              {"sink",
               {{"kind", F.Sink.Kind},
                {"callee", F.Sink.Callee},
                {"model", F.Sink.Model},
                {"recipient", F.Sink.Recipient}}},
              {"clauses", clausesOf(F, P)},
              {"citation", clauseCitation(F, P)},
              {"flows", Flows}};
    if (S && S->BaselineState != FindingState::Baseline::Unset)
      J["baselineState"] = toString(S->BaselineState);
    if (S && S->Suppressed) {
      const Suppression &Sup = *S->Suppressed;
      J["suppression"] = {{"kind", Sup.How == Suppression::Kind::InSource
                                       ? "inSource"
                                       : "external"},
                          {"justification", Sup.Justification}};
    }
    Findings.push_back(std::move(J));
  }
  Json Doc = {{"version", JsonOutputVersion},
              {"tool", {{"name", "piiflow"}, {"version", toolVersion()}}},
              {"policy", P.Name},
              {"sourceRoot", SourceRoot},
              {"summary",
               {{"findings", Counts[1] + Counts[2] + Counts[3]},
                {"error", Counts[3]},
                {"warning", Counts[2]},
                {"note", Counts[1]},
                {"suppressed", Summary.Suppressed},
                {"unchangedSinceBaseline", Summary.Unchanged},
                {"outsideDiff", Summary.OutsideDiff},
                {"translationUnits", Summary.TranslationUnits},
                {"analysed", Summary.Analysed},
                {"failOnReached", Summary.FailOnReached}}},
              {"findings", Findings}};
  OS << Doc.dump(2) << "\n";
}

void writeConfigJson(llvm::raw_ostream &OS, llvm::StringRef ConfigFile,
                     const std::vector<ConfigSetting> &Settings) {
  Json S = Json::object();
  for (const ConfigSetting &C : Settings) {
    Json V;
    if (C.IsNull)
      V = nullptr;
    else if (C.IsList)
      V = C.Values;
    else
      V = C.Values.empty() ? "" : C.Values.front();
    S[C.Key] = {{"value", V}, {"from", C.Origin}};
  }
  Json Doc = {{"version", 1},
              {"configFile",
               ConfigFile.empty() ? Json(nullptr) : Json(ConfigFile.str())},
              {"settings", S}};
  OS << Doc.dump(2) << "\n";
}

} // namespace piiflow::report
