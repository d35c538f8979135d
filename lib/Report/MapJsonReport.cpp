//===- MapJsonReport.cpp - the data map as a JSON inventory ---------------===//
#include "Report/MapJsonReport.h"

#include <nlohmann/json.hpp>

namespace piiflow::report {

namespace {

using Json = nlohmann::json; // keys sorted: stable for diffs

Json location(const MapSite &S) {
  return {{"file", S.File}, {"line", S.Line}, {"column", S.Column}};
}

Json declaration(const MapDeclaration &D) {
  return {{"name", D.Name},
          {"kind", D.Kind},
          {"evidence", D.Evidence},
          {"reason", D.Reason},
          {"location", location(D.Where)}};
}

Json approval(const MapApproval &A) {
  return {{"kind", A.Kind},
          {"pattern", A.Pattern},
          {"origin", A.Origin},
          {"usedBy", A.UsedBy}};
}

} // namespace

void writeDataMapJson(llvm::raw_ostream &OS, const DataMap &M) {
  Json Categories = Json::array();
  for (const MapCategory &C : M.Categories) {
    Json Decls = Json::array(), Readers = Json::array();
    for (const MapDeclaration &D : C.Declarations)
      Decls.push_back(declaration(D));
    for (const MapSite &S : C.Readers)
      Readers.push_back({{"function", S.Function}, {"location", location(S)}});
    Categories.push_back({{"id", C.Id},
                          {"title", C.Title},
                          {"sensitivity", C.Sensitivity},
                          {"clauses", C.Clauses},
                          {"extension", C.Extension},
                          {"declarations", Decls},
                          {"readers", Readers},
                          {"destinations", C.Destinations}});
  }
  Json Destinations = Json::array();
  for (const MapDestination &D : M.Destinations) {
    Json Sites = Json::array();
    for (const MapSite &S : D.Sites)
      Sites.push_back({{"function", S.Function}, {"location", location(S)}});
    Destinations.push_back({{"id", D.Id},
                            {"kind", D.Kind},
                            {"label", D.Label},
                            {"host", D.Host},
                            {"function", D.Function},
                            {"api", D.Api},
                            {"target", D.Target},
                            {"apis", D.Apis},
                            {"approved", D.Approved},
                            {"approvedBy", D.ApprovedBy},
                            {"rule", D.Rule},
                            {"clauses", D.Clauses},
                            {"categories", D.Categories},
                            {"flows", D.Flows},
                            {"sites", Sites}});
  }
  Json Edges = Json::array();
  for (const MapEdge &E : M.Edges)
    Edges.push_back({{"category", E.Category},
                     {"destination", E.Destination},
                     {"approved", E.Approved},
                     {"flows", E.Flows}});
  Json Approvals = Json::array(), Unused = Json::array();
  for (const MapApproval &A : M.Approvals)
    Approvals.push_back(approval(A));
  for (const MapApproval &A : M.UnusedApprovals)
    Unused.push_back(approval(A));
  Json Undeclared = Json::array();
  for (const MapUndeclared &U : M.Undeclared) {
    Json Decls = Json::array();
    for (const MapDeclaration &D : U.Declarations)
      Decls.push_back(declaration(D));
    Undeclared.push_back({{"kind", U.Kind},
                          {"title", U.Title},
                          {"terms", U.Terms},
                          {"declarations", Decls}});
  }
  Json Findings = Json::array();
  for (const MapFinding &F : M.Findings)
    Findings.push_back({{"rule", F.Rule},
                        {"category", F.Category},
                        {"level", F.Level},
                        {"message", F.Message},
                        {"fingerprint", F.Fingerprint},
                        {"destination", F.Destination},
                        {"function", F.Where.Function},
                        {"location", location(F.Where)},
                        {"sources", F.Sources}});
  const MapTotals &T = M.Totals;
  Json Totals = {{"policyCategories", T.PolicyCategories},
                 {"categories", T.Categories},
                 {"declarations", T.Declarations},
                 {"functions", T.Functions},
                 {"destinations",
                  {{"total", T.Destinations},
                   {"log", T.Logs},
                   {"thirdParty", T.ThirdParties},
                   {"storage", T.Stores},
                   {"approved", T.ApprovedDestinations}}},
                 {"flows", {{"total", T.Flows}, {"approved", T.ApprovedFlows}}},
                 {"findings",
                  {{"total", T.Findings},
                   {"error", T.Errors},
                   {"warning", T.Warnings},
                   {"note", T.Notes}}},
                 {"drift",
                  {{"unapprovedDestinations", T.UnapprovedDestinations},
                   {"undeclaredData", T.UndeclaredKinds},
                   {"unusedApprovals", T.UnusedApprovals}}}};
  Json Root = {{"format", "piiflow-data-map"},
               {"version", DataMapVersion},
               {"policy",
                {{"name", M.Policy},
                 {"title", M.PolicyTitle},
                 {"files", M.PolicyFiles},
                 {"categoriesNotFound", M.CategoriesNotFound}}},
               {"totals", Totals},
               {"categories", Categories},
               {"destinations", Destinations},
               {"flows", Edges},
               {"approvals", Approvals},
               {"drift",
                {{"unapprovedDestinations", M.UnapprovedDestinations},
                 {"undeclaredData", Undeclared},
                 {"unusedApprovals", Unused}}},
               {"findings", Findings}};
  OS << Root.dump(2) << "\n";
}

} // namespace piiflow::report
