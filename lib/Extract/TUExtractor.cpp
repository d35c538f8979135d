//===- TUExtractor.cpp - one translation unit's AST to facts --------------===//
#include "Extract/TUExtractor.h"

#include "Extract/FunctionAnalyzer.h"
#include "Support/Log.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace piiflow::extract {

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Parts;
  Parts.push_back(D->getDeclName().getAsString());
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getNameAsString());
    } else if (auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (RD->getIdentifier())
        Parts.push_back(RD->getNameAsString());
    } else if (isa<FunctionDecl>(DC)) {
      break; // locals are named by their own name
    }
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Out.empty())
      Out += "::";
    Out += *It;
  }
  return Out;
}

namespace {

classify::TypeKind typeKind(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isVoidType())
    return classify::TypeKind::Void;
  if (T->isFunctionPointerType() || T->isMemberFunctionPointerType() ||
      T->isFunctionType() || T->isBlockPointerType())
    return classify::TypeKind::Function;
  if (T->isBooleanType())
    return classify::TypeKind::Bool;
  if (T->isEnumeralType())
    return classify::TypeKind::Enum;
  if (T->isAnyCharacterType())
    return classify::TypeKind::Character;
  if (T->isIntegerType())
    return classify::TypeKind::Integer;
  if (T->isRealFloatingType())
    return classify::TypeKind::Floating;
  return classify::TypeKind::Other;
}

class FunctionCollector : public RecursiveASTVisitor<FunctionCollector> {
public:
  explicit FunctionCollector(SourceManager &SM) : SM(SM) {}
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    consider(FD);
    return true;
  }
  // A lambda's body is the body of its call operator, which the visitor
  // does not visit as a declaration.
  bool VisitLambdaExpr(LambdaExpr *LE) {
    consider(LE->getCallOperator());
    return true;
  }

  std::vector<const FunctionDecl *> Functions;

private:
  SourceManager &SM;
  llvm::DenseSet<const FunctionDecl *> Seen;

  void consider(const FunctionDecl *FD) {
    if (!FD || !FD->doesThisDeclarationHaveABody() ||
        FD->isDependentContext() || FD->isInvalidDecl())
      return;
    SourceLocation L = SM.getFileLoc(FD->getLocation());
    if (L.isInvalid() || SM.isInSystemHeader(L) || !Seen.insert(FD).second)
      return;
    Functions.push_back(FD);
  }
};

} // namespace

TUExtractor::TUExtractor(ASTContext &Ctx, const ExtractContext &EC)
    : Ctx(Ctx), EC(EC) {}

std::string TUExtractor::fileName(FileID FID) {
  auto It = FileNames.find(FID);
  if (It != FileNames.end())
    return It->second;
  SourceManager &SM = Ctx.getSourceManager();
  std::string Name;
  if (auto FE = SM.getFileEntryRefForID(FID)) {
    llvm::StringRef Canonical = SM.getFileManager().getCanonicalName(*FE);
    Name = Canonical.empty() ? FE->getName().str() : Canonical.str();
  } else {
    Name = SM.getBufferName(SM.getLocForStartOfFile(FID)).str();
  }
  FileNames[FID] = Name;
  return Name;
}

facts::Location TUExtractor::location(SourceLocation L) {
  return location(SourceRange(L, L));
}

facts::Location TUExtractor::location(SourceRange R) {
  SourceManager &SM = Ctx.getSourceManager();
  facts::Location Out;
  SourceLocation B = SM.getFileLoc(R.getBegin());
  if (B.isInvalid())
    return Out;
  SourceLocation E = SM.getFileLoc(R.getEnd());
  if (E.isInvalid() || SM.getFileID(E) != SM.getFileID(B) ||
      SM.isBeforeInTranslationUnit(E, B))
    E = B;
  SourceLocation EndTok =
      Lexer::getLocForEndOfToken(E, 0, SM, Ctx.getLangOpts());
  if (EndTok.isInvalid())
    EndTok = E;
  Out.File = fileName(SM.getFileID(B));
  Out.Line = SM.getSpellingLineNumber(B);
  Out.Column = SM.getSpellingColumnNumber(B);
  Out.EndLine = SM.getSpellingLineNumber(EndTok);
  Out.EndColumn = SM.getSpellingColumnNumber(EndTok);
  return Out;
}

std::optional<unsigned> TUExtractor::sourceOf(const NamedDecl *D) {
  D = cast<NamedDecl>(D->getCanonicalDecl());
  auto It = Sources.find(D);
  if (It != Sources.end())
    return It->second;
  std::optional<unsigned> Result;
  Sources[D] = Result;

  SourceManager &SM = Ctx.getSourceManager();
  SourceLocation L = SM.getFileLoc(D->getLocation());
  if (L.isInvalid() || SM.isInSystemHeader(L) || !D->getIdentifier())
    return Result;

  classify::DeclInfo Info;
  Info.Name = D->getName().str();
  QualType T;
  if (auto *FD = dyn_cast<FunctionDecl>(D)) {
    Info.Kind = classify::DeclKind::Function;
    T = FD->getReturnType();
  } else if (auto *F = dyn_cast<FieldDecl>(D)) {
    Info.Kind = classify::DeclKind::Field;
    T = F->getType();
  } else if (auto *P = dyn_cast<ParmVarDecl>(D)) {
    Info.Kind = classify::DeclKind::Parameter;
    T = P->getType();
  } else if (auto *V = dyn_cast<VarDecl>(D)) {
    Info.Kind = classify::DeclKind::Variable;
    T = V->getType();
  } else {
    return Result;
  }
  Info.Type = typeKind(T);
  Info.TypeName = T.getAsString(Ctx.getPrintingPolicy());
  for (const Decl *R : D->redecls())
    for (const auto *A : R->specific_attrs<AnnotateAttr>())
      Info.Annotations.push_back(A->getAnnotation().str());

  classify::Decision Dec = EC.Classifier.classify(Info);
  if (!Dec.Problem.empty()) {
    facts::Location Where = location(D->getLocation());
    support::logWarning(Where.File + ":" + std::to_string(Where.Line) + ":" +
                        std::to_string(Where.Column) + ": " + Dec.Problem);
  }
  if (!Dec.isPersonal())
    return Result;

  facts::SourceDecl S;
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(D, Usr))
    Usr = "piiflow:" + qualifiedName(D);
  S.Usr = Usr.str().str();
  S.Name = qualifiedName(D);
  S.DeclKind = classify::toString(Info.Kind).str();
  S.Category = Dec.Category;
  S.Reason = Dec.Reason;
  S.Where = location(D->getLocation());
  Out.Sources.push_back(std::move(S));
  Result = Out.Sources.size() - 1;
  Sources[D] = Result;
  return Result;
}

const CalleeInfo &TUExtractor::callee(const FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto It = Callees.find(FD);
  if (It != Callees.end())
    return It->second;
  CalleeInfo CI;
  CI.QualifiedName = qualifiedName(FD);
  std::string Simple = FD->getDeclName().getAsString();
  CI.Models = EC.Models.lookup(CI.QualifiedName, Simple);
  CI.Sanitizer = EC.Policy.isSanitizer(CI.QualifiedName, Simple);
  if (!CI.Sanitizer && CI.Models.empty())
    CI.Source = sourceOf(FD);
  return Callees[FD] = std::move(CI);
}

facts::TUFacts TUExtractor::run() {
  SourceManager &SM = Ctx.getSourceManager();
  if (auto FE = SM.getFileEntryRefForID(SM.getMainFileID()))
    Out.MainFile = fileName(SM.getMainFileID());
  FunctionCollector Collector(SM);
  Collector.TraverseAST(Ctx);
  for (const FunctionDecl *FD : Collector.Functions) {
    facts::FunctionFacts F = analyzeFunction(*this, FD);
    if (F.Flows.empty())
      continue;
    llvm::SmallString<128> Usr;
    if (index::generateUSRForDecl(FD, Usr))
      Usr = "piiflow:" + F.Name;
    F.Usr = Usr.str().str();
    Out.Functions.push_back(std::move(F));
  }
  return std::move(Out);
}

} // namespace piiflow::extract
