//===- NameGlob.cpp - globs over C++ qualified names and hosts ------------===//
#include "Support/NameGlob.h"

namespace piiflow::support {

llvm::Expected<NameGlob> NameGlob::create(llvm::StringRef Pattern) {
  if (Pattern.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "empty name pattern");
  NameGlob N;
  N.Pattern = std::make_shared<const std::string>(Pattern.str());
  // "::send" names a function of the global namespace: it is matched, as
  // a qualified name, against "send" (a method would be "Socket::send").
  llvm::StringRef Text = *N.Pattern;
  bool Global = Text.consume_front("::");
  auto G = llvm::GlobPattern::create(Text);
  if (!G)
    return G.takeError();
  N.Glob = std::move(*G);
  N.Qualified = Global || Pattern.contains("::");
  return N;
}

bool NameGlob::matches(llvm::StringRef QualifiedName,
                       llvm::StringRef SimpleName) const {
  return Glob.match(Qualified ? QualifiedName : SimpleName);
}

} // namespace piiflow::support
