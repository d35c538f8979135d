//===- Policy.cpp - the effective privacy policy --------------------------===//
#include "Policy/Policy.h"

namespace piiflow::policy {

llvm::StringRef toString(Sensitivity S) {
  switch (S) {
  case Sensitivity::Low:
    return "low";
  case Sensitivity::Medium:
    return "medium";
  case Sensitivity::High:
    return "high";
  }
  return "medium";
}

const Category *Policy::findCategory(llvm::StringRef Id) const {
  for (const Category &C : Categories)
    if (C.Id == Id)
      return &C;
  return nullptr;
}

std::vector<std::string> Policy::categoryIds() const {
  std::vector<std::string> Ids;
  for (const Category &C : Categories)
    Ids.push_back(C.Id);
  return Ids;
}

const RuleClauses *Policy::findRule(llvm::StringRef RuleId) const {
  auto It = Rules.find(RuleId.str());
  return It == Rules.end() ? nullptr : &It->second;
}

const Pattern *Policy::findSanitizer(llvm::StringRef QualifiedName,
                                     llvm::StringRef SimpleName) const {
  // The last layer that names the function decides: a project's entry
  // narrows the categories of a built-in pattern that also matches.
  for (const Pattern &P : llvm::reverse(Sanitizers))
    if (P.Glob.matches(QualifiedName, SimpleName))
      return &P;
  return nullptr;
}

bool Policy::isApprovedHost(llvm::StringRef Host) const {
  for (const HostPattern &P : ApprovedHosts)
    if (P.Glob.matches(Host.lower()))
      return true;
  return false;
}

bool Policy::isExcludedPath(llvm::StringRef Path) const {
  for (const Pattern &P : ExcludePaths)
    if (P.Glob.matches(Path))
      return true;
  return false;
}

} // namespace piiflow::policy
