//===- DataMap.cpp - the privacy data map: inventory and drift ------------===//
#include "Report/DataMap.h"

#include "Report/Findings.h"
#include "Support/BuiltinRules.h"
#include "Support/Identifier.h"
#include "Support/JsonDocument.h"

#include "llvm/ADT/STLExtras.h"

#include <map>
#include <set>

namespace piiflow::report {

namespace {

constexpr llvm::StringLiteral DriftTermsFile = "rules/drift-terms.json";

llvm::StringRef simpleName(llvm::StringRef Qualified) {
  size_t At = Qualified.rfind("::");
  return At == llvm::StringRef::npos ? Qualified : Qualified.drop_front(At + 2);
}

int kindOrder(llvm::StringRef Kind) {
  return Kind == "log" ? 0 : Kind == "third-party" ? 1 : 2;
}

} // namespace

//===----------------------------------------------------------------------===//
// Drift terms
//===----------------------------------------------------------------------===//

llvm::Expected<DriftTerms> DriftTerms::loadBuiltin(const policy::Policy &P) {
  for (const support::BuiltinFile &F : support::builtinRuleFiles())
    if (DriftTermsFile == F.Path)
      return parse(F.Path, F.Text, P);
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "piiflow was built without " +
                                     DriftTermsFile.str());
}

llvm::Expected<DriftTerms> DriftTerms::parse(llvm::StringRef File,
                                             llvm::StringRef Text,
                                             const policy::Policy &P) {
  auto Doc = support::JsonDocument::parse(File, Text);
  if (!Doc)
    return Doc.takeError();
  const support::Json &Root = Doc->root();
  if (auto E = Doc->expectObject(Root, ""))
    return std::move(E);
  if (auto E = Doc->checkKeys(Root, "", {"description", "trailing", "kinds"}))
    return std::move(E);
  // Every term of the policy, as words: those are not drift.
  std::set<std::vector<std::string>> PolicyTerms;
  for (const policy::Category &C : P.Categories)
    for (const policy::Term &T : C.Terms)
      PolicyTerms.insert(T.Words);

  DriftTerms D;
  if (Root.contains("trailing")) {
    auto Words = Doc->getStringList(Root["trailing"], "/trailing");
    if (!Words)
      return Words.takeError();
    D.Trailing = *Words;
  }
  D.Trailing.insert(D.Trailing.end(), P.Classification.NeutralSuffixes.begin(),
                    P.Classification.NeutralSuffixes.end());
  D.Flags = P.Classification.FlagPrefixes;
  auto KindsIt = Root.find("kinds");
  if (KindsIt == Root.end())
    return Doc->error("", "expected an array 'kinds'");
  if (auto E = Doc->expectArray(*KindsIt, "/kinds"))
    return std::move(E);
  for (size_t I = 0; I < KindsIt->size(); ++I) {
    std::string Ptr = support::childPointer("/kinds", I);
    const support::Json &K = (*KindsIt)[I];
    if (auto E = Doc->expectObject(K, Ptr))
      return std::move(E);
    if (auto E = Doc->checkKeys(K, Ptr, {"id", "title", "terms"}))
      return std::move(E);
    DriftKind Kind;
    for (auto [Key, Into] :
         {std::pair{"id", &Kind.Id}, std::pair{"title", &Kind.Title}}) {
      if (!K.contains(Key))
        return Doc->error(Ptr, std::string("expected a string '") + Key + "'");
      auto S = Doc->getString(K[Key], support::childPointer(Ptr, Key));
      if (!S)
        return S.takeError();
      *Into = *S;
    }
    if (!K.contains("terms"))
      return Doc->error(Ptr, "expected an array 'terms'");
    auto Terms = Doc->getStringList(K["terms"], Ptr + "/terms");
    if (!Terms)
      return Terms.takeError();
    for (const std::string &T : *Terms) {
      std::vector<std::string> Words = support::splitIdentifier(T);
      if (Words.empty() || PolicyTerms.count(Words))
        continue;
      Kind.Terms.push_back(T);
      Kind.Words.push_back(std::move(Words));
    }
    if (!Kind.Terms.empty())
      D.Kinds.push_back(std::move(Kind));
  }
  return D;
}

const DriftKind *DriftTerms::match(llvm::StringRef Name,
                                   std::string *Term) const {
  std::vector<std::string> W = support::splitIdentifier(Name);
  // The end of the data words: trailing and neutral words drop off.
  size_t End = W.size();
  const DriftKind *Best = nullptr;
  size_t BestLen = 0;
  while (true) {
    for (const DriftKind &K : Kinds)
      for (size_t I = 0; I < K.Words.size(); ++I) {
        const auto &T = K.Words[I];
        if (T.size() > End || T.size() <= BestLen)
          continue;
        size_t Start = End - T.size();
        if (!std::equal(T.begin(), T.end(), W.begin() + Start))
          continue;
        bool Flagged = llvm::any_of(
            llvm::ArrayRef(W).take_front(Start),
            [&](const std::string &X) { return llvm::is_contained(Flags, X); });
        if (Flagged)
          continue;
        Best = &K;
        BestLen = T.size();
        if (Term)
          *Term = K.Terms[I];
      }
    if (Best || End == 0 || !llvm::is_contained(Trailing, W[End - 1]))
      return Best;
    --End;
  }
}

//===----------------------------------------------------------------------===//
// The map
//===----------------------------------------------------------------------===//

std::string describeTarget(llvm::StringRef Target) {
  auto [Kind, Name] = Target.split(':');
  if (Kind == "table")
    return "table '" + Name.str() + "'";
  if (Kind == "file")
    return "file '" + Name.str() + "'";
  if (Kind == "key")
    return "key prefix '" + Name.str() + "'";
  return Target.str();
}

const MapDestination *DataMap::findDestination(llvm::StringRef Id) const {
  for (const MapDestination &D : Destinations)
    if (D.Id == Id)
      return &D;
  return nullptr;
}

namespace {

class Builder {
public:
  Builder(const policy::Policy &P, llvm::StringRef Root) : P(P), Root(Root) {
    for (const policy::HostPattern &H : P.ApprovedHosts)
      Approvals.push_back({"recipient-host",
                           H.Glob.pattern().str(),
                           relativePath(H.Origin, Root),
                           {}});
    for (const policy::FunctionPattern &F : P.ApprovedRecipientFunctions)
      Approvals.push_back({"recipient-function",
                           F.Glob.pattern().str(),
                           relativePath(F.Origin, Root),
                           {}});
    for (const policy::FunctionPattern &F : P.ApprovedStorageFunctions)
      Approvals.push_back({"storage-function",
                           F.Glob.pattern().str(),
                           relativePath(F.Origin, Root),
                           {}});
  }

  MapSite site(const facts::Location &L, const std::string &Function = "") {
    return {relativePath(L.File, Root), L.File, L.Line, L.Column, Function};
  }

  /// Which approvals cover the destination of an approved finding.
  std::vector<size_t> approvalsOf(const solve::Finding &F) {
    std::vector<size_t> Out;
    llvm::StringRef Callee = F.Sink.Callee, Fn = F.Function;
    auto FunctionMatches = [&](const policy::Pattern &X) {
      return X.Glob.matches(Callee, simpleName(Callee)) ||
             X.Glob.matches(Fn, simpleName(Fn));
    };
    size_t I = 0;
    for (const policy::HostPattern &H : P.ApprovedHosts) {
      if (F.Sink.Kind == "third-party" && !F.Sink.Recipient.empty() &&
          H.Glob.matches(llvm::StringRef(F.Sink.Recipient).lower()))
        Out.push_back(I);
      ++I;
    }
    for (const policy::FunctionPattern &X : P.ApprovedRecipientFunctions) {
      if (F.Sink.Kind == "third-party" && FunctionMatches(X))
        Out.push_back(I);
      ++I;
    }
    for (const policy::FunctionPattern &X : P.ApprovedStorageFunctions) {
      if (F.Sink.Kind == "storage" && FunctionMatches(X))
        Out.push_back(I);
      ++I;
    }
    return Out;
  }

  MapDestination &destination(const solve::Finding &F, bool Approved) {
    MapDestination D;
    D.Kind = F.Sink.Kind;
    D.Rule = facts::ruleForSinkKind(F.Sink.Kind);
    if (D.Kind == "third-party") {
      if (!F.Sink.Recipient.empty()) {
        D.Host = F.Sink.Recipient;
        D.Id = "third-party:host:" + D.Host;
        D.Label = D.Host;
      } else {
        D.Function = F.Function;
        D.Id = "third-party:function:" + D.Function;
        D.Label = D.Function + " (host not known)";
      }
    } else if (D.Kind == "storage") {
      D.Api = F.Sink.Callee;
      D.Target = F.Sink.Target;
      D.Id = "storage:" + D.Api + (D.Target.empty() ? "" : ":" + D.Target);
      D.Label = D.Target.empty() ? D.Api + " (target not known)"
                                 : describeTarget(D.Target) + " via " + D.Api;
    } else {
      D.Api = F.Sink.Callee;
      D.Id = "log:" + D.Api;
      D.Label = D.Api;
    }
    D.Approved = Approved;
    if (Approved)
      D.Id += ":approved";
    auto [It, New] = Destinations.emplace(D.Id, D);
    MapDestination &Out = It->second;
    if (New) {
      if (const policy::RuleClauses *R = P.findRule(Out.Rule))
        Out.Clauses = R->Clauses;
    }
    return Out;
  }

  void add(const solve::Finding &F, bool Approved) {
    MapDestination &D = destination(F, Approved);
    if (Approved)
      for (size_t I : approvalsOf(F)) {
        Approvals[I].UsedBy.push_back(D.Id);
        if (D.ApprovedBy.empty()) {
          const MapApproval &A = Approvals[I];
          D.ApprovedBy =
              (A.Kind == "recipient-host" ? "host '" : "function '") +
              A.Pattern + "' in " + A.Origin;
        }
      }
    D.Apis.push_back(F.Sink.Callee);
    D.Categories.push_back(F.Category);
    D.Sites.push_back(site(F.Sink.Where, F.Function));
    D.Flows += F.Flows.size();
    MapEdge &E = Edges[{F.Category, D.Id}];
    E.Category = F.Category;
    E.Destination = D.Id;
    E.Approved = Approved;
    E.Flows += F.Flows.size();
    Held.insert(F.Category);
    for (const solve::CodeFlow &CF : F.Flows) {
      addDeclaration(CF.Source.Category, CF.Source.Name, CF.Source.DeclKind, "",
                     CF.Source.Reason, CF.Source.Where);
      for (const facts::Step &S : CF.Steps)
        if (S.Kind == facts::StepKind::Read) {
          MapSite R = site(S.Where, F.Function);
          auto [It, New] = Readers[F.Category].emplace(F.Function, R);
          if (!New && R < It->second)
            It->second = R;
          break;
        }
    }
  }

  void addDeclaration(const std::string &Category, const std::string &Name,
                      const std::string &Kind, const std::string &Evidence,
                      const std::string &Reason, const facts::Location &L) {
    MapDeclaration D{Name, Kind, Evidence, Reason, site(L)};
    auto Key =
        std::make_tuple(D.Where.File, D.Where.Line, D.Where.Column, D.Name);
    auto &Into = Declarations[Category];
    auto [It, New] = Into.emplace(Key, D);
    if (!New && It->second.Evidence.empty())
      It->second.Evidence = Evidence;
    Held.insert(Category);
  }

  const policy::Policy &P;
  llvm::StringRef Root;
  std::map<std::string, MapDestination> Destinations;
  std::map<std::pair<std::string, std::string>, MapEdge> Edges;
  std::vector<MapApproval> Approvals;
  std::set<std::string> Held;
  std::map<std::string,
           std::map<std::tuple<std::string, unsigned, unsigned, std::string>,
                    MapDeclaration>>
      Declarations;
  std::map<std::string, std::map<std::string, MapSite>> Readers;
};

template <typename T> void sortUnique(std::vector<T> &V) {
  llvm::sort(V);
  V.erase(std::unique(V.begin(), V.end()), V.end());
}

} // namespace

DataMap buildDataMap(const std::vector<facts::Declaration> &Decls,
                     const solve::LinkResult &Linked, const policy::Policy &P,
                     const DriftTerms &Drift, llvm::StringRef SourceRoot) {
  Builder B(P, SourceRoot);
  DataMap M;
  M.Policy = P.Name;
  M.PolicyTitle = P.Title;
  for (const std::string &F : P.Files)
    M.PolicyFiles.push_back(relativePath(F, SourceRoot));

  std::map<std::string, MapUndeclared> Undeclared;
  for (const facts::Declaration &D : Decls) {
    if (!D.Category.empty()) {
      B.addDeclaration(D.Category, D.Name, D.DeclKind, D.Evidence, D.Reason,
                       D.Where);
      continue;
    }
    // An annotation that says "not personal data" is the author's word.
    if (D.Evidence == "annotation")
      continue;
    std::string Term;
    const DriftKind *K = Drift.match(simpleName(D.Name), &Term);
    if (!K)
      continue;
    MapUndeclared &U = Undeclared[K->Id];
    U.Kind = K->Id;
    U.Title = K->Title;
    U.Terms.push_back(Term);
    U.Declarations.push_back({D.Name, D.DeclKind, "name",
                              "name '" + simpleName(D.Name).str() +
                                  "' ends in the term '" + Term + "' (" +
                                  DriftTermsFile.str() +
                                  "), which no category of the "
                                  "policy declares",
                              B.site(D.Where)});
  }
  for (const solve::Finding &F : Linked.Findings)
    B.add(F, /*Approved=*/false);
  for (const solve::Finding &F : Linked.Approved)
    B.add(F, /*Approved=*/true);

  // Categories: those the code holds, in the policy's order, then any other
  // (an annotation naming a category the policy lacks).
  std::vector<std::string> Order = P.categoryIds();
  for (const std::string &Id : B.Held)
    if (!llvm::is_contained(Order, Id))
      Order.push_back(Id);
  std::set<std::string> FunctionsReading;
  for (const std::string &Id : Order) {
    if (!B.Held.count(Id)) {
      M.CategoriesNotFound.push_back(Id);
      continue;
    }
    MapCategory C;
    C.Id = Id;
    if (const policy::Category *PC = P.findCategory(Id)) {
      C.Title = PC->Title;
      C.Sensitivity = policy::toString(PC->Level).str();
      C.Clauses = PC->Clauses;
      C.Extension = PC->Extension;
    }
    for (auto &[K, D] : B.Declarations[Id])
      C.Declarations.push_back(D);
    for (auto &[Fn, S] : B.Readers[Id]) {
      C.Readers.push_back(S);
      FunctionsReading.insert(Fn);
    }
    llvm::sort(C.Readers);
    for (auto &[K, E] : B.Edges)
      if (E.Category == Id)
        C.Destinations.push_back(E.Destination);
    M.Categories.push_back(std::move(C));
  }

  for (auto &[Id, D] : B.Destinations) {
    sortUnique(D.Apis);
    sortUnique(D.Categories);
    sortUnique(D.Sites);
    M.Destinations.push_back(D);
  }
  llvm::stable_sort(
      M.Destinations, [](const MapDestination &A, const MapDestination &B) {
        return std::make_tuple(kindOrder(A.Kind), A.Approved, A.Label, A.Id) <
               std::make_tuple(kindOrder(B.Kind), B.Approved, B.Label, B.Id);
      });
  for (auto &[K, E] : B.Edges)
    M.Edges.push_back(E);
  for (MapCategory &C : M.Categories) {
    // The category's destinations in the destinations' order.
    std::vector<std::string> Ids;
    for (const MapDestination &D : M.Destinations)
      if (llvm::is_contained(C.Destinations, D.Id))
        Ids.push_back(D.Id);
    C.Destinations = std::move(Ids);
  }

  for (MapApproval &A : B.Approvals) {
    sortUnique(A.UsedBy);
    if (A.UsedBy.empty())
      M.UnusedApprovals.push_back(A);
    M.Approvals.push_back(std::move(A));
  }
  for (const MapDestination &D : M.Destinations)
    if (!D.Approved && D.Kind != "log")
      M.UnapprovedDestinations.push_back(D.Id);
  for (auto &[Id, U] : Undeclared) {
    sortUnique(U.Terms);
    llvm::sort(U.Declarations,
               [](const MapDeclaration &A, const MapDeclaration &B) {
                 return std::tie(A.Where, A.Name) < std::tie(B.Where, B.Name);
               });
    M.Undeclared.push_back(std::move(U));
  }

  std::vector<std::string> Prints = fingerprints(Linked.Findings, SourceRoot);
  for (size_t I = 0; I < Linked.Findings.size(); ++I) {
    const solve::Finding &F = Linked.Findings[I];
    MapFinding MF;
    MF.Rule = F.Rule;
    MF.Category = F.Category;
    MF.Level = toString(levelOf(F, P)).str();
    MF.Message = findingMessage(F);
    MF.Fingerprint = Prints[I];
    MF.Destination = B.destination(F, false).Id;
    MF.Where = B.site(F.Sink.Where, F.Function);
    for (const solve::CodeFlow &CF : F.Flows)
      MF.Sources.push_back(CF.Source.Name);
    if (!F.Flows.empty())
      for (const facts::Step &S : F.Flows.front().Steps)
        MF.Steps.push_back({S.Kind == facts::StepKind::Declared ? "declared"
                            : S.Kind == facts::StepKind::Read   ? "read"
                            : S.Kind == facts::StepKind::Store  ? "store"
                            : S.Kind == facts::StepKind::Call   ? "call"
                                                                : "sink",
                            S.Message, B.site(S.Where)});
    M.Findings.push_back(std::move(MF));
  }

  MapTotals &T = M.Totals;
  T.PolicyCategories = P.Categories.size();
  T.Categories = M.Categories.size();
  for (const MapCategory &C : M.Categories)
    T.Declarations += C.Declarations.size();
  T.Functions = FunctionsReading.size();
  T.Destinations = M.Destinations.size();
  for (const MapDestination &D : M.Destinations) {
    (D.Kind == "log"           ? T.Logs
     : D.Kind == "third-party" ? T.ThirdParties
                               : T.Stores)++;
    T.ApprovedDestinations += D.Approved;
    T.Flows += D.Flows;
    if (D.Approved)
      T.ApprovedFlows += D.Flows;
  }
  T.Findings = M.Findings.size();
  for (const MapFinding &F : M.Findings)
    (F.Level == "error"     ? T.Errors
     : F.Level == "warning" ? T.Warnings
                            : T.Notes)++;
  T.UnapprovedDestinations = M.UnapprovedDestinations.size();
  T.UndeclaredKinds = M.Undeclared.size();
  T.UnusedApprovals = M.UnusedApprovals.size();
  return M;
}

} // namespace piiflow::report
