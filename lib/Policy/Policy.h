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
#include <optional>
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
  /// Overrides of the category's 'numeric' for this term ("pin" is a PIN
  /// only as text: an integer 'pin' is a GPIO pin number).
  std::optional<bool> Integer, Floating;
};

/// A glob from a policy file, with the file that declared it.
struct Pattern {
  support::NameGlob Glob;
  std::string Origin;
  /// Sanitizers: the categories the function protects (empty: all).
  std::vector<std::string> Categories;
};
using FunctionPattern = Pattern;
using HostPattern = Pattern;

struct Category {
  std::string Id;
  std::string Title;
  std::vector<std::string> Clauses;
  /// True where the policy text does not list the category itself and the
  /// rule pack derives it from the clauses named (e.g. credentials).
  bool Extension = false;
  Sensitivity Level = Sensitivity::Medium;
  /// Which arithmetic types may hold values of the category: an IIN or a
  /// card number may be an integer, a latitude a floating-point number, an
  /// email address neither.
  bool Integer = false;
  bool Floating = false;
  std::vector<Term> Terms;
  /// Types whose values are this category ("sockaddr_in").
  std::vector<Pattern> Types;
  /// Names that are never this category, whatever their words.
  std::vector<Pattern> ExcludeNames;
  std::string Origin;
};

/// Word lists that decide when a term in an identifier is not the data
/// itself ("phone_count", "is_email_verified").
struct ClassificationSettings {
  /// Trailing words that do not change what a name holds ("phone_str").
  std::vector<std::string> NeutralSuffixes;
  /// Leading words that make a name a flag or a count ("is_", "num_").
  std::vector<std::string> FlagPrefixes;
  /// Types that hold sizes, counts and indices, never personal data.
  std::vector<Pattern> NonDataTypes;
  /// Names that are never personal data.
  std::vector<Pattern> ExcludeNames;
};

/// A destination rule (pii-log, ...) with the clauses it enforces.
struct RuleClauses {
  std::vector<std::string> Clauses;
  std::string Summary;
};

/// A policy file that carries library models of the project's own (its
/// logger, its HTTP wrapper): lib/Models reads its "models" array, with
/// positions in this file for errors.
struct ModelSource {
  std::string File;
  std::string Text;
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
  /// Files whose functions are not analysed and whose declarations are not
  /// listed by 'explain' (generated code, tests). What they declare is still
  /// classified where other code uses it.
  std::vector<Pattern> ExcludePaths;
  /// Model profiles the deployment enables ("client": the code runs on the
  /// user's device, so what it reads of that device is personal data).
  std::vector<std::string> Profiles;
  /// Policy files with a "models" array, in layering order.
  std::vector<ModelSource> Models;

  const Category *findCategory(llvm::StringRef Id) const;
  std::vector<std::string> categoryIds() const;
  /// Clauses of a destination rule; empty if the policy names none.
  const RuleClauses *findRule(llvm::StringRef RuleId) const;
  bool isSanitizer(llvm::StringRef QualifiedName,
                   llvm::StringRef SimpleName) const {
    return findSanitizer(QualifiedName, SimpleName) != nullptr;
  }
  /// The sanitizer pattern that matches this function, if any; of several,
  /// the one of the last layer (the most specific file).
  const Pattern *findSanitizer(llvm::StringRef QualifiedName,
                               llvm::StringRef SimpleName) const;
  bool isApprovedHost(llvm::StringRef Host) const;
  bool isExcludedPath(llvm::StringRef Path) const;
};

} // namespace piiflow::policy

#endif
