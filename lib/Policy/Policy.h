//===- Policy.h - the effective privacy policy ------------------*- C++ -*-===//
//
// A Policy says which personal-data categories exist (with the clause of the
// privacy policy that declares them, their sensitivity and the identifier
// terms that name them), which destinations are approved (recipient hosts
// and client functions, storage functions), and which functions sanitize.
//
// It is the result of layering: the built-in default, then each --policy
// file in order (see PolicyLoader.h). It is plain data: no JSON, no Clang.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_POLICY_POLICY_H
#define PIIFLOW_POLICY_POLICY_H

#include "Support/NameGlob.h"

#include "llvm/ADT/StringRef.h"

#include <map>
#include <string>
#include <vector>

namespace piiflow::policy {

enum class Sensitivity { Low, Medium, High };
llvm::StringRef toString(Sensitivity S);

/// A word sequence that names a category in identifiers ("phone number").
struct Term {
  std::vector<std::string> Words; ///< lower-case words
  std::string Text;               ///< as written in the policy
  std::string Origin;             ///< the policy file that declared it
};

struct Category {
  std::string Id;
  std::string Title;
  std::vector<std::string> Clauses;
  /// True where the policy text does not list the category itself and the
  /// rule pack derives it from the clauses named (e.g. credentials).
  bool Extension = false;
  Sensitivity Level = Sensitivity::Medium;
  /// Whether values of the category may be held in arithmetic types
  /// (an IIN or a card number may; an email address may not).
  bool Numeric = false;
  std::vector<Term> Terms;
  std::string Origin;
};

/// Word lists that decide when a term in an identifier is not the data
/// itself ("phone_count", "is_email_verified").
struct ClassificationSettings {
  /// Trailing words that do not change what a name holds ("phone_str").
  std::vector<std::string> NeutralSuffixes;
  /// Leading words that make a name a flag or a count ("is_", "num_").
  std::vector<std::string> FlagPrefixes;
};

/// A destination rule (pii-log, ...) with the clauses it enforces.
struct RuleClauses {
  std::vector<std::string> Clauses;
  std::string Summary;
};

struct FunctionPattern {
  support::NameGlob Glob;
  std::string Origin; ///< file that declared it
};

struct HostPattern {
  support::NameGlob Glob;
  std::string Origin;
};

struct Policy {
  std::string Name;
  std::string Title;
  /// Files layered to make this policy, base first.
  std::vector<std::string> Files;
  std::vector<Category> Categories;
  ClassificationSettings Classification;
  std::map<std::string, RuleClauses> Rules; ///< keyed by rule id
  std::vector<HostPattern> ApprovedHosts;
  std::vector<FunctionPattern> ApprovedRecipientFunctions;
  std::vector<FunctionPattern> ApprovedStorageFunctions;
  std::vector<FunctionPattern> Sanitizers;

  const Category *findCategory(llvm::StringRef Id) const;
  std::vector<std::string> categoryIds() const;
  /// Clauses of a destination rule; empty if the policy names none.
  const RuleClauses *findRule(llvm::StringRef RuleId) const;
  bool isSanitizer(llvm::StringRef QualifiedName,
                   llvm::StringRef SimpleName) const;
  bool isApprovedHost(llvm::StringRef Host) const;
};

} // namespace piiflow::policy

#endif
