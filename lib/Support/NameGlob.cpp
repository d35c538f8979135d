//===- NameGlob.cpp - globs over C++ qualified names and hosts ------------===//
#include "Support/NameGlob.h"

namespace piiflow::support {

llvm::Expected<NameGlob> NameGlob::create(llvm::StringRef Pattern) {
  if (Pattern.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "empty name pattern");
  NameGlob N;
  N.Pattern = std::make_shared<const std::string>(Pattern.str());
  auto G = llvm::GlobPattern::create(*N.Pattern);
  if (!G)
    return G.takeError();
  N.Glob = std::move(*G);
  N.Qualified = Pattern.contains("::");
  return N;
}

bool NameGlob::matches(llvm::StringRef QualifiedName,
                       llvm::StringRef SimpleName) const {
  return Glob.match(Qualified ? QualifiedName : SimpleName);
}

} // namespace piiflow::support
