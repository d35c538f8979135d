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

#include <functional>
#include <map>
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
  /// Optional: explain() also keeps declarations whose (unqualified) names
  /// this accepts, though they are not personal data and mention no term of
  /// the policy (the data map's drift terms).
  std::function<bool(llvm::StringRef)> KeepName = nullptr;
};

/// What piiflow knows about a called function.
struct CalleeInfo {
  std::string QualifiedName;
  std::vector<const models::Model *> Models;
  /// Its result no longer holds the categories in Protects (all of them
  /// when Protects is empty): a policy sanitizer or a sanitizer model.
  bool Sanitizer = false;
  std::vector<std::string> Protects;
  /// Index into TUFacts::Sources if the function is a classified source.
  std::optional<unsigned> Source;
};

class TUExtractor {
public:
  TUExtractor(clang::ASTContext &Ctx, const ExtractContext &EC);

  /// Analyses every function of the TU.
  facts::TUFacts run();
  /// Every declaration of the TU's own files (not system headers, not
  /// excluded paths) that is personal data or whose name mentions a term.
  std::vector<facts::Declaration> explain();

  // Shared services for FunctionAnalyzer.
  clang::ASTContext &ast() { return Ctx; }
  const ExtractContext &context() { return EC; }
  /// The source index of a classified declaration, if it is personal data.
  std::optional<unsigned> sourceOf(const clang::NamedDecl *D);
  const CalleeInfo &callee(const clang::FunctionDecl *FD);
  /// Whether FD is declared in the program's own files (not a system header):
  /// its body, wherever it is, is analysed.
  bool isUserCode(const clang::FunctionDecl *FD);
  /// The variable that stands for the object of method MD in its body.
  const clang::VarDecl *thisVar(const clang::CXXMethodDecl *MD);
  std::string usr(const clang::Decl *D);
  /// The source that a source model makes of calls to FD, if the policy
  /// has the model's category.
  std::optional<unsigned> modelSource(const clang::FunctionDecl *FD,
                                      const models::Model &M);
  facts::Location location(clang::SourceRange R);
  facts::Location location(clang::SourceLocation L);
  const facts::SourceDecl &source(unsigned I) const { return Out.Sources[I]; }
  /// Whether the policy excludes the file of L from analysis.
  bool isExcluded(clang::SourceLocation L);
  /// The personal-data fields of a record (and of the records it holds), as
  /// source indices: a record with any is a personal record.
  const std::vector<unsigned> &recordSources(const clang::RecordDecl *RD);
  /// The classified fields (and getters) that FD's body reads from Param.
  const std::vector<unsigned> &fieldsRead(const clang::FunctionDecl *FD,
                                          const clang::ParmVarDecl *Param);

private:
  clang::ASTContext &Ctx;
  const ExtractContext &EC;
  facts::TUFacts Out;
  llvm::DenseMap<const clang::Decl *, std::optional<unsigned>> Sources;
  std::map<std::pair<const clang::Decl *, const models::Model *>,
           std::optional<unsigned>>
      ModelSources;
  // Node-based: references handed out stay valid as the map grows.
  std::unordered_map<const clang::FunctionDecl *, CalleeInfo> Callees;
  llvm::DenseMap<clang::FileID, std::string> FileNames;
  llvm::DenseMap<clang::FileID, bool> Excluded;
  // Node-based: recordSources recurses and hands out references.
  std::map<const clang::RecordDecl *, std::vector<unsigned>> RecordFields;
  std::map<std::pair<const clang::FunctionDecl *, const clang::ParmVarDecl *>,
           std::vector<unsigned>>
      FieldsRead;

  llvm::DenseMap<const clang::CXXMethodDecl *, const clang::VarDecl *> ThisVars;
  std::string fileName(clang::FileID FID);
  /// Describes D to the classifier; false if D is not a kind it judges.
  bool describe(const clang::NamedDecl *D, classify::DeclInfo &Info);
};

/// The qualified name as policies and models write it: inline and anonymous
/// namespaces and template arguments left out ("std::basic_string::append").
std::string qualifiedName(const clang::NamedDecl *D);

} // namespace piiflow::extract

#endif
