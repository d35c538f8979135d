//===- FunctionAnalyzer.cpp - intraprocedural taint over the CFG ----------===//
#include "Extract/FunctionAnalyzer.h"

#include "Extract/TUExtractor.h"
#include "Support/Log.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Path.h"

#include <deque>
#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace piiflow::extract {
namespace {

/// One step of a path, shared between the taints that extend it. A large
/// function makes hundreds of thousands and few end up on an edge, so a node
/// keeps the source range and the interned message (32 bytes), and becomes a
/// facts::Step (file, line, column) only on an edge.
struct PathNode {
  const PathNode *Parent;
  SourceRange Where;
  const std::string *Message;
  unsigned Length;
  facts::StepKind Kind;
};

/// Labels at or above this are symbolic (a parameter, a call's result):
/// the link step resolves them. Below it, a label is a source of the TU.
constexpr unsigned SymBase = 1u << 30;
bool isSymbolic(unsigned Label) { return Label >= SymBase; }

/// Data of one label, with the shortest path found to here.
struct Taint {
  unsigned Source; ///< the label
  const PathNode *Path;
  /// Symbolic labels: the categories (bits by policy index) that sanitizers
  /// on the way removed.
  uint64_t Blocked = 0;
};

facts::Label labelOf(facts::LabelKind K, unsigned Param) {
  facts::Label L;
  L.Kind = K;
  L.Param = Param;
  return L;
}

facts::Point pointOf(facts::PointKind K, unsigned Param) {
  facts::Point P;
  P.Kind = K;
  P.Param = Param;
  return P;
}

bool taintLess(const Taint &A, const Taint &B) {
  return std::tie(A.Source, A.Blocked) < std::tie(B.Source, B.Blocked);
}

/// Sorted by (Source, Blocked); at most one entry for each.
using TaintSet = llvm::SmallVector<Taint, 2>;

/// Adds From into Into, keeping the shorter path per label. True if changed.
/// A variable that would hold more symbolic labels than this (what many
/// calls returned or wrote, in a large C function) holds one join label
/// instead, which the link resolves to all of them (see Analyzer::joined).
constexpr size_t MaxLabelsPerValue = 32;

bool joinInto(TaintSet &Into, const TaintSet &From) {
  bool Changed = false;
  for (const Taint &T : From) {
    auto It = llvm::lower_bound(Into, T, taintLess);
    if (It == Into.end() || It->Source != T.Source ||
        It->Blocked != T.Blocked) {
      Into.insert(It, T);
      Changed = true;
    } else if (T.Path->Length < It->Path->Length) {
      It->Path = T.Path;
      Changed = true;
    }
  }
  return Changed;
}

/// A chain of fields below a variable: "contact.phone" of "p".
using FieldPath = llvm::SmallVector<const FieldDecl *, 2>;
/// Paths in the order of their fields in their records (not by address,
/// which differs between runs: the order decides which of two equally
/// short paths a join keeps).
struct FieldPathLess {
  static auto key(const FieldDecl *F) {
    return std::make_pair(F->getFieldIndex(),
                          F->getLocation().getRawEncoding());
  }
  bool operator()(const FieldPath &A, const FieldPath &B) const {
    return std::lexicographical_compare(
        A.begin(), A.end(), B.begin(), B.end(),
        [](const FieldDecl *X, const FieldDecl *Y) { return key(X) < key(Y); });
  }
};
/// Paths are tracked this deep; a store below it counts for its prefix.
constexpr size_t MaxFieldDepth = 3;

/// Whether A is B or a prefix of it ("contact" of "contact.phone").
bool isPrefix(llvm::ArrayRef<const FieldDecl *> A,
              llvm::ArrayRef<const FieldDecl *> B) {
  return A.size() <= B.size() && A == B.take_front(A.size());
}

std::string dotted(llvm::ArrayRef<const FieldDecl *> Path) {
  std::string Out;
  for (const FieldDecl *F : Path)
    Out += (Out.empty() ? "" : ".") + F->getNameAsString();
  return Out;
}

/// What is known of one variable at a program point.
struct VarState {
  TaintSet T;
  /// Whether the variable may still hold what it held on entry (or at its
  /// declaration): then a variable classified by its name is a source.
  /// A whole-variable assignment clears it ("phone = mask(phone)").
  bool NameLive = true;
  /// What was stored into fields of the variable ("msg.body = phone",
  /// "p.contact.phone = x"): reading another field ("msg.id") does not read
  /// it; reading a field reads what was stored into it, into the records
  /// around it and into the fields within it.
  std::map<FieldPath, TaintSet, FieldPathLess> Fields;
};

/// Everything a variable holds: the whole and each field.
TaintSet whole(const VarState &VS) {
  TaintSet T = VS.T;
  for (const auto &[F, FT] : VS.Fields)
    joinInto(T, FT);
  return T;
}

/// Variables absent from the map are untouched: no taint, name live.
using State = std::map<const VarDecl *, VarState>;

bool sameTaint(const TaintSet &A, const TaintSet &B) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I)
    if (A[I].Source != B[I].Source || A[I].Blocked != B[I].Blocked ||
        A[I].Path->Length != B[I].Path->Length)
      return false;
  return true;
}

bool sameState(const State &A, const State &B) {
  if (A.size() != B.size())
    return false;
  for (auto IA = A.begin(), IB = B.begin(); IA != A.end(); ++IA, ++IB) {
    if (IA->first != IB->first || IA->second.NameLive != IB->second.NameLive ||
        !sameTaint(IA->second.T, IB->second.T) ||
        IA->second.Fields.size() != IB->second.Fields.size())
      return false;
    for (auto FA = IA->second.Fields.begin(), FB = IB->second.Fields.begin();
         FA != IA->second.Fields.end(); ++FA, ++FB)
      if (FA->first != FB->first || !sameTaint(FA->second, FB->second))
        return false;
  }
  return true;
}

/// The join of the states at the ends of a block's predecessors: taint is a
/// union; a name stays live if it is live on any incoming path, including
/// the paths that never touched the variable.
State joinStates(llvm::ArrayRef<const State *> Preds) {
  State Out;
  for (const State *P : Preds)
    for (const auto &[V, VS] : *P) {
      VarState &Into = Out[V];
      joinInto(Into.T, VS.T);
      for (const auto &[F, T] : VS.Fields)
        joinInto(Into.Fields[F], T);
    }
  for (auto &[V, VS] : Out) {
    bool Live = false;
    for (const State *P : Preds) {
      auto It = P->find(V);
      Live |= It == P->end() || It->second.NameLive;
    }
    VS.NameLive = Live;
  }
  return Out;
}

const Expr *strip(const Expr *E) {
  while (true) {
    if (auto *P = dyn_cast<ParenExpr>(E))
      E = P->getSubExpr();
    else if (auto *F = dyn_cast<FullExpr>(E))
      E = F->getSubExpr();
    else if (auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (auto *C = dyn_cast<CastExpr>(E))
      E = C->getSubExpr();
    else
      return E;
  }
}

bool isBooleanCast(CastKind K) {
  return K == CK_IntegralToBoolean || K == CK_PointerToBoolean ||
         K == CK_FloatingToBoolean || K == CK_MemberPointerToBoolean;
}

std::string displayName(const NamedDecl *D) {
  if (auto *V = dyn_cast<VarDecl>(D); V && (V->isLocalVarDeclOrParm()))
    return V->getNameAsString();
  return qualifiedName(D);
}

/// Whether a parameter of this type lets the callee write into the
/// caller's variable: a reference or pointer to something not const.
bool isOutParameter(QualType T) {
  if (T->isReferenceType() || T->isPointerType()) {
    QualType P = T->getPointeeType();
    return !P.isConstQualified() && !P->isFunctionType();
  }
  return false;
}

std::string functionName(TUExtractor &TU, const FunctionDecl *FD);

bool containsTry(const Stmt *S) {
  if (!S)
    return false;
  if (isa<CXXTryStmt>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (containsTry(Child))
      return true;
  return false;
}

class Analyzer {
public:
  Analyzer(TUExtractor &TU, const FunctionDecl *FD) : TU(TU), FD(FD) {
    HasHandlers = containsTry(FD->getBody());
    if (auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isInstance())
      ThisVar = TU.thisVar(MD);
  }

  facts::FunctionFacts run();

private:
  TUExtractor &TU;
  const FunctionDecl *FD;
  std::deque<PathNode> Nodes;
  /// The messages of the path steps, each kept once.
  std::set<std::string> Messages;
  State Cur;
  /// A function whose analysis would need more path steps than this is
  /// given up (with a warning) rather than exhausting memory.
  static constexpr size_t MaxPathNodes = 400000;
  bool Overflow = false;
  /// What the fixpoint has done so far: the sizes of the states it joined.
  /// Past MaxWork the analysis stops (with a warning) and reports the flows
  /// found until then.
  size_t Work = 0;
  static constexpr size_t MaxWork = 50000000;

  /// Global variables (namespace scope, static members, static locals) that
  /// may carry data between functions, by their number in the facts'
  /// Globals: what a function stores in one reaches its global point, and
  /// a read of one gives its global label, which the link resolves to what
  /// every function stored in it.
  std::vector<std::string> Globals;
  std::map<const VarDecl *, unsigned> GlobalIds;
  static bool carriesData(const VarDecl *V) {
    if (!V->hasGlobalStorage() || isa<ParmVarDecl>(V) ||
        isa<ImplicitParamDecl>(V))
      return false;
    QualType T = V->getType();
    if (T.isConstQualified() || T->isBooleanType() || T->isEnumeralType() ||
        T->isRealFloatingType())
      return false;
    if (auto *A = T->getAsArrayTypeUnsafe())
      return !A->getElementType().isConstQualified();
    return true;
  }
  unsigned globalId(const VarDecl *V) {
    auto [It, New] = GlobalIds.emplace(V, unsigned(Globals.size()));
    if (New)
      Globals.push_back(TU.usr(V));
    return It->second;
  }
  /// Global labels by variable: a USR is made once per global, not at
  /// every read and every block's end.
  llvm::DenseMap<const VarDecl *, unsigned> GlobalLabels;
  unsigned globalLabel(const VarDecl *V) {
    auto [It, New] = GlobalLabels.try_emplace(V, 0);
    if (New) {
      facts::Label L;
      L.Kind = facts::LabelKind::Global;
      L.SourceUsr = TU.usr(V);
      It->second = sym(L);
    }
    return It->second;
  }
  /// What a read of a global gives besides what this function stored.
  TaintSet globalRead(const VarDecl *V, SourceRange R) {
    return TaintSet{{globalLabel(V),
                     extend(nullptr, facts::StepKind::Read, R,
                            "'" + V->getNameAsString() +
                                "' is read: a global, what any function "
                                "stored in it"),
                     0}};
  }
  /// What the globals hold at the end of a block reaches their points.
  void storeGlobals() {
    for (const auto &[V, VS] : Cur) {
      if (!carriesData(V))
        continue;
      facts::Point P;
      P.Kind = facts::PointKind::Global;
      P.Index = globalId(V);
      unsigned Own = globalLabel(V);
      for (const Taint &X : whole(VS))
        if (X.Source != Own)
          addEdge(X, P);
    }
  }

  /// Variables that hold a join label instead of their symbolic labels,
  /// with the join's number: what would be stored in them reaches the join
  /// point (an edge), and the join label stands for all of it. Once joined,
  /// a variable stays joined, so that the fixpoint stays monotone.
  std::map<const VarDecl *, unsigned> Joins;
  /// Replaces the symbolic labels of variables with too many of them (and
  /// of variables already joined) by their join label.
  void joined(State &S) {
    // New joins are numbered in the order of their variables' declarations
    // (the state is ordered by address, which differs between runs).
    llvm::SmallVector<const VarDecl *, 4> New;
    for (const auto &[V, VS] : S) {
      if (Joins.count(V))
        continue;
      bool Many = symbolic(VS.T) > MaxLabelsPerValue;
      for (const auto &[Path, T] : VS.Fields)
        Many |= symbolic(T) > MaxLabelsPerValue;
      if (Many)
        New.push_back(V);
    }
    llvm::sort(New, [](const VarDecl *A, const VarDecl *B) {
      return std::make_pair(A->getLocation().getRawEncoding(), A->getName()) <
             std::make_pair(B->getLocation().getRawEncoding(), B->getName());
    });
    for (const VarDecl *V : New)
      Joins.emplace(V, unsigned(Joins.size()));
    for (auto &[V, VS] : S) {
      auto J = Joins.find(V);
      if (J == Joins.end())
        continue;
      collapse(VS.T, V, J->second);
      for (auto &[Path, T] : VS.Fields)
        collapse(T, V, J->second);
    }
  }
  static size_t symbolic(const TaintSet &T) {
    return llvm::count_if(T,
                          [](const Taint &X) { return isSymbolic(X.Source); });
  }
  void collapse(TaintSet &T, const VarDecl *V, unsigned K) {
    unsigned Id = sym(labelOf(facts::LabelKind::Join, K));
    facts::Point P = pointOf(facts::PointKind::Join, K);
    TaintSet Out;
    bool Any = false;
    for (const Taint &X : T) {
      if (!isSymbolic(X.Source) || (X.Source == Id && X.Blocked == 0)) {
        Out.push_back(X);
        continue;
      }
      addEdge(X, P);
      Any = true;
    }
    if (Any)
      joinInto(Out, TaintSet{{Id,
                              extend(nullptr, facts::StepKind::Store,
                                     V->getSourceRange(),
                                     "held in '" + V->getNameAsString() +
                                         "' with many other values"),
                              0}});
    T = std::move(Out);
  }

  /// Symbolic labels of this function, by id - SymBase.
  std::vector<facts::Label> Syms;
  std::map<facts::Label, unsigned> SymIds;
  unsigned sym(const facts::Label &L) {
    auto [It, New] = SymIds.emplace(L, SymBase + Syms.size());
    if (New)
      Syms.push_back(L);
    return It->second;
  }
  /// The bit of a category in Taint::Blocked (none past the 64th).
  uint64_t categoryBit(const std::string &Id) {
    const auto &Cs = TU.context().Policy.Categories;
    for (size_t I = 0; I < Cs.size() && I < 64; ++I)
      if (Cs[I].Id == Id)
        return uint64_t(1) << I;
    return 0;
  }

  /// Sink calls, by (call, model).
  std::map<std::pair<const Expr *, const models::Model *>, unsigned> SinkIds;
  std::vector<facts::SinkSite> Sinks;
  /// Calls into functions without a model, by call expression.
  std::map<const Expr *, unsigned> CallIds;
  std::vector<facts::CallSite> Calls;
  /// What reaches where: (label, blocked, point) -> the shortest path.
  std::map<std::tuple<unsigned, uint64_t, facts::Point>, const PathNode *>
      Edges;
  void addEdge(const Taint &X, const facts::Point &P) {
    auto Key = std::make_tuple(X.Source, X.Blocked, P);
    auto It = Edges.find(Key);
    if (It == Edges.end() || X.Path->Length < It->second->Length)
      Edges[Key] = X.Path;
  }
  void addEdges(const TaintSet &T, const facts::Point &P) {
    for (const Taint &X : T)
      addEdge(X, P);
  }
  /// What the function's code throws (flow-insensitive): the variable of a
  /// catch handler holds it.
  /// By the thrown type (canonical, unqualified; null when not known: what
  /// a call throws).
  /// In the order first thrown, so that joins are deterministic.
  std::vector<std::pair<const clang::Type *, TaintSet>> Thrown;
  TaintSet &thrownOf(const clang::Type *Ty) {
    for (auto &[T, Ts] : Thrown)
      if (T == Ty)
        return Ts;
    return Thrown.emplace_back(Ty, TaintSet()).second;
  }
  /// What a handler for exceptions of type T (null: "catch (...)") catches
  /// of what the function throws: the thrown values of T or of a class
  /// derived from it, and every value of unknown type.
  TaintSet caught(QualType T) {
    TaintSet Out;
    const CXXRecordDecl *HR = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
    if (!T.isNull() && T->isPointerType())
      HR = T->getPointeeType()->getAsCXXRecordDecl();
    for (const auto &[Ty, Ts] : Thrown) {
      bool Match = !Ty || T.isNull() ||
                   Ty == T.getCanonicalType().getUnqualifiedType().getTypePtr();
      if (!Match && HR) {
        QualType Thrown(Ty, 0);
        const CXXRecordDecl *TR =
            Thrown->isPointerType()
                ? Thrown->getPointeeType()->getAsCXXRecordDecl()
                : Thrown->getAsCXXRecordDecl();
        Match = TR && TR->hasDefinition() &&
                (TR->getCanonicalDecl() == HR->getCanonicalDecl() ||
                 TR->isDerivedFrom(HR));
      }
      if (!Match && !T->isRecordType() && !T->isPointerType())
        Match = !QualType(Ty, 0)->isRecordType(); // numbers convert
      if (Match)
        joinInto(Out, Ts);
    }
    return Out;
  }
  /// Whether the body has a try statement (else what its callees throw
  /// passes through it).
  bool HasHandlers = false;
  /// The variable that stands for the object of a method ("this").
  const VarDecl *ThisVar = nullptr;
  /// What an expression designates in this function's state: a variable,
  /// or a field path below it ("msg.body", "this->contact_.phone",
  /// "p->contact.phone" where p points to a local). Not Exact when it is a
  /// part that a store does not replace whole (an element, a pointee, a
  /// path cut at MaxFieldDepth).
  struct Place {
    const VarDecl *V = nullptr;
    FieldPath Path;
    bool Exact = true;
  };
  Place placeOf(const Expr *E, unsigned Depth = 0);
  /// Local pointers and references that are bound once to a place of this
  /// function ("Contact &c = p.contact", "char *q = buf"): their uses
  /// designate that place (see bindingOf).
  std::map<const VarDecl *, std::optional<Place>> Bindings;
  /// Pointer locals whose value is only ever read (never assigned, never
  /// passed by reference, never address-taken): computed once per body.
  std::optional<llvm::DenseSet<const VarDecl *>> Rebound;
  const Place *bindingOf(const VarDecl *V, unsigned Depth);
  /// The state slot of a place: the variable's whole or one field path.
  TaintSet &slot(const Place &P) {
    VarState &VS = Cur[P.V];
    return P.Path.empty() ? VS.T : VS.Fields[P.Path];
  }
  /// Stores T into a place: a strong store replaces what an exact place
  /// held (and what the fields within it held).
  void writePlace(const Place &P, const TaintSet &T, bool Strong, SourceRange R,
                  const std::string &Msg) {
    if (!P.V)
      return;
    if (P.Path.empty()) {
      write(P.V, T, Strong && P.Exact, R, Msg);
      return;
    }
    Reassigned.insert(P.V);
    VarState &VS = Cur[P.V];
    if (Strong && P.Exact)
      for (auto It = VS.Fields.begin(); It != VS.Fields.end();)
        It = isPrefix(P.Path, It->first) ? VS.Fields.erase(It) : std::next(It);
    if (!T.empty())
      joinInto(VS.Fields[P.Path], withStep(T, facts::StepKind::Store, R, Msg));
  }
  /// How messages name a place ("msg", "p.contact.phone").
  static std::string nameOf(const Place &P) {
    std::string Out = P.V ? P.V->getNameAsString() : "";
    if (!P.Path.empty())
      Out += "." + dotted(P.Path);
    return Out;
  }
  /// Whether E names a variable that this lambda captured.
  bool isCapture(const DeclRefExpr *E) const {
    if (!ThisVar || !E->refersToEnclosingVariableOrCapture())
      return false;
    auto *MD = dyn_cast<CXXMethodDecl>(FD);
    return MD && MD->getParent()->isLambda();
  }
  /// A function's parameters and object on entry: symbolic labels.
  State entryState();
  /// A call to a function piiflow has no model of, but may have the body
  /// of: recorded for the link step.
  TaintSet userCall(const Expr *Call, const FunctionDecl *Callee,
                    const Expr *Obj, const TaintSet &ObjT,
                    llvm::ArrayRef<const Expr *> Args,
                    llvm::ArrayRef<TaintSet> ArgT, int ParamShift,
                    const std::string &Signature, bool IsConstructor = false);

  /// Steps are shared: the same step after the same path is one node, so
  /// that the worklist visiting a block again does not grow the paths.
  llvm::DenseMap<std::tuple<const PathNode *, unsigned, unsigned, unsigned>,
                 llvm::SmallVector<const PathNode *, 1>>
      NodeIds;
  const PathNode *extend(const PathNode *Parent, facts::StepKind K,
                         SourceRange R, std::string Msg) {
    auto &Same = NodeIds[std::make_tuple(Parent, unsigned(K),
                                         R.getBegin().getRawEncoding(),
                                         R.getEnd().getRawEncoding())];
    for (const PathNode *N : Same)
      if (*N->Message == Msg)
        return N;
    if (Nodes.size() >= MaxPathNodes)
      Overflow = true;
    const std::string *M = &*Messages.insert(std::move(Msg)).first;
    Nodes.push_back({Parent, R, M, Parent ? Parent->Length + 1 : 1, K});
    Same.push_back(&Nodes.back());
    return &Nodes.back();
  }
  TaintSet withStep(const TaintSet &T, facts::StepKind K, SourceRange R,
                    const std::string &Msg) {
    TaintSet Out;
    for (const Taint &X : T)
      Out.push_back({X.Source, extend(X.Path, K, R, Msg), X.Blocked});
    return Out;
  }
  TaintSet readOf(unsigned Source, SourceRange R, std::string Msg) {
    return TaintSet{
        {Source, extend(nullptr, facts::StepKind::Read, R, std::move(Msg))}};
  }

  /// T without the categories a sanitizer protects (all when empty).
  TaintSet without(const TaintSet &T, const std::vector<std::string> &Protects,
                   SourceRange R, const std::string &Sanitizer) {
    TaintSet Out;
    if (Protects.empty())
      return Out;
    for (const Taint &X : T) {
      if (isSymbolic(X.Source)) {
        // Its category is known at the link: mark what was removed.
        uint64_t Blocked = X.Blocked;
        for (const std::string &C : Protects)
          Blocked |= categoryBit(C);
        Out.push_back({X.Source,
                       extend(X.Path, facts::StepKind::Call, R,
                              "passes through '" + Sanitizer + "'"),
                       Blocked});
        continue;
      }
      const std::string &Cat = TU.source(X.Source).Category;
      if (llvm::is_contained(Protects, Cat))
        continue;
      Out.push_back({X.Source, extend(X.Path, facts::StepKind::Call, R,
                                      "passes through '" + Sanitizer +
                                          "', which does not protect " + Cat)});
    }
    TaintSet Sorted;
    for (const Taint &X : Out)
      joinInto(Sorted, TaintSet{X});
    return Sorted;
  }

  void write(const VarDecl *V, const TaintSet &T, bool Strong, SourceRange R,
             const std::string &Msg) {
    if (!V)
      return;
    Reassigned.insert(V);
    VarState &VS = Cur[V];
    if (Strong) {
      VS.T.clear();
      VS.Fields.clear();
      VS.NameLive = false;
    }
    if (!T.empty())
      joinInto(VS.T, withStep(T, facts::StepKind::Store, R, Msg));
  }

  /// An assignment "Lhs = T" (or "Lhs += T" when not Strong): a strong
  /// update of an exact place (a variable, a field path), a weak one of a
  /// part (an element, a pointee). Returns the place.
  Place assign(const Expr *Lhs, const TaintSet &T, bool Strong, SourceRange R) {
    Place P = placeOf(Lhs);
    if (P.Path.empty())
      eval(Lhs); // for its effects ("a[i++] = x")
    if (!P.V)
      return P;
    writePlace(P, T, Strong, R,
               P.Path.empty() ? "assigned to '" + P.V->getNameAsString() + "'"
                              : "stored in '" + dotted(P.Path) + "'");
    // A reference that is assigned a new value names it no more.
    if (auto *D = dyn_cast<DeclRefExpr>(strip(Lhs)); D && Strong && P.Exact)
      if (auto *V = dyn_cast<VarDecl>(D->getDecl()); V && V != P.V)
        Cur[V].NameLive = false;
    return P;
  }

  const VarDecl *root(const Expr *E);
  /// The argument or object that a call returns an alias of (a model's
  /// "aliases": "s.append(x)" returns s).
  const Expr *aliased(const CallExpr *C);
  bool isSanitized(const Expr *E);
  TaintSet recordTaint(const Expr *Arg, const FunctionDecl *Callee,
                       int ParamIndex);
  const VarDecl *streamVariable(const Expr *E, unsigned Depth = 0);
  /// The variable a call writes into through E: its root, or what a local
  /// pointer or reference designates ("char *p = buf", "curl_mimepart *part
  /// = curl_mime_addpart(mime)").
  Place target(const Expr *E) {
    Place P = placeOf(E);
    if (P.Path.empty())
      if (const VarDecl *S = streamVariable(E); S && S != P.V)
        return {S, {}, false};
    return P;
  }
  bool holds(llvm::ArrayRef<const Expr *> Args, const Expr *Obj,
             const models::Condition &C);
  /// The variable a declaration is constructing while its initialiser is
  /// evaluated: a constructor's "this".
  const VarDecl *Constructing = nullptr;
  bool matchesType(QualType T, const models::Condition &C);
  bool comesFrom(const Expr *E, const models::Condition &C);
  std::optional<std::string> constantString(const Expr *E, unsigned Depth = 0);
  /// Where a third-party sink sends: Known is false when no constant says.
  struct Destination {
    bool Known = false;
    std::string Host;
  };
  Destination destination(const models::Model &M,
                          llvm::ArrayRef<const Expr *> Args, const Expr *Obj);
  /// Whether the policy approves this destination of a flow.
  bool approved(const models::Model &M, const Destination &D,
                const std::string &Callee);
  /// What a storage sink writes to, for the data map (SinkSite::Target).
  std::string storageTarget(llvm::ArrayRef<const Expr *> Args, const Expr *Obj);
  /// Client handles (curl's CURL *) and the destination a recipient model
  /// gave them in this function.
  std::map<const VarDecl *, Destination> Recipients;
  /// Locals written after their declaration (their initialiser is not
  /// their value everywhere).
  llvm::DenseSet<const VarDecl *> Reassigned;
  TaintSet eval(const Expr *E);
  TaintSet evalDeclRef(const DeclRefExpr *E);
  TaintSet evalCall(const CallExpr *C);
  /// Reads a field path: what its field's name says, what was stored in it
  /// (and around and within it), and what the variable holds as a whole
  /// unless a record on the way is read field by field.
  TaintSet readField(const Place &P, SourceRange R);
  struct Accessor {
    FieldPath Path;
    int Param = -1; ///< the stored parameter of a setter; -1: a getter
  };
  std::optional<Accessor> accessorOf(const FunctionDecl *Callee);
  TaintSet evalConstruct(const CXXConstructExpr *C);
  TaintSet applyModels(const Expr *Call, const FunctionDecl *Callee,
                       const Expr *Obj, const TaintSet &ObjT,
                       llvm::ArrayRef<const Expr *> Args,
                       llvm::ArrayRef<TaintSet> ArgT, bool IsConstructor);
  /// A call that an invoker model applies to: a call of the callable it
  /// names, with the call's arguments (see docs/models.md).
  TaintSet invoke(const Expr *Call, const FunctionDecl *Callee,
                  const models::Model &M, const Expr *Obj, const TaintSet &ObjT,
                  llvm::ArrayRef<const Expr *> Args,
                  llvm::ArrayRef<TaintSet> ArgT, int Shift);
  void visit(const Stmt *S);
  /// "Header copy = e.hdr": the copy gets what the fields of the original
  /// hold, field by field. False if Init is no such copy.
  bool copyRecord(const VarDecl *V, const Expr *Init);
  /// "Envelope e{{p.phone, id}, {}}": aggregate initialisation stores into
  /// each field. False if Init is no such list.
  bool initRecord(const VarDecl *V, const Expr *Init);
  void initFields(const InitListExpr *IL, FieldPath &Path, VarState &Into);
  void recordSink(const Expr *Call, const models::Model *M,
                  const std::string &Callee, const TaintSet &T,
                  const std::string &Recipient, bool Approved = false,
                  const std::string &Target = "");
};

const VarDecl *Analyzer::root(const Expr *E) {
  E = strip(E);
  if (auto *D = dyn_cast<DeclRefExpr>(E)) {
    if (isCapture(D))
      return ThisVar;
    if (auto *B = dyn_cast<BindingDecl>(D->getDecl()))
      return B->getHoldingVar()
                 ? B->getHoldingVar()
                 : dyn_cast_or_null<VarDecl>(B->getDecomposedDecl());
    return dyn_cast<VarDecl>(D->getDecl());
  }
  if (isa<CXXThisExpr>(E))
    return ThisVar;
  // A field stands for its object ("this->note_", "msg.body"): objects are
  // not split into fields.
  if (auto *M = dyn_cast<MemberExpr>(E))
    return isa<FieldDecl>(M->getMemberDecl()) ? root(M->getBase()) : nullptr;
  if (auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf)
      return root(U->getSubExpr());
  if (auto *A = dyn_cast<ArraySubscriptExpr>(E))
    return root(A->getBase());
  // A handle passed by value is a copy of a variable (sentry_value_t): the
  // call acts on what the variable holds.
  if (auto *CE = dyn_cast<CXXConstructExpr>(E))
    if (CE->getConstructor() &&
        CE->getConstructor()->isCopyOrMoveConstructor() &&
        CE->getNumArgs() >= 1)
      return root(CE->getArg(0));
  if (auto *C = dyn_cast<CallExpr>(E))
    if (const Expr *A = aliased(C))
      return root(A);
  return nullptr;
}

const Expr *Analyzer::aliased(const CallExpr *C) {
  const FunctionDecl *Callee = C->getDirectCallee();
  if (!Callee)
    return nullptr;
  bool MemberOp = isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(Callee);
  for (const models::Model *M : TU.callee(Callee).Models) {
    if (!M->Aliases)
      continue;
    if (M->Aliases->This) {
      if (auto *MC = dyn_cast<CXXMemberCallExpr>(C))
        return MC->getImplicitObjectArgument();
      if (MemberOp && C->getNumArgs() > 0)
        return C->getArg(0);
    }
    for (unsigned I = 0; I < C->getNumArgs(); ++I)
      if (M->Aliases->hasArg(I))
        return C->getArg(I);
  }
  return nullptr;
}

Analyzer::Place Analyzer::placeOf(const Expr *E, unsigned Depth) {
  E = strip(E);
  if (Depth > 8)
    return {};
  if (auto *D = dyn_cast<DeclRefExpr>(E)) {
    // A captured variable is a part of the closure object.
    if (isCapture(D))
      return {ThisVar, {}, false};
    auto *V = dyn_cast<VarDecl>(D->getDecl());
    if (!V)
      return {root(E), {}, false}; // a structured binding: a part
    if (const Place *B = bindingOf(V, Depth))
      return *B;
    return {V, {}, true};
  }
  if (isa<CXXThisExpr>(E))
    return {ThisVar, {}, true};
  if (auto *M = dyn_cast<MemberExpr>(E)) {
    auto *F = dyn_cast<FieldDecl>(M->getMemberDecl());
    if (!F)
      return {};
    // "p->f" and "(*p).f": a field of what p designates (a pointer
    // variable's state stands for what it points to).
    const Expr *Base = strip(M->getBase());
    if (auto *U = dyn_cast<UnaryOperator>(Base);
        U && U->getOpcode() == UO_Deref)
      Base = U->getSubExpr();
    if (auto *D = dyn_cast<DeclRefExpr>(strip(Base)); D && isCapture(D))
      return {ThisVar, {}, false};
    Place P = placeOf(Base, Depth + 1);
    if (!P.V)
      return {};
    if (P.Path.size() >= MaxFieldDepth)
      P.Exact = false; // cut: the store counts for the prefix
    else
      P.Path.push_back(F);
    return P;
  }
  if (auto *U = dyn_cast<UnaryOperator>(E)) {
    if (U->getOpcode() == UO_AddrOf)
      return placeOf(U->getSubExpr(), Depth + 1);
    if (U->getOpcode() == UO_Deref) {
      Place P = placeOf(U->getSubExpr(), Depth + 1);
      P.Exact = false;
      return P;
    }
    return {};
  }
  if (auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
    if (A->getIdx()->HasSideEffects(TU.ast()))
      return {root(E), {}, false};
    Place P = placeOf(A->getBase(), Depth + 1);
    P.Exact = false;
    return P;
  }
  if (auto *CE = dyn_cast<CXXConstructExpr>(E))
    if (CE->getConstructor() &&
        CE->getConstructor()->isCopyOrMoveConstructor() &&
        CE->getNumArgs() >= 1) {
      Place P = placeOf(CE->getArg(0), Depth + 1);
      P.Exact = false;
      return P;
    }
  if (auto *C = dyn_cast<CallExpr>(E))
    if (const Expr *A = aliased(C)) {
      Place P = placeOf(A, Depth + 1);
      P.Exact = false;
      return P;
    }
  return {};
}

/// Whether E only designates a place: evaluating it again has no effect.
static bool isPlaceExpr(const Expr *E, ASTContext &Ctx) {
  E = strip(E);
  if (auto *D = dyn_cast<DeclRefExpr>(E))
    return isa<VarDecl>(D->getDecl());
  if (isa<CXXThisExpr>(E))
    return true;
  if (auto *M = dyn_cast<MemberExpr>(E))
    return isa<FieldDecl>(M->getMemberDecl()) && isPlaceExpr(M->getBase(), Ctx);
  if (auto *U = dyn_cast<UnaryOperator>(E))
    return (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref) &&
           isPlaceExpr(U->getSubExpr(), Ctx);
  if (auto *A = dyn_cast<ArraySubscriptExpr>(E))
    return !A->getIdx()->HasSideEffects(Ctx) && isPlaceExpr(A->getBase(), Ctx);
  return false;
}

/// Collects the pointer locals that a body may change after their
/// declaration: every use that is not a plain read of the value.
static void collectRebound(const Stmt *S,
                           llvm::DenseSet<const VarDecl *> &Out) {
  if (!S)
    return;
  if (auto *C = dyn_cast<ImplicitCastExpr>(S);
      C && C->getCastKind() == CK_LValueToRValue &&
      isa<DeclRefExpr>(C->getSubExpr()->IgnoreParens()))
    return;
  if (auto *D = dyn_cast<DeclRefExpr>(S))
    if (auto *V = dyn_cast<VarDecl>(D->getDecl());
        V && V->getType()->isPointerType())
      Out.insert(V);
  for (const Stmt *Child : S->children())
    collectRebound(Child, Out);
}

const Analyzer::Place *Analyzer::bindingOf(const VarDecl *V, unsigned Depth) {
  if (!V->isLocalVarDecl() || !V->getInit() || Depth > 8)
    return nullptr;
  bool Ref = V->getType()->isReferenceType();
  if (!Ref && !V->getType()->isPointerType())
    return nullptr;
  auto [It, New] = Bindings.try_emplace(V);
  if (!New)
    return It->second ? &*It->second : nullptr;
  if (!Ref) {
    if (!Rebound) {
      Rebound.emplace();
      collectRebound(FD->getBody(), *Rebound);
    }
    if (Rebound->contains(V))
      return nullptr;
  }
  if (!isPlaceExpr(V->getInit(), TU.ast()))
    return nullptr;
  Place P = placeOf(V->getInit(), Depth + 1);
  if (!P.V || P.V == V)
    return nullptr;
  It->second = std::move(P);
  return &*It->second;
}

/// A personal record passed whole into a modelled call carries the
/// categories of its fields: those the callee's body reads from it when the
/// body is visible ("operator<<(std::ostream &, const Partner &)"), all of
/// them otherwise.
TaintSet Analyzer::recordTaint(const Expr *Arg, const FunctionDecl *Callee,
                               int ParamIndex) {
  QualType T = Arg->getType().getNonReferenceType();
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD)
    return {};
  const std::vector<unsigned> &Fields = TU.recordSources(RD);
  if (Fields.empty())
    return {};
  std::string What = "'" + RD->getNameAsString() + "'";
  if (auto *Ref = dyn_cast<DeclRefExpr>(strip(Arg)))
    What = "'" + Ref->getDecl()->getNameAsString() + "'";
  std::string CalleeName = Callee->getDeclName().getAsString();
  const FunctionDecl *Def = Callee->getDefinition();
  const ParmVarDecl *Param =
      ParamIndex >= 0 &&
              static_cast<unsigned>(ParamIndex) < Callee->getNumParams()
          ? Callee->getParamDecl(ParamIndex)
          : nullptr;
  TaintSet Out;
  if (Def && Def->getBody() && Param) {
    for (unsigned S : TU.fieldsRead(Def, Def->getParamDecl(ParamIndex)))
      joinInto(Out, readOf(S, Arg->getSourceRange(),
                           What + " is passed whole to '" + CalleeName +
                               "', which reads '" + TU.source(S).Name + "'"));
    return Out;
  }
  for (unsigned S : Fields)
    joinInto(Out, readOf(S, Arg->getSourceRange(),
                         What + " is passed whole to '" + CalleeName + "'; '" +
                             RD->getNameAsString() + "' holds '" +
                             TU.source(S).Name + "'"));
  return Out;
}

/// Whether E is the result of a sanitizer ("std::string email =
/// redactEmail(p.email)"): then a variable initialised with it does not hold
/// what its name says.
bool Analyzer::isSanitized(const Expr *E) {
  E = strip(E);
  if (auto *C = dyn_cast<CXXConstructExpr>(E))
    return C->getNumArgs() == 1 && isSanitized(C->getArg(0));
  auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return false;
  return TU.callee(Callee).Sanitizer;
}

/// The variable an argument refers to, looking through local pointers and
/// references bound to another variable ("FILE *out = stderr",
/// "std::ostream &os = std::cerr").
const VarDecl *Analyzer::streamVariable(const Expr *E, unsigned Depth) {
  const VarDecl *V = root(E);
  if (!V || Depth > 4 || !V->isLocalVarDecl() || !V->getInit())
    return V;
  QualType T = V->getType();
  if (!T->isReferenceType() && !T->isPointerType())
    return V;
  if (const VarDecl *Bound = streamVariable(V->getInit(), Depth + 1))
    return Bound;
  return V;
}

bool Analyzer::holds(llvm::ArrayRef<const Expr *> Args, const Expr *Obj,
                     const models::Condition &C) {
  const Expr *E = C.Arg == ~0u          ? Obj
                  : C.Arg < Args.size() ? Args[C.Arg]
                                        : nullptr;
  if (!E)
    return false;
  if (!C.Text.empty())
    if (auto Text = constantString(E)) {
      std::string Lower = llvm::StringRef(*Text).lower();
      for (const support::NameGlob &G : C.Text)
        if (G.matches(Lower))
          return true;
    }
  if (!C.RefersTo.empty()) {
    const NamedDecl *Named = streamVariable(E);
    if (!Named)
      if (auto *Ref = dyn_cast<DeclRefExpr>(strip(E)))
        Named = dyn_cast<EnumConstantDecl>(Ref->getDecl());
    if (Named) {
      std::string Q = qualifiedName(Named);
      std::string Simple = Named->getNameAsString();
      for (const support::NameGlob &G : C.RefersTo)
        if (G.matches(Q, Simple))
          return true;
    }
  }
  if (!C.Calls.empty() && comesFrom(E, C))
    return true;
  if (!C.Types.empty()) {
    if (matchesType(E->IgnoreParenImpCasts()->getType(), C))
      return true;
    // The variable behind a chain of calls returning their stream, or a
    // local pointer or reference bound to it (not the object of a field,
    // whose type says nothing of the field's).
    if (!isa<MemberExpr>(strip(E)))
      if (const VarDecl *V = streamVariable(E))
        return matchesType(V->getType(), C);
    return false;
  }
  return false;
}

/// Whether E is the result of a call to one of C.Calls, looking through
/// calls that return one of their arguments (stream insertion chains).
bool Analyzer::comesFrom(const Expr *E, const models::Condition &C) {
  for (unsigned Guard = 0; Guard < 64; ++Guard) {
    // A local that nothing reassigns holds what initialised it ("int fd =
    // open(path, O_WRONLY); write(fd, ...)").
    if (auto *Ref = dyn_cast<DeclRefExpr>(strip(E)))
      if (auto *V = dyn_cast<VarDecl>(Ref->getDecl());
          V && V->isLocalVarDecl() && V->getInit() && !Reassigned.count(V)) {
        E = V->getInit();
        continue;
      }
    auto *Call = dyn_cast<CallExpr>(strip(E));
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Callee)
      return false;
    const CalleeInfo &CI = TU.callee(Callee);
    std::string Simple = Callee->getDeclName().getAsString();
    for (const support::NameGlob &G : C.Calls)
      if (G.matches(CI.QualifiedName, Simple))
        return true;
    // Follow a call that returns (a reference to) one of its arguments.
    const Expr *Next = nullptr;
    bool MemberOp =
        isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee);
    for (const models::Model *M : CI.Models) {
      if (!M->Aliases)
        continue;
      if (M->Aliases->This) {
        if (auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
          Next = MC->getImplicitObjectArgument();
        else if (MemberOp && Call->getNumArgs() > 0)
          Next = Call->getArg(0);
      }
      for (unsigned I = 0; !Next && I < Call->getNumArgs(); ++I)
        if (M->Aliases->hasArg(I))
          Next = Call->getArg(I);
      if (Next)
        break;
    }
    if (!Next)
      return false;
    E = Next;
  }
  return false;
}

bool Analyzer::matchesType(QualType T, const models::Condition &C) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  // The type or any of its bases: an ofstream is a basic_ofstream.
  auto Matches = [&](const CXXRecordDecl *R) {
    std::string Q = qualifiedName(R);
    for (const support::NameGlob &G : C.Types)
      if (G.matches(Q, R->getNameAsString()))
        return true;
    return false;
  };
  if (Matches(RD))
    return true;
  if (!RD->hasDefinition())
    return false;
  return !RD->forallBases([&](const CXXRecordDecl *B) { return !Matches(B); });
}

/// The value of E when the code fixes it: a literal, a constant, a
/// std::string made of them, or their concatenation with '+'.
std::optional<std::string> Analyzer::constantString(const Expr *E,
                                                    unsigned Depth) {
  if (!E || Depth > 8)
    return std::nullopt;
  E = strip(E);
  if (auto *S = dyn_cast<StringLiteral>(E))
    return S->getString().str();
  if (auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    auto *V = dyn_cast<VarDecl>(Ref->getDecl());
    // A variable counts when nothing reassigns it: a constant, or a local
    // that this function does not write again.
    if (V && V->getInit() &&
        (V->getType().isConstQualified() || V->isConstexpr() ||
         (V->isLocalVarDecl() && !Reassigned.count(V))))
      return constantString(V->getInit(), Depth + 1);
    return std::nullopt;
  }
  if (auto *C = dyn_cast<CXXConstructExpr>(E))
    return C->getNumArgs() >= 1 ? constantString(C->getArg(0), Depth + 1)
                                : std::nullopt;
  // "cpr::Url{"https://..."}", "Host{kHost}": a braced single value.
  if (auto *I = dyn_cast<InitListExpr>(E))
    return I->getNumInits() == 1 ? constantString(I->getInit(0), Depth + 1)
                                 : std::nullopt;
  if (auto *M = dyn_cast<CXXMemberCallExpr>(E)) {
    if (M->getMethodDecl() && M->getMethodDecl()->getName() == "c_str")
      return constantString(M->getImplicitObjectArgument(), Depth + 1);
    return std::nullopt;
  }
  if (auto *O = dyn_cast<CXXOperatorCallExpr>(E);
      O && O->getOperator() == OO_Plus && O->getNumArgs() == 2) {
    auto L = constantString(O->getArg(0), Depth + 1);
    auto R = constantString(O->getArg(1), Depth + 1);
    if (L && R)
      return *L + *R;
  }
  return std::nullopt;
}

/// The host of a URL ("https://api.pbo.kz:443/v1" -> "api.pbo.kz"), or the
/// text itself when it is a bare host.
std::string hostOf(llvm::StringRef Url) {
  size_t Scheme = Url.find("://");
  if (Scheme != llvm::StringRef::npos)
    Url = Url.drop_front(Scheme + 3);
  Url = Url.take_until([](char C) { return C == '/' || C == '?' || C == '#'; });
  if (size_t At = Url.rfind('@'); At != llvm::StringRef::npos)
    Url = Url.drop_front(At + 1); // user:password@host
  if (!Url.starts_with("["))
    Url = Url.take_until([](char C) { return C == ':'; });
  return Url.lower();
}

Analyzer::Destination Analyzer::destination(const models::Model &M,
                                            llvm::ArrayRef<const Expr *> Args,
                                            const Expr *Obj) {
  if (M.Url && *M.Url < Args.size()) {
    if (auto Url = constantString(Args[*M.Url]))
      return {true, hostOf(*Url)};
    return {};
  }
  if (M.Handle) {
    const Expr *H = *M.Handle == ~0u          ? Obj
                    : *M.Handle < Args.size() ? Args[*M.Handle]
                                              : nullptr;
    if (const VarDecl *V = H ? root(H) : nullptr)
      if (auto It = Recipients.find(V); It != Recipients.end())
        return It->second;
  }
  return {};
}

bool Analyzer::approved(const models::Model &M, const Destination &D,
                        const std::string &Callee) {
  const policy::Policy &P = TU.context().Policy;
  std::string Function = qualifiedName(FD);
  std::string Simple = FD->getNameAsString();
  llvm::StringRef CalleeSimple = llvm::StringRef(Callee).rsplit("::").second;
  if (CalleeSimple.empty())
    CalleeSimple = Callee;
  auto Any = [&](const std::vector<policy::Pattern> &Ps) {
    for (const policy::Pattern &X : Ps)
      if (X.Glob.matches(Callee, CalleeSimple) ||
          X.Glob.matches(Function, Simple))
        return true;
    return false;
  };
  switch (M.Sink) {
  case models::SinkKind::ThirdParty:
    return (D.Known && P.isApprovedHost(D.Host)) ||
           Any(P.ApprovedRecipientFunctions);
  case models::SinkKind::Storage:
    return Any(P.ApprovedStorageFunctions);
  case models::SinkKind::Log:
    return false;
  }
  return false;
}

// The data map's storage targets: one helper, on constants only. The text
// of the call's own SQL or Redis command, else the first string argument of
// the call that made its handle (fopen, an ofstream's constructor,
// sqlite3_prepare's statement, sqlite3_open's database).
std::string Analyzer::storageTarget(llvm::ArrayRef<const Expr *> Args,
                                    const Expr *Obj) {
  // The constant text an expression starts with, and whether that is all.
  std::function<std::optional<std::string>(const Expr *, bool &, unsigned)>
      Prefix = [&](const Expr *E, bool &Whole,
                   unsigned Depth) -> std::optional<std::string> {
    if (!E || Depth > 8)
      return std::nullopt;
    if (auto S = constantString(E))
      return S;
    Whole = false;
    E = strip(E);
    auto *V = isa<DeclRefExpr>(E)
                  ? dyn_cast<VarDecl>(cast<DeclRefExpr>(E)->getDecl())
                  : nullptr;
    const Expr *Next =
        V && V->getInit() &&
                (V->getType().isConstQualified() ||
                 (V->isLocalVarDecl() && !Reassigned.count(V)))
            ? V->getInit()
        : isa<CXXMemberCallExpr>(E)
            ? cast<CXXMemberCallExpr>(E)->getImplicitObjectArgument()
        : isa<CXXConstructExpr>(E) && cast<CXXConstructExpr>(E)->getNumArgs()
            ? cast<CXXConstructExpr>(E)->getArg(0)
        : isa<CXXOperatorCallExpr>(E) &&
                cast<CXXOperatorCallExpr>(E)->getOperator() == OO_Plus
            ? cast<CXXOperatorCallExpr>(E)->getArg(0)
            : nullptr;
    return Next ? Prefix(Next, Whole, Depth + 1) : std::nullopt;
  };
  // "table:NAME" from SQL that writes, "key:PREFIX" from a Redis write.
  auto Command = [](llvm::StringRef Text, bool Whole) -> std::string {
    llvm::SmallVector<llvm::StringRef, 8> W;
    Text.split(W, ' ', 6, /*KeepEmpty=*/false);
    auto Up = [&](size_t I) { return I < W.size() ? W[I].upper() : ""; };
    size_t At = 0;
    if (Up(0) == "INSERT" || Up(0) == "UPDATE")
      At = Up(1) == "OR" ? 3 : 1;
    if (Up(0) == "REPLACE" || Up(0) == "DELETE")
      At = 1;
    if (At && (Up(0) == "INSERT" || Up(0) == "REPLACE" || Up(0) == "DELETE"))
      At = Up(At) == "INTO" || Up(At) == "FROM" ? At + 1 : 0;
    bool Redis =
        llvm::is_contained({"SET", "SETEX", "SETNX", "HSET", "HMSET", "LPUSH",
                            "RPUSH", "SADD", "ZADD", "XADD", "APPEND", "MSET"},
                           Up(0));
    if (Redis)
      At = 1;
    // The name must be complete: followed by more text, or all the text.
    if (!At || At >= W.size() || (At + 1 == W.size() && !Whole))
      return "";
    llvm::StringRef Name = W[At];
    if (Redis)
      return "key:" + Name.take_until([](char C) { return C == '%'; }).str();
    Name = Name.take_until([](char C) { return C == '(' || C == ';'; })
               .trim("\"`[]");
    return Name.empty() ? "" : "table:" + Name.str();
  };
  for (const Expr *A : Args) {
    bool Whole = true;
    if (auto T = Prefix(A, Whole, 0))
      if (std::string C = Command(*T, Whole); !C.empty())
        return C;
  }
  auto IsText = [](const Expr *E) {
    QualType T = E->IgnoreParenImpCasts()->getType().getNonReferenceType();
    if (T->isPointerType() || T->isArrayType())
      return T->getPointeeOrArrayElementType()->isAnyCharacterType();
    const auto *RD = T->getAsCXXRecordDecl();
    return RD && (RD->getName().contains("string") ||
                  RD->getName().contains("String"));
  };
  // The first text argument of the call that made handle V.
  auto FromOrigin = [&](const Expr *E) -> std::string {
    bool Whole = true;
    llvm::SmallVector<const Expr *, 4> CallArgs;
    if (auto *C = dyn_cast<CallExpr>(E))
      CallArgs.append(C->arg_begin(), C->arg_end());
    else if (auto *C = dyn_cast<CXXConstructExpr>(E))
      CallArgs.append(C->arg_begin(), C->arg_end());
    for (const Expr *A : CallArgs) {
      if (!IsText(A))
        continue;
      auto T = Prefix(A, Whole, 0);
      if (!T)
        return "";
      std::string C = Command(*T, Whole);
      return !C.empty() ? C : Whole ? "file:" + *T : "";
    }
    return "";
  };
  llvm::SmallVector<const Expr *, 4> Handles;
  if (Obj)
    Handles.push_back(Obj);
  Handles.append(Args.begin(), Args.end());
  for (const Expr *H : Handles) {
    const VarDecl *V = root(H);
    if (!V || IsText(H))
      continue;
    if (const Expr *Init = V->getInit())
      if (std::string T = FromOrigin(strip(Init)); !T.empty())
        return T;
    // A call in this function that is given &V (sqlite3_prepare_v2).
    std::string Found;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S || !Found.empty())
        return;
      if (auto *C = dyn_cast<CallExpr>(S))
        for (const Expr *A : C->arguments())
          if (auto *U = dyn_cast<UnaryOperator>(strip(A));
              U && U->getOpcode() == UO_AddrOf && root(U) == V)
            Found = FromOrigin(C);
      for (const Stmt *Child : S->children())
        Walk(Child);
    };
    Walk(FD->getBody());
    if (!Found.empty())
      return Found;
  }
  return "";
}

void Analyzer::recordSink(const Expr *Call, const models::Model *M,
                          const std::string &Callee, const TaintSet &T,
                          const std::string &Recipient, bool Approved,
                          const std::string &Target) {
  auto [It, New] = SinkIds.emplace(std::make_pair(Call, M), Sinks.size());
  if (New) {
    facts::SinkSite Sink;
    Sink.Kind = models::toString(M->Sink).str();
    Sink.Callee = Callee;
    Sink.Model = M->File + "#" + M->Pointer;
    Sink.Where = TU.location(Call->getSourceRange());
    Sink.Recipient = Recipient;
    Sink.Target = Target;
    Sink.Approved = Approved;
    Sinks.push_back(std::move(Sink));
  }
  facts::Point P;
  P.Kind = facts::PointKind::Sink;
  P.Index = It->second;
  addEdges(T, P);
}

TaintSet Analyzer::applyModels(const Expr *Call, const FunctionDecl *Callee,
                               const Expr *Obj, const TaintSet &ObjT,
                               llvm::ArrayRef<const Expr *> Args,
                               llvm::ArrayRef<TaintSet> ArgT,
                               bool IsConstructor) {
  const CalleeInfo &CI = TU.callee(Callee);
  std::string Simple = Callee->getDeclName().getAsString();
  int Shift =
      isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? -1 : 0;
  // A function piiflow has no model of, in the program's own code: the link
  // step follows the call into its body, wherever that is.
  // (Models whose conditions do not hold for this call do not count: a
  // protobuf setter model does not apply to a class of the program's own.)
  auto Applies = [&](const models::Model *M) {
    return !(M->When && !holds(Args, Obj, *M->When)) &&
           !(M->Unless && holds(Args, Obj, *M->Unless));
  };
  // A callable wrapper (std::function) or std::invoke calls a callable: the
  // call is a call of that callable, and no other model applies.
  if (!CI.Sanitizer)
    for (const models::Model *M : CI.Models)
      if (M->Kind == models::Role::Invoker && Applies(M))
        return invoke(Call, Callee, *M, Obj, ObjT, Args, ArgT, Shift);
  bool Modelled = llvm::any_of(CI.Models, Applies);
  if (!Modelled && !CI.Sanitizer && TU.isUserCode(Callee)) {
    TaintSet Result =
        userCall(Call, Callee, Obj, ObjT, Args, ArgT, Shift, "", IsConstructor);
    if (CI.Source) {
      const facts::SourceDecl &S = TU.source(*CI.Source);
      joinInto(Result,
               readOf(*CI.Source, Call->getSourceRange(),
                      "call to '" + S.Name + "' returns " + S.Category));
    }
    return Result;
  }
  // Out-parameters that receive a digest or a ciphertext (EVP_DigestFinal_ex)
  // hold what the inputs held minus what the sanitizer protects, and nothing
  // of what they held before, whatever their name says.
  for (const models::Model *M : CI.Models) {
    if (M->Kind != models::Role::Sanitizer ||
        (!M->To.This && M->To.Args.empty() && !M->To.ArgsFrom))
      continue;
    TaintSet In;
    if (!M->To.This)
      joinInto(In, ObjT);
    for (unsigned I = 0; I < ArgT.size(); ++I)
      if (!M->To.hasArg(I))
        joinInto(In, ArgT[I]);
    TaintSet Left =
        without(In, M->Categories, Call->getSourceRange(), CI.QualifiedName);
    auto Clean = [&](const Place &P) {
      writePlace(P, Left, /*Strong=*/true, Call->getSourceRange(),
                 "written to '" + nameOf(P) + "' by '" + Simple + "'");
    };
    if (M->To.This && Obj && !IsConstructor)
      Clean(target(Obj));
    for (unsigned I = 0; I < Args.size(); ++I)
      if (M->To.hasArg(I))
        Clean(target(Args[I]));
  }
  if (CI.Sanitizer) {
    // What the sanitizer does not protect passes through it.
    TaintSet In = ObjT;
    for (const TaintSet &T : ArgT)
      joinInto(In, T);
    return without(In, CI.Protects, Call->getSourceRange(), CI.QualifiedName);
  }

  TaintSet Result;
  // Arguments as written; for a member operator, arg0 is the object and
  // argument I is parameter I - 1.
  int ParamShift =
      isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? -1 : 0;
  auto Gather = [&](const models::Positions &P) {
    TaintSet T;
    if (P.This)
      joinInto(T, ObjT);
    for (unsigned I = 0; I < ArgT.size(); ++I)
      if (P.hasArg(I)) {
        joinInto(T, ArgT[I]);
        joinInto(T, recordTaint(Args[I], Callee, int(I) + ParamShift));
      }
    return T;
  };

  for (const models::Model *M : CI.Models) {
    if (!Applies(M))
      continue;
    if (M->Kind == models::Role::Source) {
      std::optional<unsigned> S = TU.modelSource(Callee, *M);
      if (!S)
        continue;
      const std::string &Cat = TU.source(*S).Category;
      if (M->To.Return || (IsConstructor && M->To.This))
        joinInto(Result, readOf(*S, Call->getSourceRange(),
                                "'" + CI.QualifiedName + "' returns " + Cat));
      auto Fill = [&](const Place &P) {
        if (!P.V)
          return;
        Reassigned.insert(P.V);
        joinInto(slot(P), readOf(*S, Call->getSourceRange(),
                                 "'" + CI.QualifiedName + "' fills '" +
                                     nameOf(P) + "' with " + Cat));
      };
      if (M->To.This && Obj && !IsConstructor)
        Fill(target(Obj));
      for (unsigned I = 0; I < Args.size(); ++I)
        if (M->To.hasArg(I))
          Fill(target(Args[I]));
      continue;
    }
    if (M->Kind == models::Role::Recipient) {
      const Expr *H = *M->Handle == ~0u          ? Obj
                      : *M->Handle < Args.size() ? Args[*M->Handle]
                                                 : nullptr;
      // A constructor's "this" is the variable it constructs.
      const VarDecl *V = H                                    ? root(H)
                         : IsConstructor && *M->Handle == ~0u ? Constructing
                                                              : nullptr;
      if (V)
        Recipients[V] = destination(*M, Args, Obj);
      continue;
    }
    if (M->Kind == models::Role::Sink) {
      TaintSet Data = Gather(M->Data);
      if (Data.empty())
        continue;
      Destination D = destination(*M, Args, Obj);
      // Approved flows are kept, marked, for the data map; the link step
      // makes no finding of them.
      recordSink(Call, M, CI.QualifiedName, Data, D.Host,
                 approved(*M, D, CI.QualifiedName),
                 M->Sink == models::SinkKind::Storage ? storageTarget(Args, Obj)
                                                      : std::string());
      continue;
    }
    if (M->Kind != models::Role::Propagator)
      continue;
    // Whatever the data, the call changes its targets: a URL that was
    // appended to is no longer its initialiser.
    if (M->To.This && Obj && !IsConstructor)
      if (const VarDecl *V = target(Obj).V)
        Reassigned.insert(V);
    for (unsigned I = 0; I < Args.size(); ++I)
      if (M->To.hasArg(I))
        if (const VarDecl *V = target(Args[I]).V)
          Reassigned.insert(V);
    TaintSet From = Gather(M->From);
    if (From.empty())
      continue;
    if (M->To.Return || (IsConstructor && M->To.This))
      joinInto(Result, From);
    auto Add = [&](const Place &P) {
      writePlace(P, From, /*Strong=*/false, Call->getSourceRange(),
                 "added to '" + nameOf(P) + "' by '" + Simple + "'");
    };
    if (M->To.This && Obj && !IsConstructor)
      Add(target(Obj));
    for (unsigned I = 0; I < Args.size(); ++I)
      if (M->To.hasArg(I))
        Add(target(Args[I]));
  }
  if (CI.Source) {
    const facts::SourceDecl &S = TU.source(*CI.Source);
    joinInto(Result, readOf(*CI.Source, Call->getSourceRange(),
                            "call to '" + S.Name + "' returns " + S.Category));
  }
  return Result;
}

/// The call operator that a call of an object of class RD runs, if there
/// is one that is not a template and not overloaded (a lambda's, a
/// functor's, a wrapper's, perhaps taken from a base class).
const CXXMethodDecl *callOperatorOf(const CXXRecordDecl *RD) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD)
    return nullptr;
  DeclarationName Name =
      RD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call);
  const CXXMethodDecl *Found = nullptr;
  for (const NamedDecl *D : RD->lookup(Name)) {
    auto *MD = dyn_cast<CXXMethodDecl>(D->getUnderlyingDecl());
    if (!MD || Found || MD->isDependentContext())
      return nullptr;
    Found = MD;
  }
  if (Found)
    return Found;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (const CXXMethodDecl *MD =
            callOperatorOf(B.getType()->getAsCXXRecordDecl()))
      return MD;
  return nullptr;
}

TaintSet Analyzer::invoke(const Expr *Call, const FunctionDecl *Callee,
                          const models::Model &M, const Expr *Obj,
                          const TaintSet &ObjT,
                          llvm::ArrayRef<const Expr *> Args,
                          llvm::ArrayRef<TaintSet> ArgT, int Shift) {
  // The callable that the object holds (std::function): any function of the
  // call operator's signature whose address is taken, any lambda that
  // escapes, with the object (a closure's captures) as its object. With
  // operator syntax, arg0 is the object.
  if (*M.Callable == ~0u)
    return userCall(Call, nullptr, Shift < 0 ? nullptr : Obj,
                    Shift < 0 ? TaintSet() : ObjT, Args, ArgT, Shift,
                    signatureOf(Callee->getType()->getAs<FunctionProtoType>()),
                    false);
  // Argument N, called with the arguments after it (std::invoke): the
  // function it names, the call operator of its class (a lambda, a functor,
  // a wrapper with an invoker model of its own), or, through a pointer, any
  // function of its type.
  unsigned N = *M.Callable;
  if (N >= Args.size())
    return {};
  const Expr *F = Args[N];
  llvm::ArrayRef<const Expr *> Rest = Args.drop_front(N + 1);
  llvm::ArrayRef<TaintSet> RestT = ArgT.drop_front(N + 1);
  const Expr *S = strip(F);
  if (auto *U = dyn_cast<UnaryOperator>(S); U && U->getOpcode() == UO_AddrOf)
    S = strip(U->getSubExpr());
  if (auto *R = dyn_cast<DeclRefExpr>(S))
    if (auto *Named = dyn_cast<FunctionDecl>(R->getDecl()))
      if (!isa<CXXMethodDecl>(Named) || cast<CXXMethodDecl>(Named)->isStatic())
        return applyModels(Call, Named, nullptr, {}, Rest, RestT, false);
  // (Not for a member operator called with operator syntax, whose
  // arguments applyModels would number from its object.)
  QualType T = F->getType().getNonReferenceType();
  if (!isa<CXXOperatorCallExpr>(Call))
    if (const CXXMethodDecl *Op = callOperatorOf(T->getAsCXXRecordDecl()))
      return applyModels(Call, Op, F, ArgT[N], Rest, RestT, false);
  if (T->isPointerType())
    T = T->getPointeeType();
  if (auto *Proto = T->getAs<FunctionProtoType>())
    return userCall(Call, nullptr, nullptr, {}, Rest, RestT, 0,
                    signatureOf(Proto), false);
  return {};
}

State Analyzer::entryState() {
  State S;
  std::string Name = functionName(TU, FD);
  auto Label = [&](unsigned Param, SourceRange R, const std::string &Msg) {
    facts::Label L;
    L.Kind = facts::LabelKind::Param;
    L.Param = Param;
    VarState VS;
    VS.T.push_back({sym(L), extend(nullptr, facts::StepKind::Call, R, Msg)});
    return VS;
  };
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    S[P] = Label(I, P->getSourceRange(),
                 "'" + P->getNameAsString() + "' is parameter " +
                     std::to_string(I + 1) + " of '" + Name + "'");
  }
  if (ThisVar)
    S[ThisVar] = Label(facts::ThisParam, FD->getLocation(),
                       "the object of '" + Name + "'");
  return S;
}

TaintSet Analyzer::userCall(const Expr *Call, const FunctionDecl *Callee,
                            const Expr *Obj, const TaintSet &ObjT,
                            llvm::ArrayRef<const Expr *> Args,
                            llvm::ArrayRef<TaintSet> ArgT, int ParamShift,
                            const std::string &Signature, bool IsConstructor) {
  auto [It, New] = CallIds.emplace(Call, Calls.size());
  if (New) {
    facts::CallSite CS;
    if (Callee) {
      CS.Callee = TU.usr(Callee);
      CS.CalleeName = functionName(TU, Callee);
      auto *MD = dyn_cast<CXXMethodDecl>(Callee);
      // "Base::f()" names the one body; "obj.f()" dispatches.
      bool Qualified = false;
      if (auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
        if (auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
          Qualified = ME->hasQualifier();
      CS.Virtual = MD && MD->isVirtual() && !Qualified;
    } else {
      CS.Signature = Signature;
      CS.CalleeName = "a function of type " + Signature;
    }
    CS.Where = TU.location(Call->getSourceRange());
    Calls.push_back(std::move(CS));
  }
  unsigned C = It->second;
  const std::string &Name = Calls[C].CalleeName;
  auto ArgPoint = [&](unsigned Param) {
    facts::Point P;
    P.Kind = facts::PointKind::CallArg;
    P.Index = C;
    P.Param = Param;
    return P;
  };
  if (Obj && !IsConstructor)
    addEdges(ObjT, ArgPoint(facts::ThisParam));
  for (unsigned I = 0; I < Args.size(); ++I) {
    int P = int(I) + ParamShift;
    if (P < 0) {
      // A member operator's object; for std::function, the callable it
      // holds, whose captures a lambda reads as its object.
      addEdges(ArgT[I], ArgPoint(facts::ThisParam));
      continue;
    }
    addEdges(ArgT[I], ArgPoint(unsigned(P)));
  }

  auto LabelOf = [&](facts::LabelKind K, unsigned Param) {
    facts::Label L;
    L.Kind = K;
    L.Call = C;
    L.Param = Param;
    return sym(L);
  };
  TaintSet Result;
  // Whatever the callee throws may be caught here, or, in a function
  // without handlers, goes on to its caller.
  TaintSet Throws{{LabelOf(facts::LabelKind::CallThrow, 0),
                   extend(nullptr, facts::StepKind::Call,
                          Call->getSourceRange(), "thrown by '" + Name + "'")}};
  joinInto(thrownOf(nullptr), Throws);
  if (!HasHandlers) {
    facts::Point TP;
    TP.Kind = facts::PointKind::Throw;
    addEdges(Throws, TP);
  }
  const FunctionProtoType *Proto =
      Callee ? Callee->getType()->getAs<FunctionProtoType>() : nullptr;
  QualType Ret = Callee ? Callee->getReturnType() : Call->getType();
  if (!Ret->isVoidType() && !IsConstructor)
    Result.push_back(
        {LabelOf(facts::LabelKind::CallResult, 0),
         extend(nullptr, facts::StepKind::Call, Call->getSourceRange(),
                "returned by '" + Name + "'")});
  // What the callee may write into the caller's variables.
  auto Written = [&](const Place &Into, unsigned Param, const TaintSet &In) {
    if (!Into.V)
      return;
    Reassigned.insert(Into.V);
    if (!llvm::is_contained(Calls[C].OutParams, Param))
      Calls[C].OutParams.push_back(Param);
    // The variable now holds what the call wrote and, through the call
    // (the link step passes what went in on to the call's out-label), what
    // it held before: the symbolic labels that went in are replaced by the
    // call's, so that a pointer passed to many calls does not multiply edges.
    TaintSet &T = slot(Into);
    T.erase(llvm::remove_if(T,
                            [&](const Taint &X) {
                              return isSymbolic(X.Source) &&
                                     llvm::any_of(In, [&](const Taint &Y) {
                                       return Y.Source == X.Source &&
                                              Y.Blocked == X.Blocked;
                                     });
                            }),
            T.end());
    joinInto(
        T,
        TaintSet{
            {LabelOf(facts::LabelKind::CallOut, Param),
             extend(nullptr, facts::StepKind::Call, Call->getSourceRange(),
                    "written into '" + nameOf(Into) + "' by '" + Name + "'")}});
  };
  for (unsigned I = 0; I < Args.size(); ++I) {
    int P = int(I) + ParamShift;
    if (P < 0)
      continue;
    QualType PT;
    if (Callee && unsigned(P) < Callee->getNumParams())
      PT = Callee->getParamDecl(P)->getType();
    else if (Proto && unsigned(P) < Proto->getNumParams())
      PT = Proto->getParamType(P);
    if (!PT.isNull() && isOutParameter(PT))
      Written(target(Args[I]), unsigned(P), ArgT[I]);
  }
  auto *MD = dyn_cast_or_null<CXXMethodDecl>(Callee);
  if (MD && MD->isInstance() && !MD->isConst()) {
    if (IsConstructor) {
      // What the constructor stores in the object is the new value.
      facts::Label L;
      Result.push_back(
          {LabelOf(facts::LabelKind::CallOut, facts::ThisParam),
           extend(nullptr, facts::StepKind::Call, Call->getSourceRange(),
                  "stored by '" + Name + "'")});
    } else if (Obj) {
      Written(target(Obj), facts::ThisParam, ObjT);
    } else if (ParamShift < 0 && !Args.empty()) {
      Written(target(Args[0]), facts::ThisParam, ArgT[0]);
    }
  }
  llvm::sort(Result, taintLess);
  return Result;
}

TaintSet Analyzer::evalCall(const CallExpr *C) {
  const Expr *Obj = nullptr;
  TaintSet ObjT;
  if (auto *MC = dyn_cast<CXXMemberCallExpr>(C)) {
    Obj = MC->getImplicitObjectArgument();
    if (Obj)
      ObjT = eval(Obj);
  } else if (!isa<CXXOperatorCallExpr>(C)) {
    eval(C->getCallee()); // a call through an expression may have effects
  }
  llvm::SmallVector<const Expr *, 4> Args;
  llvm::SmallVector<TaintSet, 4> ArgT;
  for (const Expr *A : C->arguments()) {
    Args.push_back(A);
    ArgT.push_back(eval(A));
  }
  const FunctionDecl *Callee = C->getDirectCallee();
  // "(obj.*pm)(args)": a call through a pointer to a member function, to
  // any method of its class and signature taken as a member pointer.
  if (auto *BO = dyn_cast<BinaryOperator>(C->getCallee()->IgnoreParens());
      !Callee && BO && BO->isPtrMemOp()) {
    auto *MPT = BO->getRHS()->getType()->getAs<MemberPointerType>();
    auto *Proto =
        MPT ? MPT->getPointeeType()->getAs<FunctionProtoType>() : nullptr;
    if (!Proto)
      return {};
    eval(BO->getRHS());
    return userCall(C, nullptr, Obj, ObjT, Args, ArgT, 0,
                    memberSignatureOf(MPT->getMostRecentCXXRecordDecl(), Proto),
                    /*IsConstructor=*/false);
  }
  if (!Callee) {
    // A call through a pointer: to any function of its signature whose
    // address the program takes.
    QualType FT = C->getCallee()->getType();
    if (FT->isPointerType() || FT->isReferenceType())
      FT = FT->getPointeeType();
    if (auto *Proto = FT->getAs<FunctionProtoType>()) {
      TaintSet R = userCall(C, nullptr, nullptr, {}, Args, ArgT, 0,
                            signatureOf(Proto), /*IsConstructor=*/false);
      // Through a field ("chan->tech->send_text(...)", "(*t.f)(x)"): to
      // the functions the program stores in that field.
      const Expr *CalleeE = C->getCallee()->IgnoreParenImpCasts();
      if (auto *U = dyn_cast<UnaryOperator>(CalleeE);
          U && U->getOpcode() == UO_Deref)
        CalleeE = U->getSubExpr()->IgnoreParenImpCasts();
      if (auto *M = dyn_cast<MemberExpr>(CalleeE))
        if (auto *F = dyn_cast<FieldDecl>(M->getMemberDecl()))
          Calls[CallIds[C]].Field = TU.usr(F);
      return R;
    }
    return {};
  }

  // A conversion operator converts the value of its object.
  if (isa<CXXConversionDecl>(Callee))
    return ObjT;

  bool MemberOp = isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(Callee) &&
                  !Args.empty();
  if (MemberOp) {
    Obj = Args[0];
    ObjT = ArgT[0];
  }
  // A getter or a setter of the program's own reads or stores a field of
  // the object, as the field access it wraps would ("c.note()",
  // "c.setNote(v)"): the object's other fields are not involved.
  if (auto *MC = dyn_cast<CXXMemberCallExpr>(C);
      MC && Obj && TU.isUserCode(Callee) && TU.callee(Callee).Models.empty() &&
      !TU.callee(Callee).Sanitizer && !TU.callee(Callee).Source)
    if (auto A = accessorOf(Callee)) {
      Place P = placeOf(Obj);
      if (MC->getMethodDecl() && !MC->getMethodDecl()->isVirtual() && P.V &&
          (A->Param < 0 || unsigned(A->Param) < ArgT.size())) {
        for (const FieldDecl *F : A->Path) {
          if (P.Path.size() >= MaxFieldDepth) {
            P.Exact = false;
            break;
          }
          P.Path.push_back(F);
        }
        if (A->Param < 0)
          return withStep(readField(P, C->getSourceRange()),
                          facts::StepKind::Call, C->getSourceRange(),
                          "returned by '" + Callee->getNameAsString() + "'");
        writePlace(P, ArgT[A->Param], /*Strong=*/true, C->getSourceRange(),
                   "stored in '" + dotted(P.Path) + "' by '" +
                       Callee->getNameAsString() + "'");
        return {};
      }
    }
  // Assignment of class values copies the value (a strong update).
  if (auto *OC = dyn_cast<CXXOperatorCallExpr>(C);
      OC && OC->getOperator() == OO_Equal && Args.size() == 2) {
    assign(Args[0], ArgT[1], /*Strong=*/true, C->getSourceRange());
    return ArgT[1];
  }
  return applyModels(C, Callee, Obj, ObjT, Args, ArgT, /*IsConstructor=*/false);
}

TaintSet Analyzer::evalConstruct(const CXXConstructExpr *C) {
  llvm::SmallVector<const Expr *, 4> Args;
  llvm::SmallVector<TaintSet, 4> ArgT;
  for (const Expr *A : C->arguments()) {
    Args.push_back(A);
    ArgT.push_back(eval(A));
  }
  const CXXConstructorDecl *Ctor = C->getConstructor();
  if (!Ctor)
    return {};
  // Copies and moves carry the value.
  if (Ctor->isCopyOrMoveConstructor() && !ArgT.empty())
    return ArgT[0];
  return applyModels(C, Ctor, nullptr, {}, Args, ArgT, /*IsConstructor=*/true);
}

TaintSet Analyzer::evalDeclRef(const DeclRefExpr *E) {
  // "auto [k, v] = ...": a binding is a part of the object it decomposes.
  if (auto *B = dyn_cast<BindingDecl>(E->getDecl())) {
    const VarDecl *D = B->getHoldingVar()
                           ? B->getHoldingVar()
                           : dyn_cast_or_null<VarDecl>(B->getDecomposedDecl());
    auto It = D ? Cur.find(D) : Cur.end();
    return It == Cur.end() ? TaintSet() : whole(It->second);
  }
  auto *V = dyn_cast<VarDecl>(E->getDecl());
  if (!V)
    return {};
  // In a lambda's body, a captured variable is a part of the closure object,
  // which the lambda's caller passes as its object.
  if (isCapture(E)) {
    auto It = Cur.find(ThisVar);
    TaintSet T = It == Cur.end() ? TaintSet() : whole(It->second);
    if (auto S = TU.sourceOf(V)) {
      const facts::SourceDecl &SD = TU.source(*S);
      joinInto(T, readOf(*S, E->getSourceRange(),
                         "'" + displayName(V) + "' is read: " + SD.Category));
    }
    return T;
  }
  TaintSet T;
  bool NameLive = true;
  if (auto It = Cur.find(V); It != Cur.end()) {
    T = whole(It->second);
    NameLive = It->second.NameLive;
  }
  // A reference or a pointer bound to a place of this function reads that
  // place ("Contact &c = p.contact", "char *q = buf"): evaluating its
  // initialiser again, which has no effects, reads the place as it is now.
  if (carriesData(V))
    joinInto(T, globalRead(V, E->getSourceRange()));
  if (bindingOf(V, 0))
    T = withStep(eval(V->getInit()), facts::StepKind::Store,
                 V->getSourceRange(),
                 "stored in '" + V->getNameAsString() + "'");
  // What flowed into a variable is better evidence than its name: the
  // name counts only while the variable may hold what it was declared with.
  // A variable that holds only what the link step resolves (a parameter's
  // argument, a call's result) also holds, while nothing replaced it, what
  // its own name says.
  if (!NameLive || (!isa<ParmVarDecl>(V) && llvm::any_of(T, [](const Taint &X) {
        return !isSymbolic(X.Source);
      })))
    return T;
  if (auto S = TU.sourceOf(V)) {
    const facts::SourceDecl &SD = TU.source(*S);
    joinInto(T, readOf(*S, E->getSourceRange(),
                       "'" + displayName(V) + "' is read: " + SD.Category));
  }
  return T;
}

TaintSet Analyzer::readField(const Place &P, SourceRange R) {
  const FieldDecl *Field = P.Path.back();
  if (auto S = TU.sourceOf(Field); S && P.Exact)
    return readOf(*S, R,
                  "'" + TU.source(*S).Name +
                      "' is read: " + TU.source(*S).Category);
  bool Personal = false;
  for (const FieldDecl *F : P.Path)
    Personal |= !TU.recordSources(F->getParent()).empty();
  TaintSet Out;
  if (auto It = Cur.find(P.V); It != Cur.end()) {
    for (const auto &[Path, T] : It->second.Fields)
      if (isPrefix(Path, P.Path) || isPrefix(P.Path, Path))
        joinInto(Out, T);
    if (!Personal)
      joinInto(Out, It->second.T);
  }
  if (!Personal && carriesData(P.V))
    joinInto(Out, globalRead(P.V, R));
  // A part of a personal field is personal data ("o.client.sin_addr" of a
  // sockaddr_in field), unless a record on the way is read field by field.
  TaintSet Part;
  for (const FieldDecl *F : P.Path) {
    if (auto S = TU.sourceOf(F))
      Part = readOf(*S, R,
                    "'" + TU.source(*S).Name +
                        "' is read: " + TU.source(*S).Category);
    else if (!TU.recordSources(F->getParent()).empty())
      Part.clear();
  }
  joinInto(Out, Part);
  return Out;
}

/// A method whose body only returns a field of its object ("return
/// note_;") or only stores a parameter into one ("note_ = v;"): the field
/// path and, for a setter, the parameter.
std::optional<Analyzer::Accessor>
Analyzer::accessorOf(const FunctionDecl *Callee) {
  auto *MD = dyn_cast<CXXMethodDecl>(Callee);
  const FunctionDecl *Def = nullptr;
  if (!MD || !MD->isInstance() || !MD->hasBody(Def) ||
      isa<CXXConstructorDecl>(MD))
    return std::nullopt;
  auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
  if (!Body || Body->size() != 1)
    return std::nullopt;
  // The field path below this that E designates.
  auto PathOf = [](const Expr *E) -> std::optional<FieldPath> {
    FieldPath Path;
    E = strip(E);
    while (auto *M = dyn_cast<MemberExpr>(E)) {
      auto *F = dyn_cast<FieldDecl>(M->getMemberDecl());
      if (!F)
        return std::nullopt;
      Path.insert(Path.begin(), F);
      E = strip(M->getBase());
    }
    if (!isa<CXXThisExpr>(E) || Path.empty() || Path.size() > MaxFieldDepth)
      return std::nullopt;
    return Path;
  };
  const Stmt *S = Body->body_front();
  if (auto *R = dyn_cast<ReturnStmt>(S)) {
    if (!R->getRetValue())
      return std::nullopt;
    const Expr *V = strip(R->getRetValue());
    if (auto *CE = dyn_cast<CXXConstructExpr>(V); // a copy of the field
        CE && CE->getNumArgs() == 1 && CE->getConstructor() &&
        CE->getConstructor()->isCopyOrMoveConstructor())
      V = CE->getArg(0);
    if (auto P = PathOf(V))
      return Accessor{*P, -1};
    return std::nullopt;
  }
  const Expr *Lhs = nullptr, *Rhs = nullptr;
  if (auto *B = dyn_cast<BinaryOperator>(S); B && B->getOpcode() == BO_Assign) {
    Lhs = B->getLHS();
    Rhs = B->getRHS();
  } else if (auto *O = dyn_cast<CXXOperatorCallExpr>(S);
             O && O->getOperator() == OO_Equal && O->getNumArgs() == 2) {
    Lhs = O->getArg(0);
    Rhs = O->getArg(1);
  }
  if (!Lhs)
    return std::nullopt;
  auto *Ref = dyn_cast<DeclRefExpr>(strip(Rhs));
  if (auto *CE = dyn_cast<CXXConstructExpr>(strip(Rhs));
      CE && CE->getNumArgs() == 1)
    Ref = dyn_cast<DeclRefExpr>(strip(CE->getArg(0)));
  auto *PV = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  auto P = PathOf(Lhs);
  if (!PV || !P)
    return std::nullopt;
  return Accessor{*P, int(PV->getFunctionScopeIndex())};
}

TaintSet Analyzer::eval(const Expr *E) {
  if (!E)
    return {};
  if (auto *P = dyn_cast<ParenExpr>(E))
    return eval(P->getSubExpr());
  if (auto *F = dyn_cast<FullExpr>(E))
    return eval(F->getSubExpr());
  if (auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return eval(M->getSubExpr());
  if (auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return eval(B->getSubExpr());
  if (auto *C = dyn_cast<CastExpr>(E)) {
    TaintSet T = eval(C->getSubExpr());
    if (isBooleanCast(C->getCastKind()))
      return {};
    return T;
  }
  if (auto *D = dyn_cast<DeclRefExpr>(E))
    return evalDeclRef(D);
  if (isa<CXXThisExpr>(E)) {
    if (!ThisVar)
      return {};
    auto It = Cur.find(ThisVar);
    return It == Cur.end() ? TaintSet() : whole(It->second);
  }
  if (auto *M = dyn_cast<MemberExpr>(E)) {
    // The object of a field of a variable is not evaluated as a whole.
    Place P = placeOf(M);
    TaintSet Base = P.Path.empty() ? eval(M->getBase()) : TaintSet();
    if (auto *Field = dyn_cast<FieldDecl>(M->getMemberDecl()))
      if (auto S = TU.sourceOf(Field))
        return readOf(*S, M->getSourceRange(),
                      "'" + TU.source(*S).Name +
                          "' is read: " + TU.source(*S).Category);
    if (auto *Var = dyn_cast<VarDecl>(M->getMemberDecl())) // static member
      if (auto S = TU.sourceOf(Var))
        return readOf(*S, M->getSourceRange(),
                      "'" + TU.source(*S).Name +
                          "' is read: " + TU.source(*S).Category);
    auto *Field = dyn_cast<FieldDecl>(M->getMemberDecl());
    if (!Field)
      return {};
    // A record with personal-data fields is read field by field: its other
    // fields ("partner.hostname") are not personal data.
    bool Personal = !TU.recordSources(Field->getParent()).empty();
    // A field of a local, a parameter or this: what was stored into that
    // field, into the records around it and into the fields within it, and
    // what the variable holds as a whole.
    if (!P.Path.empty())
      return readField(P, M->getSourceRange());
    // A part of personal data is personal data ("client.sin_addr" of a
    // sockaddr_in holding an IP address, "i->ifa_addr" of the list that
    // getifaddrs filled).
    return Personal ? TaintSet() : Base;
  }
  if (auto *C = dyn_cast<CallExpr>(E))
    return evalCall(C);
  if (auto *C = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(C);
  if (auto *B = dyn_cast<BinaryOperator>(E)) {
    if (B->isAssignmentOp()) {
      TaintSet R = eval(B->getRHS());
      Place P = assign(B->getLHS(), R, B->getOpcode() == BO_Assign,
                       B->getSourceRange());
      if (B->getOpcode() != BO_Assign && P.V)
        return slot(P);
      return R;
    }
    TaintSet L = eval(B->getLHS());
    TaintSet R = eval(B->getRHS());
    if (B->isComparisonOp() || B->isLogicalOp())
      return {};
    if (B->getOpcode() == BO_Comma)
      return R;
    joinInto(L, R);
    return L;
  }
  if (auto *U = dyn_cast<UnaryOperator>(E)) {
    TaintSet T = eval(U->getSubExpr());
    if (U->getOpcode() == UO_LNot)
      return {};
    return T;
  }
  if (auto *C = dyn_cast<BinaryConditionalOperator>(E)) {
    // GNU "a ?: b": the condition and the true value are the same 'a'.
    TaintSet T = eval(C->getCommon());
    joinInto(T, eval(C->getFalseExpr()));
    return T;
  }
  if (auto *C = dyn_cast<AbstractConditionalOperator>(E)) {
    eval(C->getCond());
    TaintSet T = eval(C->getTrueExpr());
    joinInto(T, eval(C->getFalseExpr()));
    return T;
  }
  if (auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
    eval(A->getIdx());
    return eval(A->getBase());
  }
  if (auto *I = dyn_cast<InitListExpr>(E)) {
    TaintSet T;
    for (const Expr *Init : I->inits())
      joinInto(T, eval(Init));
    return T;
  }
  if (auto *S = dyn_cast<CXXStdInitializerListExpr>(E))
    return eval(S->getSubExpr());
  // A thrown value leaves the function, to a handler here or in a caller.
  if (auto *Th = dyn_cast<CXXThrowExpr>(E)) {
    TaintSet T = eval(Th->getSubExpr());
    facts::Point P;
    P.Kind = facts::PointKind::Throw;
    addEdges(T, P);
    if (!T.empty()) {
      QualType Ty = Th->getSubExpr() ? Th->getSubExpr()->getType() : QualType();
      joinInto(
          thrownOf(
              Ty.isNull()
                  ? nullptr
                  : Ty.getCanonicalType().getUnqualifiedType().getTypePtr()),
          T);
    }
    return {};
  }
  // "new T(args)": the new object holds what its initialiser gives it.
  if (auto *N = dyn_cast<CXXNewExpr>(E)) {
    for (const Expr *A : N->placement_arguments())
      eval(A);
    if (auto Size = N->getArraySize(); Size && *Size)
      eval(*Size);
    return N->getInitializer() ? eval(N->getInitializer()) : TaintSet();
  }
  // A closure holds what it captures.
  if (auto *L = dyn_cast<LambdaExpr>(E)) {
    TaintSet T;
    for (const Expr *Init : L->capture_inits())
      if (Init)
        joinInto(T, eval(Init));
    return T;
  }
  if (isa<UnaryExprOrTypeTraitExpr>(E) || isa<CXXDefaultArgExpr>(E) ||
      isa<CXXDefaultInitExpr>(E))
    return {};
  // Anything else: evaluate the children for their effects; the value
  // itself (a literal, a type trait, a new-expression) carries nothing.
  for (const Stmt *Child : E->children())
    if (auto *CE = dyn_cast_or_null<Expr>(Child))
      eval(CE);
  return {};
}

/// Whether an initialiser list gives each field of a plain record (no
/// bases, no union) its own initialiser.
static bool fieldWise(const InitListExpr *IL) {
  const RecordDecl *RD = IL->getType()->getAsRecordDecl();
  if (!RD || RD->isUnion() || !IL->isSemanticForm())
    return false;
  if (auto *CRD = dyn_cast<CXXRecordDecl>(RD); CRD && CRD->getNumBases())
    return false;
  unsigned N = 0;
  for (const FieldDecl *F : RD->fields())
    N += !F->isUnnamedBitField();
  return N == IL->getNumInits();
}

void Analyzer::initFields(const InitListExpr *IL, FieldPath &Path,
                          VarState &Into) {
  unsigned I = 0;
  for (const FieldDecl *F : IL->getType()->getAsRecordDecl()->fields()) {
    if (F->isUnnamedBitField())
      continue;
    const Expr *E = IL->getInit(I++);
    Path.push_back(F);
    auto *Sub = dyn_cast<InitListExpr>(strip(E));
    if (Sub && Path.size() < MaxFieldDepth && fieldWise(Sub)) {
      initFields(Sub, Path, Into);
    } else if (TaintSet T = eval(E); !T.empty()) {
      joinInto(Into.Fields[Path],
               withStep(T, facts::StepKind::Store, E->getSourceRange(),
                        "stored in '" + dotted(Path) + "'"));
    }
    Path.pop_back();
  }
}

static bool anyKnown(const TaintSet &T) {
  return llvm::any_of(T, [](const Taint &X) { return !isSymbolic(X.Source); });
}

bool Analyzer::initRecord(const VarDecl *V, const Expr *Init) {
  auto *IL = dyn_cast<InitListExpr>(strip(Init));
  if (!IL || !fieldWise(IL))
    return false;
  VarState VS;
  FieldPath Path;
  initFields(IL, Path, VS);
  VS.NameLive = !anyKnown(whole(VS));
  if (VS.T.empty() && VS.Fields.empty())
    Cur.erase(V);
  else
    Cur[V] = std::move(VS);
  return true;
}

bool Analyzer::copyRecord(const VarDecl *V, const Expr *Init) {
  const Expr *S = strip(Init);
  if (auto *CE = dyn_cast<CXXConstructExpr>(S)) {
    if (!CE->getConstructor() ||
        !CE->getConstructor()->isCopyOrMoveConstructor() ||
        CE->getNumArgs() < 1)
      return false;
    S = strip(CE->getArg(0));
  }
  if (!S->getType()->isRecordType() || !isPlaceExpr(S, TU.ast()))
    return false;
  Place P = placeOf(S);
  if (!P.V || !P.Exact || P.V == V)
    return false;
  auto It = Cur.find(P.V);
  if (It == Cur.end() || It->second.Fields.empty())
    return false;
  // The original read as a whole, but without its tracked fields, which
  // are copied one by one.
  std::map<FieldPath, TaintSet, FieldPathLess> Fields =
      std::move(It->second.Fields);
  It->second.Fields.clear();
  TaintSet Whole = eval(S);
  Cur[P.V].Fields = Fields;
  std::string Msg = "stored in '" + V->getNameAsString() + "'";
  VarState VS;
  for (const auto &[Path, T] : Fields) {
    if (isPrefix(Path, P.Path)) {
      joinInto(Whole, T);
    } else if (isPrefix(P.Path, Path)) {
      FieldPath Rest(Path.begin() + P.Path.size(), Path.end());
      joinInto(VS.Fields[Rest],
               withStep(T, facts::StepKind::Store, V->getSourceRange(), Msg));
    }
  }
  VS.T = withStep(Whole, facts::StepKind::Store, V->getSourceRange(), Msg);
  VS.NameLive = !anyKnown(whole(VS));
  Cur[V] = std::move(VS);
  return true;
}

void Analyzer::visit(const Stmt *S) {
  if (auto *E = dyn_cast<Expr>(S)) {
    eval(E);
    return;
  }
  if (auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      auto *V = dyn_cast<VarDecl>(D);
      if (!V)
        continue;
      if (!V->hasInit()) {
        Cur.erase(V); // declared afresh: nothing flowed in, the name holds
        continue;
      }
      if (copyRecord(V, V->getInit()) || initRecord(V, V->getInit())) {
        Reassigned.erase(V);
        continue;
      }
      const VarDecl *Outer = Constructing;
      Constructing = V;
      TaintSet T = eval(V->getInit());
      Constructing = Outer;
      bool Known =
          llvm::any_of(T, [](const Taint &X) { return !isSymbolic(X.Source); });
      if (!Known && !isSanitized(V->getInit())) {
        // Initialised from nothing known (at most what a call returns, which
        // the link step resolves): what the name says still holds.
        if (T.empty()) {
          Cur.erase(V);
        } else {
          VarState &VS = Cur[V];
          VS.T = withStep(T, facts::StepKind::Store, V->getSourceRange(),
                          "stored in '" + V->getNameAsString() + "'");
          VS.NameLive = true;
          Reassigned.erase(V);
        }
        continue;
      }
      write(V, T, /*Strong=*/true, V->getSourceRange(),
            "stored in '" + V->getNameAsString() + "'");
      Reassigned.erase(V); // the declaration itself is no reassignment
    }
    return;
  }
  if (auto *R = dyn_cast<ReturnStmt>(S)) {
    TaintSet T = eval(R->getRetValue());
    facts::Point P;
    P.Kind = facts::PointKind::Return;
    addEdges(T, P);
    return;
  }
}

/// How messages name a function: a lambda by where it is written.
std::string functionName(TUExtractor &TU, const FunctionDecl *FD) {
  if (auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->getParent()->isLambda()) {
    facts::Location L = TU.location(MD->getParent()->getLocation());
    return "the lambda at " + llvm::sys::path::filename(L.File).str() + ":" +
           std::to_string(L.Line);
  }
  return qualifiedName(FD);
}

facts::FunctionFacts Analyzer::run() {
  facts::FunctionFacts Out;
  Out.Name = functionName(TU, FD);
  Out.Where = TU.location(FD->getLocation());

  CFG::BuildOptions Opts;
  Opts.AddInitializers = true;
  Opts.AddImplicitDtors = false;
  Opts.AddTemporaryDtors = false;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(FD, FD->getBody(), &TU.ast(), Opts);
  if (!Graph)
    return Out;

  AnalysisDeclContext ADC(nullptr, FD);
  ForwardDataflowWorklist Worklist(*Graph, ADC);
  std::vector<std::optional<State>> OutStates(Graph->getNumBlockIDs());
  // Entry states of blocks that no edge reaches (catch handlers, as the CFG
  // is built without exception edges).
  std::vector<std::optional<State>> Seeds(Graph->getNumBlockIDs());
  // A generous bound: the lattice is finite, this only guards pathologies.
  unsigned Budget = 64 * Graph->getNumBlockIDs() + 64;
  auto Drain = [&] {
    while (const CFGBlock *B = Worklist.dequeue()) {
      if (Budget-- == 0)
        Overflow = true;
      if (Overflow)
        return;
      llvm::SmallVector<const State *, 4> Preds;
      if (Seeds[B->getBlockID()])
        Preds.push_back(&*Seeds[B->getBlockID()]);
      for (const CFGBlock *Pred : B->preds())
        if (Pred && OutStates[Pred->getBlockID()])
          Preds.push_back(&*OutStates[Pred->getBlockID()]);
      Cur = joinStates(Preds);
      joined(Cur);
      for (const auto &[V, VS] : Cur) {
        Work += 1 + VS.T.size();
        for (const auto &[P, T] : VS.Fields)
          Work += T.size();
      }
      if (Work > MaxWork)
        Overflow = true;
      // A handler's variable holds what the function's code threw.
      if (auto *Catch = dyn_cast_or_null<CXXCatchStmt>(B->getLabel()))
        if (const VarDecl *Ex = Catch->getExceptionDecl())
          write(Ex,
                caught(Catch->getCaughtType().isNull()
                           ? QualType()
                           : Catch->getCaughtType()
                                 .getNonReferenceType()
                                 .getCanonicalType()
                                 .getUnqualifiedType()),
                /*Strong=*/true, Catch->getSourceRange(),
                "caught as '" + Ex->getNameAsString() + "'");
      for (const CFGElement &El : *B) {
        if (auto S = El.getAs<CFGStmt>()) {
          visit(S->getStmt());
        } else if (auto I = El.getAs<CFGInitializer>()) {
          const CXXCtorInitializer *Init = I->getInitializer();
          TaintSet T = eval(Init->getInit());
          // A member initialiser stores into the object being built.
          // A member or base initialiser stores into the object being built.
          if ((Init->isAnyMemberInitializer() || Init->isBaseInitializer()) &&
              ThisVar && !T.empty())
            write(ThisVar, T, /*Strong=*/false, Init->getSourceRange(),
                  Init->isAnyMemberInitializer()
                      ? "stored in '" +
                            Init->getAnyMember()->getNameAsString() + "'"
                      : std::string("stored in the object"));
        }
      }
      joined(Cur);
      storeGlobals();
      auto &Slot = OutStates[B->getBlockID()];
      // A block's state only grows from one visit to the next, so that the
      // fixpoint is reached even where a transfer is not monotone (a call
      // replaces the labels that went into an argument with its own).
      if (Slot)
        Cur = joinStates({&*Slot, &Cur});
      if (Slot && sameState(*Slot, Cur))
        continue;
      Slot = Cur;
      Worklist.enqueueSuccessors(B);
    }
  };
  Seeds[Graph->getEntry().getBlockID()] = entryState();
  Worklist.enqueueBlock(&Graph->getEntry());
  Drain();

  // An exception may be thrown anywhere in a try block: a handler starts
  // with whatever any point of the function may hold.
  llvm::SmallVector<const State *, 8> All;
  for (const auto &S : OutStates)
    if (S)
      All.push_back(&*S);
  State Anywhere = joinStates(All);
  for (const CFGBlock *B : *Graph)
    if (B && !OutStates[B->getBlockID()] &&
        isa_and_nonnull<CXXCatchStmt>(B->getLabel())) {
      Seeds[B->getBlockID()] = Anywhere;
      Worklist.enqueueBlock(B);
    }
  Drain();

  // Every edge found so far holds in the fixpoint too (states only grow):
  // a function cut short reports them, and says that more may be missing.
  if (Overflow)
    support::logWarning(Out.Where.File + ":" + std::to_string(Out.Where.Line) +
                        ": the analysis of '" + Out.Name +
                        "' stopped at its budget; flows found until then are "
                        "reported, others may be missing");

  // What the parameters (and the object) hold at exit goes back to the
  // caller through references and pointers.
  if (const auto &Exit = OutStates[Graph->getExit().getBlockID()]) {
    auto OutEdges = [&](const VarDecl *V, unsigned Param) {
      auto It = Exit->find(V);
      if (It == Exit->end())
        return;
      unsigned OwnId = sym(labelOf(facts::LabelKind::Param, Param));
      facts::Point P = pointOf(facts::PointKind::OutParam, Param);
      for (const Taint &X : whole(It->second))
        if (X.Source != OwnId)
          addEdge(X, P);
    };
    for (unsigned I = 0; I < FD->getNumParams(); ++I)
      if (isOutParameter(FD->getParamDecl(I)->getType()))
        OutEdges(FD->getParamDecl(I), I);
    if (ThisVar && !cast<CXXMethodDecl>(FD)->isConst())
      OutEdges(ThisVar, facts::ThisParam);
  }

  if (auto *MD = dyn_cast<CXXMethodDecl>(FD))
    for (const CXXMethodDecl *O : MD->overridden_methods())
      Out.Overrides.push_back(TU.usr(O));
  Out.Sinks = std::move(Sinks);
  Out.Calls = std::move(Calls);
  Out.Globals = std::move(Globals);
  const auto &Cats = TU.context().Policy.Categories;
  for (const auto &[Key, Node] : Edges) {
    auto [Label, Blocked, To] = Key;
    facts::Edge E;
    if (isSymbolic(Label)) {
      E.From = Syms[Label - SymBase];
    } else {
      E.From.Kind = facts::LabelKind::Source;
      E.From.SourceUsr = TU.source(Label).Usr;
    }
    E.To = To;
    for (size_t I = 0; I < Cats.size() && I < 64; ++I)
      if (Blocked & (uint64_t(1) << I))
        E.Blocked.push_back(Cats[I].Id);
    llvm::sort(E.Blocked);
    for (const PathNode *N = Node; N; N = N->Parent)
      E.Steps.push_back({N->Kind, TU.location(N->Where), *N->Message});
    std::reverse(E.Steps.begin(), E.Steps.end());
    if (To.Kind == facts::PointKind::Sink) {
      const facts::SinkSite &Site = Out.Sinks[To.Index];
      facts::Step Sink;
      Sink.Kind = facts::StepKind::Sink;
      Sink.Where = Site.Where;
      Sink.Message =
          std::string("reaches ") + facts::destinationOfSinkKind(Site.Kind) +
          (Site.Kind == "third-party"
               ? (Site.Recipient.empty() ? std::string(" (host not known)")
                                         : " at '" + Site.Recipient + "'")
               : std::string()) +
          " through '" + Site.Callee + "'";
      E.Steps.push_back(std::move(Sink));
    }
    Out.Edges.push_back(std::move(E));
  }
  // The map is keyed by pointers and ids: order the edges by what they say.
  llvm::sort(Out.Edges, [](const facts::Edge &A, const facts::Edge &B) {
    return std::tie(A.From, A.To, A.Blocked) <
           std::tie(B.From, B.To, B.Blocked);
  });
  return Out;
}

} // namespace

std::string signatureOf(const FunctionProtoType *T) {
  if (!T)
    return "";
  std::string Out = T->getReturnType().getCanonicalType().getAsString() + "(";
  for (unsigned I = 0; I < T->getNumParams(); ++I) {
    if (I)
      Out += ",";
    Out += T->getParamType(I).getCanonicalType().getAsString();
  }
  if (T->isVariadic())
    Out += T->getNumParams() ? ",..." : "...";
  return Out + ")";
}

std::string memberSignatureOf(const CXXRecordDecl *Class,
                              const FunctionProtoType *T) {
  return (Class ? Class->getQualifiedNameAsString() : std::string("?")) +
         "::*" + signatureOf(T);
}

facts::FunctionFacts analyzeFunction(TUExtractor &TU, const FunctionDecl *FD) {
  return Analyzer(TU, FD).run();
}

} // namespace piiflow::extract
