//===- NameGlob.h - globs over C++ qualified names and hosts ----*- C++ -*-===//
//
// Policies and models name functions with globs. A pattern that contains "::"
// is matched against the fully qualified name (inline namespaces and template
// arguments left out: "std::basic_string::append"); a pattern without "::"
// is matched against the unqualified name. This is the split CodeQL makes
// between hasQualifiedName and hasName, and it keeps the common case short.
// A leading "::" names the global namespace: "::send" is the C function
// send and no class's send method.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SUPPORT_NAMEGLOB_H
#define PIIFLOW_SUPPORT_NAMEGLOB_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"

#include <memory>
#include <string>

namespace piiflow::support {

class NameGlob {
public:
  /// Compiles Pattern; an error says what is wrong with it.
  static llvm::Expected<NameGlob> create(llvm::StringRef Pattern);

  /// True if the pattern matches this declaration's names.
  bool matches(llvm::StringRef QualifiedName, llvm::StringRef SimpleName) const;
  /// Matches one string (a host name, a stream variable).
  bool matches(llvm::StringRef Text) const { return Glob.match(Text); }

  llvm::StringRef pattern() const { return *Pattern; }
  bool isQualified() const { return Qualified; }

private:
  /// llvm::GlobPattern keeps a StringRef into the text it was made from, so
  /// the text lives on the heap where moves and copies do not disturb it.
  std::shared_ptr<const std::string> Pattern;
  llvm::GlobPattern Glob;
  bool Qualified = false;
};

} // namespace piiflow::support

#endif
