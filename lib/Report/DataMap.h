//===- DataMap.h - the privacy data map: inventory and drift ----*- C++ -*-===//
//
// The data map turns one scan into an inventory for people who do not read
// SARIF: for each category of the policy that the code holds, the
// declarations that hold it (with the reasons), the functions that read it,
// and every destination it reaches (logs by callee, third parties by host or
// client function, stores by API and target), each approved or not by the
// policy, with the clauses. Policy drift lists where code and policy
// disagree: destinations that receive personal data without approval, data
// the code handles that no category declares (DriftTerms), and approvals that
// no flow uses any more.
//
// buildDataMap computes the map from what the link step has: the
// classification decisions (as 'piiflow explain' makes them), the findings
// and the approved flows. It is plain data; HtmlReport, MapJsonReport and
// MarkdownReport render it. Everything is sorted and paths are relative to
// the source root, so the same code gives the same map.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_DATAMAP_H
#define PIIFLOW_REPORT_DATAMAP_H

#include "Extract/Facts.h"
#include "Policy/Policy.h"
#include "Solve/Linker.h"

#include "llvm/Support/Error.h"

#include <string>
#include <tuple>
#include <vector>

namespace piiflow::report {

/// One well-known kind of personal data from rules/drift-terms.json.
struct DriftKind {
  std::string Id;    ///< "passport"
  std::string Title; ///< "Passport number"
  /// Its terms that the effective policy does not declare, as written.
  std::vector<std::string> Terms;
  std::vector<std::vector<std::string>> Words; ///< Terms, split
};

/// Personal-data terms that the policy may not declare ('passport_number'
/// under a policy without passports), matched on identifiers with the
/// classifier's word splitter.
class DriftTerms {
public:
  /// The built-in list (rules/drift-terms.json), without the terms that P
  /// already declares in some category.
  static llvm::Expected<DriftTerms> loadBuiltin(const policy::Policy &P);
  static llvm::Expected<DriftTerms>
  parse(llvm::StringRef File, llvm::StringRef Text, const policy::Policy &P);

  /// The kind and term that Name (an unqualified identifier) ends in, after
  /// any trailing or neutral words, with no flag word ('is', 'count') before
  /// the term; nullptr if none.
  const DriftKind *match(llvm::StringRef Name,
                         std::string *Term = nullptr) const;

  const std::vector<DriftKind> &kinds() const { return Kinds; }

private:
  std::vector<DriftKind> Kinds;
  std::vector<std::string> Trailing; ///< drift-terms.json's and the policy's
  std::vector<std::string> Flags;    ///< the policy's flag prefixes
};

/// A place in the code, relative to the source root.
struct MapSite {
  std::string File; ///< relative to the source root (absolute if outside)
  std::string AbsFile;
  unsigned Line = 0;
  unsigned Column = 0;
  std::string Function; ///< the enclosing function, where it is known

  bool operator<(const MapSite &O) const {
    return std::tie(File, Line, Column, Function) <
           std::tie(O.File, O.Line, O.Column, O.Function);
  }
  bool operator==(const MapSite &O) const {
    return std::tie(File, Line, Column, Function) ==
           std::tie(O.File, O.Line, O.Column, O.Function);
  }
};

struct MapDeclaration {
  std::string Name; ///< qualified
  std::string Kind; ///< field, variable, parameter, function
  std::string Evidence;
  std::string Reason;
  MapSite Where;
};

/// Where personal data goes.
struct MapDestination {
  std::string Id;       ///< stable key: "third-party:host:api.pbo.kz"
  std::string Kind;     ///< log, third-party, storage
  std::string Label;    ///< for people: the callee, host or target
  std::string Host;     ///< third party: the host, when known
  std::string Function; ///< third party with no known host: the client
  std::string Api;      ///< log and storage: the callee
  std::string Target;   ///< storage: "table:NAME", "file:PATH", "key:PREFIX"
  std::vector<std::string> Apis; ///< every callee that sends there
  bool Approved = false;
  /// The policy entry that approves it: "host '*.pbo.kz' (FILE)".
  std::string ApprovedBy;
  std::string Rule;                 ///< pii-log, pii-third-party, pii-storage
  std::vector<std::string> Clauses; ///< the rule's clauses
  std::vector<std::string> Categories;
  std::vector<MapSite> Sites; ///< the sink calls
  unsigned Flows = 0;         ///< distinct (sink call, source) pairs
};

struct MapCategory {
  std::string Id;
  std::string Title;
  std::string Sensitivity;
  std::vector<std::string> Clauses;
  bool Extension = false;
  std::vector<MapDeclaration> Declarations;
  /// Functions that read it on its way to a destination (the first read).
  std::vector<MapSite> Readers;
  std::vector<std::string> Destinations; ///< destination ids
};

/// A category-to-destination arrow of the diagram.
struct MapEdge {
  std::string Category;
  std::string Destination;
  bool Approved = false;
  unsigned Flows = 0;
};

/// One entry of approved.recipients or approved.storage.
struct MapApproval {
  std::string Kind;    ///< recipient-host, recipient-function, storage-function
  std::string Pattern; ///< the glob
  std::string Origin;  ///< the policy file
  std::vector<std::string> UsedBy; ///< destination ids
};

/// Data the code handles that no category of the policy declares.
struct MapUndeclared {
  std::string Kind;  ///< DriftKind::Id
  std::string Title; ///< DriftKind::Title
  std::vector<std::string> Terms;
  std::vector<MapDeclaration> Declarations;
};

/// One finding, as the map lists it (the paths are in Steps).
struct MapFinding {
  std::string Rule;
  std::string Category;
  std::string Level; ///< error, warning, note
  std::string Message;
  std::string Fingerprint;
  std::string Destination; ///< destination id
  MapSite Where;
  std::vector<std::string> Sources;
  /// The shortest path: (kind, message, site), declaration first.
  struct Step {
    std::string Kind;
    std::string Message;
    MapSite Where;
  };
  std::vector<Step> Steps;
};

struct MapTotals {
  unsigned PolicyCategories = 0, Categories = 0, Declarations = 0,
           Functions = 0;
  unsigned Destinations = 0, Logs = 0, ThirdParties = 0, Stores = 0,
           ApprovedDestinations = 0;
  unsigned Flows = 0, ApprovedFlows = 0;
  unsigned Findings = 0, Errors = 0, Warnings = 0, Notes = 0;
  unsigned UnapprovedDestinations = 0, UndeclaredKinds = 0, UnusedApprovals = 0;
};

struct DataMap {
  std::string Policy;
  std::string PolicyTitle;
  std::vector<std::string> PolicyFiles;
  std::vector<MapCategory> Categories; ///< those the code holds, policy order
  std::vector<std::string> CategoriesNotFound;
  std::vector<MapDestination> Destinations; ///< by kind, label, approval
  std::vector<MapEdge> Edges;
  std::vector<MapApproval> Approvals; ///< policy order
  std::vector<MapFinding> Findings;
  // Drift.
  std::vector<std::string>
      UnapprovedDestinations; ///< ids; third party, storage
  std::vector<MapUndeclared> Undeclared;
  std::vector<MapApproval> UnusedApprovals;
  MapTotals Totals;

  const MapDestination *findDestination(llvm::StringRef Id) const;
};

/// Builds the map. Decls are the classification decisions of every TU (as
/// normalizeDeclarations leaves them); SourceRoot makes paths relative.
DataMap buildDataMap(const std::vector<facts::Declaration> &Decls,
                     const solve::LinkResult &Linked, const policy::Policy &P,
                     const DriftTerms &Drift, llvm::StringRef SourceRoot);

/// "table 'partners'", "file 'out.csv'", "key prefix 'user:'".
std::string describeTarget(llvm::StringRef Target);

} // namespace piiflow::report

#endif
