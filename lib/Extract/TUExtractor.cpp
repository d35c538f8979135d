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
#include <set>

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
  if (T->isVoidPointerType())
    return classify::TypeKind::Opaque;
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

/// The names a type goes by, outermost first (see DeclInfo::TypeNames).
std::vector<std::string> typeNames(QualType T, const ASTContext &Ctx) {
  std::vector<std::string> Names;
  for (unsigned Guard = 0; !T.isNull() && Guard < 16; ++Guard) {
    T = T.getNonReferenceType();
    if (const auto *TT = T->getAs<TypedefType>();
        TT && isa<TypedefType>(T.getTypePtr())) {
      Names.push_back(qualifiedName(TT->getDecl()));
      T = TT->desugar();
      continue;
    }
    if (isa<ElaboratedType, TemplateSpecializationType, ParenType,
            SubstTemplateTypeParmType, AttributedType, DecltypeType, AutoType,
            UsingType, MacroQualifiedType>(T.getTypePtr())) {
      QualType Next = T.getSingleStepDesugaredType(Ctx);
      if (Next == T)
        break;
      T = Next;
      continue;
    }
    if (T->isPointerType() || T->isArrayType()) {
      T = T->isPointerType() ? T->getPointeeType()
                             : QualType(T->getPointeeOrArrayElementType(), 0);
      continue;
    }
    if (const TagDecl *TD = T->getAsTagDecl()) {
      if (TD->getIdentifier())
        Names.push_back(qualifiedName(TD));
      break;
    }
    if (T->isBuiltinType())
      Names.push_back(
          T.getUnqualifiedType().getAsString(Ctx.getPrintingPolicy()));
    break;
  }
  return Names;
}

class FunctionCollector : public RecursiveASTVisitor<FunctionCollector> {
public:
  FunctionCollector(SourceManager &SM, TUExtractor &TU) : SM(SM), TU(TU) {}
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    consider(FD);
    return true;
  }
  // A lambda's body is the body of its call operator, which the visitor
  // does not visit as a declaration. A lambda is also a candidate callee of
  // calls through std::function.
  bool VisitLambdaExpr(LambdaExpr *LE) {
    consider(LE->getCallOperator());
    if (!SM.isInSystemHeader(SM.getFileLoc(LE->getBeginLoc())))
      Lambdas.push_back(LE);
    return true;
  }
  // A lambda kept in an 'auto' variable and only ever called through it is
  // no candidate of other calls through std::function.
  bool VisitVarDecl(VarDecl *V) {
    if (!isClosure(V->getType()) || !V->getInit())
      return true;
    const Expr *I = V->getInit();
    while (true) {
      I = I->IgnoreImplicit();
      if (auto *C = dyn_cast<CXXConstructExpr>(I); C && C->getNumArgs() == 1)
        I = C->getArg(0);
      else
        break;
    }
    if (auto *L = dyn_cast<LambdaExpr>(I))
      HeldBy[L] = V;
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *C) {
    if (C->getOperator() == OO_Call && C->getNumArgs() > 0)
      if (auto *R = dyn_cast<DeclRefExpr>(C->getArg(0)->IgnoreParenImpCasts()))
        CalledClosures.insert(R);
    return true;
  }
  // Functions named other than as the callee of a call have their address
  // taken: calls through pointers of their signature may reach them.
  bool VisitCallExpr(CallExpr *C) {
    if (auto *R = dyn_cast_or_null<DeclRefExpr>(
            C->getCallee() ? C->getCallee()->IgnoreParenImpCasts() : nullptr))
      Called.insert(R);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *R) {
    if (auto *V = dyn_cast<VarDecl>(R->getDecl()); V && isClosure(V->getType()))
      ClosureRefs[V].push_back(R);
    auto *FD = dyn_cast<FunctionDecl>(R->getDecl());
    if (FD && !SM.isInSystemHeader(SM.getFileLoc(R->getLocation()))) {
      // "&Widget::on_event": a method taken as a member pointer.
      if (auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isInstance())
        MemberRefs.push_back(MD);
      else
        Refs.push_back(R);
    }
    return true;
  }

  std::vector<const FunctionDecl *> Functions;
  std::vector<const FunctionDecl *> Taken;
  std::vector<const LambdaExpr *> Lambdas;
  llvm::DenseMap<const LambdaExpr *, const VarDecl *> HeldBy;
  llvm::DenseMap<const VarDecl *, std::vector<const DeclRefExpr *>> ClosureRefs;
  llvm::DenseSet<const DeclRefExpr *> CalledClosures;

  /// The lambdas whose call operator calls through std::function may reach.
  void escapingLambdas() {
    for (const LambdaExpr *L : Lambdas) {
      auto H = HeldBy.find(L);
      bool OnlyCalled = H != HeldBy.end() &&
                        llvm::all_of(ClosureRefs.lookup(H->second),
                                     [&](const DeclRefExpr *R) {
                                       return CalledClosures.count(R) != 0;
                                     });
      if (!OnlyCalled)
        Taken.push_back(L->getCallOperator());
    }
  }
  static bool isClosure(QualType T) {
    auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
    return RD && RD->isLambda();
  }
  llvm::DenseSet<const DeclRefExpr *> Called;
  std::vector<const DeclRefExpr *> Refs;
  /// Functions stored in function-pointer fields: (field, function).
  std::set<std::pair<const FieldDecl *, const FunctionDecl *>> FieldTargets;
  static const FunctionDecl *functionOf(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr()->IgnoreParenImpCasts();
    auto *R = dyn_cast<DeclRefExpr>(E);
    return R ? dyn_cast<FunctionDecl>(R->getDecl()) : nullptr;
  }
  // "{.send_text = sip_send_text}" and "t.send_text = sip_send_text".
  bool VisitInitListExpr(InitListExpr *IL) {
    const InitListExpr *S = IL->isSemanticForm() ? IL : IL->getSemanticForm();
    const RecordDecl *RD = S ? S->getType()->getAsRecordDecl() : nullptr;
    if (!RD || SM.isInSystemHeader(SM.getFileLoc(S->getBeginLoc())))
      return true;
    if (RD->isUnion()) {
      if (const FieldDecl *F = S->getInitializedFieldInUnion();
          F && S->getNumInits() == 1)
        if (const FunctionDecl *FD = functionOf(S->getInit(0)))
          FieldTargets.insert({F, FD});
      return true;
    }
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (F->isUnnamedBitField())
        continue;
      if (I >= S->getNumInits())
        break;
      if (const FunctionDecl *FD = functionOf(S->getInit(I++)))
        FieldTargets.insert({F, FD});
    }
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() != BO_Assign ||
        SM.isInSystemHeader(SM.getFileLoc(B->getBeginLoc())))
      return true;
    if (auto *M = dyn_cast<MemberExpr>(B->getLHS()->IgnoreParenImpCasts()))
      if (auto *F = dyn_cast<FieldDecl>(M->getMemberDecl()))
        if (const FunctionDecl *FD = functionOf(B->getRHS()))
          FieldTargets.insert({F, FD});
    return true;
  }
  std::vector<const CXXMethodDecl *> MemberRefs;

private:
  SourceManager &SM;
  TUExtractor &TU;
  llvm::DenseSet<const FunctionDecl *> Seen;

  void consider(const FunctionDecl *FD) {
    if (!FD || !FD->doesThisDeclarationHaveABody() ||
        FD->isDependentContext() || FD->isInvalidDecl())
      return;
    SourceLocation L = SM.getFileLoc(FD->getLocation());
    if (L.isInvalid() || SM.isInSystemHeader(L) || TU.isExcluded(L) ||
        !Seen.insert(FD).second)
      return;
    Functions.push_back(FD);
  }
};

} // namespace

TUExtractor::TUExtractor(ASTContext &Ctx, const ExtractContext &EC)
    : Ctx(Ctx), EC(EC) {}

bool TUExtractor::isExcluded(SourceLocation L) {
  if (EC.Policy.ExcludePaths.empty())
    return false;
  SourceManager &SM = Ctx.getSourceManager();
  FileID FID = SM.getFileID(SM.getFileLoc(L));
  auto It = Excluded.find(FID);
  if (It != Excluded.end())
    return It->second;
  return Excluded[FID] = EC.Policy.isExcludedPath(fileName(FID));
}

const std::vector<unsigned> &TUExtractor::recordSources(const RecordDecl *RD) {
  RD = RD->getDefinition() ? RD->getDefinition() : RD;
  auto It = RecordFields.find(RD);
  if (It != RecordFields.end())
    return It->second;
  RecordFields[RD] = {}; // a record that holds itself adds nothing
  std::vector<unsigned> Out;
  SourceManager &SM = Ctx.getSourceManager();
  if (RD->isCompleteDefinition() &&
      !SM.isInSystemHeader(SM.getFileLoc(RD->getLocation()))) {
    for (const FieldDecl *F : RD->fields()) {
      if (auto S = sourceOf(F)) {
        Out.push_back(*S);
        continue;
      }
      if (const RecordDecl *Inner = F->getType()->getAsRecordDecl())
        for (unsigned S : recordSources(Inner))
          Out.push_back(S);
    }
  }
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return RecordFields[RD] = std::move(Out);
}

const std::vector<unsigned> &TUExtractor::fieldsRead(const FunctionDecl *FD,
                                                     const ParmVarDecl *Param) {
  auto Key = std::make_pair(FD, Param);
  auto It = FieldsRead.find(Key);
  if (It != FieldsRead.end())
    return It->second;
  std::vector<unsigned> Out;
  // Every classified field on a member chain rooted at the parameter:
  // "p.phone", "p.contact.email", "p->iin".
  struct Walker : RecursiveASTVisitor<Walker> {
    TUExtractor &TU;
    const ParmVarDecl *Param;
    std::vector<unsigned> &Out;
    Walker(TUExtractor &TU, const ParmVarDecl *Param,
           std::vector<unsigned> &Out)
        : TU(TU), Param(Param), Out(Out) {}
    bool VisitMemberExpr(MemberExpr *ME) {
      const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
      while (auto *Inner = dyn_cast<MemberExpr>(Base))
        Base = Inner->getBase()->IgnoreParenImpCasts();
      auto *Ref = dyn_cast<DeclRefExpr>(Base);
      if (!Ref || Ref->getDecl() != Param)
        return true;
      if (auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
        if (auto S = TU.sourceOf(F))
          Out.push_back(*S);
      } else if (auto *M = dyn_cast<CXXMethodDecl>(ME->getMemberDecl())) {
        if (auto S = TU.sourceOf(M)) // a getter named after the data
          Out.push_back(*S);
      }
      return true;
    }
  } W(*this, Param, Out);
  if (const FunctionDecl *Def = FD->getDefinition())
    if (Def->getBody())
      W.TraverseStmt(Def->getBody());
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return FieldsRead[Key] = std::move(Out);
}

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
  // Declarations in excluded paths still classify: a field of generated
  // code holds personal data when hand-written code logs it.
  if (L.isInvalid() || SM.isInSystemHeader(L) || !D->getIdentifier())
    return Result;

  classify::DeclInfo Info;
  if (!describe(D, Info))
    return Result;
  classify::Decision Dec = EC.Classifier.classify(Info);
  if (!Dec.Problem.empty()) {
    facts::Location Where = location(D->getLocation());
    support::logWarning(Where.File + ":" + std::to_string(Where.Line) + ":" +
                        std::to_string(Where.Column) + ": " + Dec.Problem);
  }
  if (!Dec.isPersonal())
    return Result;

  facts::SourceDecl S;
  S.Usr = usr(D);
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

std::string TUExtractor::usr(const Decl *D) {
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(D, Usr))
    return "piiflow:" + qualifiedName(cast<NamedDecl>(D));
  return Usr.str().str();
}

bool TUExtractor::describe(const NamedDecl *D, classify::DeclInfo &Info) {
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
    if (const Expr *Init = V->getInit())
      Info.LiteralInit =
          isa<StringLiteral, IntegerLiteral, FloatingLiteral, CharacterLiteral>(
              Init->IgnoreParenImpCasts());
  } else {
    return false;
  }
  Info.Type = typeKind(T);
  Info.TypeNames = typeNames(T, Ctx);
  Info.TypeName = T.getAsString(Ctx.getPrintingPolicy());
  for (const Decl *R : D->redecls())
    for (const auto *A : R->specific_attrs<AnnotateAttr>())
      Info.Annotations.push_back(A->getAnnotation().str());
  return true;
}

std::vector<facts::Declaration> TUExtractor::explain() {
  struct Collector : RecursiveASTVisitor<Collector> {
    TUExtractor &TU;
    SourceManager &SM;
    std::vector<facts::Declaration> Out;
    llvm::DenseSet<const Decl *> Seen;
    Collector(TUExtractor &TU, SourceManager &SM) : TU(TU), SM(SM) {}
    bool shouldVisitTemplateInstantiations() const { return false; }
    bool VisitNamedDecl(NamedDecl *D) {
      if (!isa<FieldDecl, VarDecl, FunctionDecl>(D) || !D->getIdentifier() ||
          D->isImplicit() || !Seen.insert(D->getCanonicalDecl()).second)
        return true;
      SourceLocation L = SM.getFileLoc(D->getLocation());
      if (L.isInvalid() || SM.isInSystemHeader(L) || TU.isExcluded(L))
        return true;
      classify::DeclInfo Info;
      if (!TU.describe(D, Info))
        return true;
      classify::Decision Dec = TU.EC.Classifier.classify(Info);
      if (!Dec.Problem.empty()) {
        facts::Location Where = TU.location(D->getLocation());
        support::logWarning(Where.File + ":" + std::to_string(Where.Line) +
                            ":" + std::to_string(Where.Column) + ": " +
                            Dec.Problem);
      }
      if (auto *FD = dyn_cast<FunctionDecl>(D))
        if (const policy::Pattern *San = TU.EC.Policy.findSanitizer(
                qualifiedName(FD), FD->getNameAsString())) {
          Dec = classify::Decision();
          Dec.By = classify::Evidence::Name;
          Dec.Reason = "a sanitizer ('" + San->Glob.pattern().str() + "' in " +
                       San->Origin + "): its result no longer holds the data";
        }
      if (!Dec.isPersonal() && Dec.By != classify::Evidence::Annotation &&
          !TU.EC.Classifier.mentionsTerm(Info.Name) &&
          !(TU.EC.KeepName && TU.EC.KeepName(Info.Name)))
        return true;
      facts::Declaration Decl;
      Decl.Usr = TU.usr(D);
      Decl.Name = isa<ParmVarDecl>(D) ? D->getNameAsString() : qualifiedName(D);
      Decl.DeclKind = classify::toString(Info.Kind).str();
      Decl.Category = Dec.Category;
      Decl.Evidence = classify::toString(Dec.By).str();
      Decl.Reason = Dec.Reason.empty()
                        ? "no category term ends the name '" + Info.Name + "'"
                        : Dec.Reason;
      Decl.Where = TU.location(D->getLocation());
      Out.push_back(std::move(Decl));
      return true;
    }
  } C(*this, Ctx.getSourceManager());
  C.TraverseAST(Ctx);
  return std::move(C.Out);
}

bool TUExtractor::isUserCode(const FunctionDecl *FD) {
  SourceManager &SM = Ctx.getSourceManager();
  SourceLocation L = SM.getFileLoc(FD->getCanonicalDecl()->getLocation());
  return L.isValid() && !SM.isInSystemHeader(L);
}

const VarDecl *TUExtractor::thisVar(const CXXMethodDecl *MD) {
  const VarDecl *&V = ThisVars[MD];
  if (!V)
    V = ImplicitParamDecl::Create(
        Ctx, const_cast<CXXMethodDecl *>(MD), MD->getLocation(),
        &Ctx.Idents.get("this"), MD->getThisType(), ImplicitParamKind::CXXThis);
  return V;
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
  // Models of a profile the policy does not enable do not apply.
  llvm::erase_if(CI.Models, [&](const models::Model *M) {
    return !M->Profile.empty() &&
           !llvm::is_contained(EC.Policy.Profiles, M->Profile);
  });
  if (const policy::Pattern *San =
          EC.Policy.findSanitizer(CI.QualifiedName, Simple)) {
    CI.Sanitizer = true;
    CI.Protects = San->Categories;
  }
  // Several sanitizers protect the union of their categories.
  bool All = CI.Sanitizer && CI.Protects.empty();
  for (const models::Model *M : CI.Models) {
    if (M->Kind != models::Role::Sanitizer || !M->To.Return || All)
      continue;
    CI.Sanitizer = true;
    if (M->Categories.empty()) {
      All = true;
      CI.Protects.clear();
    } else {
      CI.Protects.insert(CI.Protects.end(), M->Categories.begin(),
                         M->Categories.end());
    }
  }
  if (!CI.Sanitizer && CI.Models.empty())
    CI.Source = sourceOf(FD);
  return Callees[FD] = std::move(CI);
}

std::optional<unsigned> TUExtractor::modelSource(const FunctionDecl *FD,
                                                 const models::Model &M) {
  FD = FD->getCanonicalDecl();
  auto Key = std::make_pair(static_cast<const Decl *>(FD), &M);
  if (auto It = ModelSources.find(Key); It != ModelSources.end())
    return It->second;
  std::optional<unsigned> Result;
  if (!M.Categories.empty() && EC.Policy.findCategory(M.Categories.front())) {
    facts::SourceDecl S;
    // One source per function and category, the same in every TU.
    S.Usr = usr(FD) + "#" + M.Categories.front();
    S.Name = qualifiedName(FD);
    S.DeclKind = "function";
    S.Category = M.Categories.front();
    S.Reason = "the model " + M.File + "#" + M.Pointer + " says '" + S.Name +
               "' yields " + S.Category;
    S.Where = location(FD->getLocation());
    Result = Out.Sources.size();
    Out.Sources.push_back(std::move(S));
  }
  return ModelSources[Key] = Result;
}

facts::TUFacts TUExtractor::run() {
  SourceManager &SM = Ctx.getSourceManager();
  if (auto FE = SM.getFileEntryRefForID(SM.getMainFileID()))
    Out.MainFile = fileName(SM.getMainFileID());
  FunctionCollector Collector(SM, *this);
  Collector.TraverseAST(Ctx);
  for (const FunctionDecl *FD : Collector.Functions) {
    facts::FunctionFacts F = analyzeFunction(*this, FD);
    if (F.Edges.empty())
      continue;
    F.Usr = usr(FD);
    F.Signature = signatureOf(FD->getType()->getAs<FunctionProtoType>());
    Out.Functions.push_back(std::move(F));
  }
  Collector.escapingLambdas();
  for (const DeclRefExpr *R : Collector.Refs)
    if (!Collector.Called.count(R))
      Collector.Taken.push_back(cast<FunctionDecl>(R->getDecl()));
  std::set<facts::AddressTaken> Taken;
  for (const FunctionDecl *FD : Collector.Taken)
    Taken.insert(
        {usr(FD), signatureOf(FD->getType()->getAs<FunctionProtoType>())});
  for (const CXXMethodDecl *MD : Collector.MemberRefs)
    Taken.insert({usr(MD), memberSignatureOf(
                               MD->getParent(),
                               MD->getType()->getAs<FunctionProtoType>())});
  Out.AddressTakenFunctions.assign(Taken.begin(), Taken.end());
  std::set<facts::FieldTarget> Targets;
  for (const auto &[F, FD] : Collector.FieldTargets)
    Targets.insert({usr(F), usr(FD)});
  Out.FieldTargets.assign(Targets.begin(), Targets.end());
  return std::move(Out);
}

} // namespace piiflow::extract
