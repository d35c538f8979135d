//===- TUExtractor.h - one translation unit's AST to facts ------*- C++ -*-===//
//
// Walks every function body of a parsed translation unit that lies outside
// system headers, runs FunctionAnalyzer on it, and collects the facts. The
// classification and callee lookups are cached per declaration for the TU.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_EXTRACT_TUEXTRACTOR_H
#define PIIFLOW_EXTRACT_TUEXTRACTOR_H

#include "Classify/Classifier.h"
#include "Extract/Facts.h"
#include "Models/ModelSet.h"
#include "Policy/Policy.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace piiflow::extract {

/// What the per-TU step needs, shared read-only by all workers.
struct ExtractContext {
  const policy::Policy &Policy;
  const models::ModelSet &Models;
  const classify::Classifier &Classifier;
};

/// What piiflow knows about a called function.
struct CalleeInfo {
  std::string QualifiedName;
  std::vector<const models::Model *> Models;
  bool Sanitizer = false;
  /// Index into TUFacts::Sources if the function is a classified source.
  std::optional<unsigned> Source;
};

class TUExtractor {
public:
  TUExtractor(clang::ASTContext &Ctx, const ExtractContext &EC);

  /// Analyses every function of the TU.
  facts::TUFacts run();

  // Shared services for FunctionAnalyzer.
  clang::ASTContext &ast() { return Ctx; }
  const ExtractContext &context() { return EC; }
  /// The source index of a classified declaration, if it is personal data.
  std::optional<unsigned> sourceOf(const clang::NamedDecl *D);
  const CalleeInfo &callee(const clang::FunctionDecl *FD);
  facts::Location location(clang::SourceRange R);
  facts::Location location(clang::SourceLocation L);
  const facts::SourceDecl &source(unsigned I) const { return Out.Sources[I]; }

private:
  clang::ASTContext &Ctx;
  const ExtractContext &EC;
  facts::TUFacts Out;
  llvm::DenseMap<const clang::Decl *, std::optional<unsigned>> Sources;
  // Node-based: references handed out stay valid as the map grows.
  std::unordered_map<const clang::FunctionDecl *, CalleeInfo> Callees;
  llvm::DenseMap<clang::FileID, std::string> FileNames;

  std::string fileName(clang::FileID FID);
};

/// The qualified name as policies and models write it: inline and anonymous
/// namespaces and template arguments left out ("std::basic_string::append").
std::string qualifiedName(const clang::NamedDecl *D);

} // namespace piiflow::extract

#endif
