//===- SarifReport.cpp - findings as SARIF 2.1.0 --------------------------===//
#include "Report/SarifReport.h"

#include "Report/Findings.h"
#include "Report/SourceFiles.h"

#include "llvm/ADT/StringExtras.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace piiflow::report {

using Json = nlohmann::ordered_json;

llvm::StringRef toolVersion() { return PIIFLOW_VERSION; }
llvm::StringRef toolHomepage() { return PIIFLOW_HOMEPAGE; }

namespace {

struct Cwe {
  const char *Id;
  const char *Name;
  const char *Title;
};

const Cwe Cwes[] = {
    {"201", "InsertionOfSensitiveInformationIntoSentData",
     "Insertion of Sensitive Information Into Sent Data"},
    {"312", "CleartextStorageOfSensitiveInformation",
     "Cleartext Storage of Sensitive Information"},
    {"359", "ExposureOfPrivatePersonalInformation",
     "Exposure of Private Personal Information to an Unauthorized Actor"},
    {"532", "InsertionOfSensitiveInformationIntoLogFile",
     "Insertion of Sensitive Information into Log File"},
};

struct RuleMeta {
  const char *Id;
  const char *Name;
  const char *Short;
  const char *Full;
  const char *Help;
  const char *Severity; ///< GitHub's security-severity
  std::vector<const char *> CweIds;
};

const RuleMeta Rules[] = {
    {"pii-log",
     "PersonalDataReachesLog",
     "Personal data reaches a log or the console.",
     "A value that holds personal data (as the privacy policy defines its "
     "categories) flows into a logging call or console output. Logs are "
     "copied, shipped and kept far longer than the data's purpose needs: this "
     "is the dissemination the policy forbids.",
     "Do not log personal data. Log an identifier that is not personal, or "
     "mask or hash the value with a sanitizer that the policy approves.",
     "5.5",
     {"532", "359"}},
    {"pii-third-party",
     "PersonalDataReachesThirdParty",
     "Personal data is sent to a third party.",
     "A value that holds personal data flows into a network call whose "
     "recipient the policy does not approve. Handing personal data to third "
     "parties without the data subject's consent is what the policy forbids.",
     "Send personal data only to approved recipients. If the recipient is "
     "approved, add its host or client function to the policy's "
     "approved.recipients; otherwise remove the data or send a sanitized form.",
     "7.5",
     {"359", "201"}},
    {"pii-storage",
     "PersonalDataReachesUnapprovedStorage",
     "Personal data is written to storage that the policy does not approve.",
     "A value that holds personal data flows into a file, a database or "
     "another store that is not one of the approved stores. Copies outside "
     "the approved stores are copying and dissemination under the policy.",
     "Store personal data only in approved stores. If this store is approved, "
     "add its function to the policy's approved.storage; otherwise remove the "
     "data or store a sanitized form.",
     "6.5",
     {"312", "359"}},
};

/// What writing one log needs: the run, the source texts, and the files it
/// had to name by absolute URIs.
struct Writer {
  const RunInfo &Run;
  SourceFiles Src;
  std::set<std::string> OutsideRoot;
};

Json artifactLocation(const std::string &File, Writer &W) {
  std::string Rel = relativePath(File, W.Run.SourceRoot);
  if (Rel != File)
    return Json{{"uri", Rel}, {"uriBaseId", "%SRCROOT%"}};
  W.OutsideRoot.insert(File);
  return Json{{"uri", "file://" + File}};
}

Json region(const facts::Location &L, SourceFiles &Src) {
  Json R;
  R["startLine"] = L.Line;
  R["startColumn"] = Src.utf16Column(L.File, L.Line, L.Column);
  unsigned EndLine = L.EndLine ? L.EndLine : L.Line;
  R["endLine"] = EndLine;
  R["endColumn"] = L.EndColumn ? Src.utf16Column(L.File, EndLine, L.EndColumn)
                               : R["startColumn"].get<unsigned>() + 1;
  return R;
}

Json physical(const facts::Location &L, Writer &W) {
  return Json{{"artifactLocation", artifactLocation(L.File, W)},
              {"region", region(L, W.Src)}};
}

Json stepKinds(facts::StepKind K) {
  switch (K) {
  case facts::StepKind::Declared:
    return Json::array({"acquire", "sensitive"});
  case facts::StepKind::Read:
    return Json::array({"acquire", "sensitive"});
  case facts::StepKind::Store:
    return Json::array({"sensitive"});
  case facts::StepKind::Call:
    return Json::array({"call"});
  case facts::StepKind::Sink:
    return Json::array({"expose", "sensitive"});
  }
  return Json::array();
}

/// "personal data ..." as a sentence: capitalised, with a full stop.
std::string sentence(std::string S) {
  if (!S.empty())
    S[0] = llvm::toUpper(S[0]);
  return S + ".";
}

Json ruleJson(const RuleMeta &R, const policy::Policy &P) {
  std::string Clauses;
  if (const policy::RuleClauses *RC = P.findRule(R.Id))
    Clauses = llvm::join(RC->Clauses, ", ");
  std::string HelpText = R.Help;
  if (!Clauses.empty())
    HelpText += " Policy clauses enforced: " + Clauses + ".";
  std::string Markdown = std::string("# ") + R.Short + "\n\n" + R.Full +
                         "\n\n**Fix:** " + R.Help + "\n\n";
  if (!Clauses.empty())
    Markdown += "Policy clauses enforced: " + Clauses + ".\n\n";
  Json Tags = Json::array({"security", "privacy"});
  Json Relationships = Json::array();
  for (const char *Id : R.CweIds) {
    Markdown += std::string("* [CWE-") + Id +
                "](https://cwe.mitre.org/data/definitions/" + Id + ".html)\n";
    Tags.push_back(std::string("external/cwe/cwe-") + Id);
    Relationships.push_back(
        {{"target",
          {{"id", Id}, {"toolComponent", {{"name", "CWE"}, {"index", 0}}}}},
         {"kinds", Json::array({"superset"})}});
  }
  return Json{{"id", R.Id},
              {"name", R.Name},
              {"shortDescription", {{"text", R.Short}}},
              {"fullDescription", {{"text", R.Full}}},
              {"help", {{"text", HelpText}, {"markdown", Markdown}}},
              {"helpUri",
               toolHomepage().str() + "/blob/main/docs/rules/" + R.Id + ".md"},
              {"defaultConfiguration", {{"level", "warning"}}},
              {"relationships", Relationships},
              {"properties",
               {{"tags", Tags},
                {"precision", "high"},
                {"problem.severity", "warning"},
                {"security-severity", R.Severity},
                {"kind", "path-problem"}}}};
}

Json suppression(const Suppression &S, Writer &W) {
  Json J = {
      {"kind", S.How == Suppression::Kind::InSource ? "inSource" : "external"},
      {"status", "accepted"}};
  if (!S.Justification.empty())
    J["justification"] = S.Justification;
  if (!S.File.empty()) {
    Json Phys = {{"artifactLocation", artifactLocation(S.File, W)}};
    if (S.Line)
      Phys["region"] = {{"startLine", S.Line}};
    J["location"] = {{"physicalLocation", Phys}};
  }
  if (!S.Author.empty() || !S.Date.empty()) {
    J["properties"] = Json::object();
    if (!S.Author.empty())
      J["properties"]["author"] = S.Author;
    if (!S.Date.empty())
      J["properties"]["date"] = S.Date;
  }
  return J;
}

} // namespace

unsigned writeSarif(llvm::raw_ostream &OS,
                    const std::vector<solve::Finding> &Fs,
                    const policy::Policy &P, const RunInfo &Run) {
  Writer W{Run, {}, {}};
  Json RulesJ = Json::array();
  std::map<std::string, unsigned> RuleIndex;
  for (const RuleMeta &R : Rules) {
    RuleIndex[R.Id] = RulesJ.size();
    RulesJ.push_back(ruleJson(R, P));
  }
  Json Taxa = Json::array();
  for (const Cwe &C : Cwes)
    Taxa.push_back(
        {{"id", C.Id},
         {"name", C.Name},
         {"shortDescription", {{"text", C.Title}}},
         {"helpUri", std::string("https://cwe.mitre.org/data/definitions/") +
                         C.Id + ".html"}});

  std::vector<std::string> Prints;
  if (Run.States.size() == Fs.size())
    for (const FindingState &S : Run.States)
      Prints.push_back(S.Fingerprint);
  else
    Prints = fingerprints(Fs, Run.SourceRoot);
  Json Results = Json::array();
  for (size_t I = 0; I < Fs.size(); ++I) {
    const solve::Finding &F = Fs[I];
    const policy::Category *Cat = P.findCategory(F.Category);
    Json Flows = Json::array();
    for (const solve::CodeFlow &CF : F.Flows) {
      Json Locs = Json::array();
      for (size_t S = 0; S < CF.Steps.size(); ++S) {
        const facts::Step &St = CF.Steps[S];
        Json Loc = {{"physicalLocation", physical(St.Where, W)},
                    {"message", {{"text", St.Message}}}};
        Locs.push_back({{"location", Loc},
                        {"kinds", stepKinds(St.Kind)},
                        {"nestingLevel", 0},
                        {"executionOrder", S + 1},
                        {"importance", (St.Kind == facts::StepKind::Declared ||
                                        St.Kind == facts::StepKind::Sink)
                                           ? "essential"
                                           : "important"}});
      }
      Flows.push_back(
          {{"message",
            {{"text", "'" + CF.Source.Name + "' to '" + F.Sink.Callee + "'"}}},
           {"threadFlows", Json::array({{{"locations", Locs}}})}});
    }
    Json Props = {
        {"category", F.Category},
        {"categoryTitle", Cat ? Cat->Title : ""},
        {"sensitivity", Cat ? policy::toString(Cat->Level).str() : "medium"},
        {"policy", P.Name},
        {"policyClauses", clausesOf(F, P)},
        {"sink", F.Sink.Callee},
        {"sinkModel", F.Sink.Model},
        {"sources", Json::array()}};
    for (const solve::CodeFlow &CF : F.Flows)
      Props["sources"].push_back({{"name", CF.Source.Name},
                                  {"kind", CF.Source.DeclKind},
                                  {"reason", CF.Source.Reason}});
    Json Primary = {{"physicalLocation", physical(F.Sink.Where, W)}};
    if (!F.Function.empty())
      Primary["logicalLocations"] = Json::array(
          {{{"fullyQualifiedName", F.Function}, {"kind", "function"}}});
    Json Result = {{"ruleId", F.Rule},
                   {"ruleIndex", RuleIndex[F.Rule]},
                   {"level", toString(levelOf(F, P))},
                   {"message",
                    {{"text", sentence(findingMessage(F)) +
                                  " Cited: " + clauseCitation(F, P) + "."}}},
                   {"locations", Json::array({Primary})},
                   {"codeFlows", Flows},
                   {"partialFingerprints", Json::object()},
                   {"properties", Props}};
    std::string LineHash = W.Src.lineHash(F.Sink.Where.File, F.Sink.Where.Line);
    if (!LineHash.empty())
      Result["partialFingerprints"]["primaryLocationLineHash"] = LineHash;
    Result["partialFingerprints"][FingerprintKey.str()] = Prints[I];
    const FindingState *State =
        Run.States.size() == Fs.size() ? &Run.States[I] : nullptr;
    if (Run.WriteBaselineState)
      Result["baselineState"] =
          State && State->BaselineState == FindingState::Baseline::Unchanged
              ? "unchanged"
              : "new";
    if (Run.WriteSuppressions) {
      Result["suppressions"] = Json::array();
      if (State && State->Suppressed)
        Result["suppressions"].push_back(suppression(*State->Suppressed, W));
    }
    Results.push_back(std::move(Result));
  }
  if (Run.WriteBaselineState)
    for (const std::string &Text : Run.AbsentResults) {
      Json Old = Json::parse(Text, nullptr, /*allow_exceptions=*/false);
      if (!Old.is_object())
        continue;
      Old["baselineState"] = "absent";
      if (Run.WriteSuppressions && !Old.contains("suppressions"))
        Old["suppressions"] = Json::array();
      Results.push_back(std::move(Old));
    }

  Json Notes = Json::array();
  for (const RunInfo::Notification &N : Run.Notifications) {
    Json J = {{"level", N.Level}, {"message", {{"text", N.Message}}}};
    if (!N.File.empty())
      J["locations"] = Json::array(
          {{{"physicalLocation",
             {{"artifactLocation", artifactLocation(N.File, W)}}}}});
    Notes.push_back(std::move(J));
  }
  std::string RootUri = "file://" + Run.SourceRoot;
  if (!llvm::StringRef(RootUri).ends_with("/"))
    RootUri += "/";
  std::string WorkUri = "file://" + Run.WorkingDirectory;
  if (!llvm::StringRef(WorkUri).ends_with("/"))
    WorkUri += "/";

  Json RunJ = {
      {"tool",
       {{"driver",
         {{"name", "piiflow"},
          {"fullName", "piiflow personal-data flow scanner for C and C++"},
          {"version", toolVersion().str()},
          {"semanticVersion", toolVersion().str()},
          {"informationUri", toolHomepage().str()},
          {"rules", RulesJ},
          {"supportedTaxonomies",
           Json::array({{{"name", "CWE"}, {"index", 0}}})}}}}},
      {"taxonomies",
       Json::array({{{"name", "CWE"},
                     {"version", "4.14"},
                     {"organization", "MITRE"},
                     {"informationUri",
                      "https://cwe.mitre.org/data/published/cwe_v4.14.pdf"},
                     {"shortDescription",
                      {{"text", "The MITRE Common Weakness Enumeration"}}},
                     {"taxa", Taxa}}})},
      {"automationDetails", {{"id", Run.Category + "/"}}},
      {"originalUriBaseIds",
       {{"%SRCROOT%",
         {{"uri", RootUri}, {"description", {{"text", "The source root."}}}}}}},
      {"invocations",
       Json::array({{{"executionSuccessful", Run.ExecutionSuccessful},
                     {"commandLine", Run.CommandLine},
                     {"workingDirectory", {{"uri", WorkUri}}},
                     {"toolExecutionNotifications", Notes}}})},
      {"columnKind", "utf16CodeUnits"},
      {"results", Results},
      {"properties", {{"policy", P.Name}, {"policyFiles", P.Files}}}};
  Json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({RunJ})}};
  OS << Log.dump(2) << "\n";
  return W.OutsideRoot.size();
}

} // namespace piiflow::report
