//===- Linker.cpp - merge per-TU facts, summarise, trace to findings ------===//
#include "Solve/Linker.h"

#include "Support/Log.h"

#include "llvm/ADT/STLExtras.h"

#include <functional>
#include <map>
#include <memory>
#include <set>

namespace piiflow::solve {

namespace {

/// A path under construction, shared between the paths that extend it: a
/// parent, then either steps of its own, the steps of a fact edge (by
/// reference: the facts outlive the link), or a whole other path (a callee's
/// summary, shared rather than copied).
struct PathNode {
  std::shared_ptr<const PathNode> Parent;
  std::vector<facts::Step> Own;
  const std::vector<facts::Step> *Ref = nullptr;
  std::shared_ptr<const PathNode> Sub;
  size_t Length = 0;
};
using Path = std::shared_ptr<const PathNode>;

Path extend(const Path &P, std::vector<facts::Step> Steps) {
  if (Steps.empty())
    return P;
  auto N = std::make_shared<PathNode>();
  N->Parent = P;
  N->Length = (P ? P->Length : 0) + Steps.size();
  N->Own = std::move(Steps);
  return N;
}

Path extendRef(const Path &P, const std::vector<facts::Step> &Steps) {
  if (Steps.empty())
    return P;
  auto N = std::make_shared<PathNode>();
  N->Parent = P;
  N->Length = (P ? P->Length : 0) + Steps.size();
  N->Ref = &Steps;
  return N;
}

Path extendPath(const Path &P, const Path &Sub) {
  if (!Sub)
    return P;
  auto N = std::make_shared<PathNode>();
  N->Parent = P;
  N->Length = (P ? P->Length : 0) + Sub->Length;
  N->Sub = Sub;
  return N;
}

size_t length(const Path &P) { return P ? P->Length : 0; }

// Budgets that keep the link linear in practice on large C code bases,
// where a pointer to a central structure reaches most functions: a path
// longer than this is not extended, a source's search stops after this many
// (function, label) states, a parameter keeps at most this many effects.
// What a budget cuts is said once on stderr.
constexpr size_t MaxPathSteps = 200;
constexpr size_t MaxStatesPerSource = 20000;
constexpr size_t MaxEffectsPerParam = 256;
constexpr size_t MaxIndirectTargets = 16;
/// A call through a function-pointer field follows at most this many
/// functions stored in that field.
constexpr size_t MaxFieldTargets = 16;

void flattenInto(const PathNode *N, std::vector<facts::Step> &Out) {
  if (!N)
    return;
  flattenInto(N->Parent.get(), Out);
  if (N->Sub)
    flattenInto(N->Sub.get(), Out);
  else if (N->Ref)
    Out.insert(Out.end(), N->Ref->begin(), N->Ref->end());
  else
    Out.insert(Out.end(), N->Own.begin(), N->Own.end());
}

std::vector<facts::Step> flatten(const Path &P) {
  std::vector<facts::Step> Out;
  flattenInto(P.get(), Out);
  return Out;
}

using Blocked = std::set<std::string>;

/// One function body of the program.
struct Body {
  const facts::FunctionFacts *F = nullptr;
  /// Edges by the label they start from.
  std::map<facts::Label, std::vector<const facts::Edge *>> From;
  /// Resolved callees of each call (indices into Program::Bodies).
  std::vector<std::vector<size_t>> Callees;
  /// (caller body, call index) of every call that may reach this body.
  std::vector<std::pair<size_t, unsigned>> Callers;
};

/// Where a parameter's value goes when the function runs: its summary.
struct Effect {
  /// Sink, Return, OutParam, Throw, or Global (Param: Program::Globals).
  facts::PointKind Kind = facts::PointKind::Return;
  size_t SinkBody = 0;
  unsigned Sink = 0;
  unsigned Param = 0;
  Blocked B;
  Path P;

  auto key() const { return std::tie(Kind, SinkBody, Sink, Param, B); }
};

using Summary = std::map<unsigned, std::vector<Effect>>; ///< by parameter

class Program {
public:
  std::vector<Body> Bodies;
  std::vector<Summary> Summaries;
  std::map<std::string, const facts::SourceDecl *> Sources;
  /// Global variables by number, and the bodies that read each.
  std::vector<std::string> Globals;
  std::map<std::string, unsigned> GlobalIds;
  std::vector<std::vector<size_t>> GlobalReaders;
  unsigned globalId(const std::string &Usr) {
    auto [It, New] = GlobalIds.emplace(Usr, unsigned(Globals.size()));
    if (New) {
      Globals.push_back(Usr);
      GlobalReaders.emplace_back();
    }
    return It->second;
  }
  /// How often a budget cut the search short.
  struct {
    size_t Indirect = 0; ///< calls through pointers not followed
    size_t Steps = 0;    ///< paths cut at MaxPathSteps
    size_t Effects = 0;  ///< parameters whose effects were cut
    size_t States = 0;   ///< sources whose search was cut
    size_t total() const { return Indirect + Steps + Effects + States; }
  } Truncated;

  explicit Program(llvm::ArrayRef<facts::TUFacts> TUs);
  void summarise();
  /// Calls Found for every path from a source to a sink.
  void trace(const std::function<void(const facts::SourceDecl &, size_t Body,
                                      unsigned Sink, const Path &)> &Found);

private:
  /// Follows label L (blocked B, path P) through body I and the summaries
  /// of its callees; every effect it has on the outside is passed to Out.
  void reach(size_t I, const facts::Label &L, const Blocked &B, const Path &P,
             const std::function<void(Effect)> &Out);
  void resolveCalls();
  std::vector<std::vector<size_t>> sccs();
};

/// What a callee's effect is at its caller: the call's result, what it
/// wrote into an argument, or what it threw.
facts::LabelKind labelAtCaller(facts::PointKind K) {
  switch (K) {
  case facts::PointKind::Return:
    return facts::LabelKind::CallResult;
  case facts::PointKind::Throw:
    return facts::LabelKind::CallThrow;
  default:
    return facts::LabelKind::CallOut;
  }
}

std::string paramName(unsigned P) {
  return P == facts::ThisParam ? std::string("the object")
                               : "argument " + std::to_string(P + 1);
}

Program::Program(llvm::ArrayRef<facts::TUFacts> TUs) {
  // A body is identified by its USR and where it is defined: an inline
  // function seen by several TUs counts once, while two programs' 'main's
  // (one USR, two definitions) both count.
  std::map<std::pair<std::string, facts::Location>,
           const facts::FunctionFacts *>
      Unique;
  for (const facts::TUFacts &TU : TUs) {
    for (const facts::SourceDecl &S : TU.Sources)
      Sources.emplace(S.Usr, &S);
    for (const facts::FunctionFacts &F : TU.Functions)
      Unique.emplace(std::make_pair(F.Usr, F.Where), &F);
  }
  for (const auto &[Key, F] : Unique) {
    Body B;
    B.F = F;
    for (const facts::Edge &E : F->Edges)
      B.From[E.From].push_back(&E);
    for (const auto &[L, Es] : B.From)
      if (L.Kind == facts::LabelKind::Global)
        GlobalReaders[globalId(L.SourceUsr)].push_back(Bodies.size());
    Bodies.push_back(std::move(B));
  }
  // Calls through pointers may reach every function whose address is taken
  // with the same signature.
  std::map<std::string, std::set<std::string>> TakenBySignature;
  for (const facts::TUFacts &TU : TUs)
    for (const facts::AddressTaken &A : TU.AddressTakenFunctions)
      TakenBySignature[A.Signature].insert(A.Usr);
  // Calls through a function-pointer field reach what is stored in it.
  std::map<std::string, std::set<std::string>> StoredInField;
  for (const facts::TUFacts &TU : TUs)
    for (const facts::FieldTarget &T : TU.FieldTargets)
      StoredInField[T.Field].insert(T.Usr);

  std::map<std::string, std::vector<size_t>> ByUsr;
  for (size_t I = 0; I < Bodies.size(); ++I)
    ByUsr[Bodies[I].F->Usr].push_back(I);
  // Overriders, direct then transitive, by the USR of the overridden method.
  std::map<std::string, std::set<std::string>> Overriders;
  for (const Body &B : Bodies)
    for (const std::string &O : B.F->Overrides)
      Overriders[O].insert(B.F->Usr);
  std::function<void(const std::string &, std::set<std::string> &)> Collect =
      [&](const std::string &M, std::set<std::string> &Out) {
        auto It = Overriders.find(M);
        if (It == Overriders.end())
          return;
        for (const std::string &O : It->second)
          if (Out.insert(O).second)
            Collect(O, Out);
      };

  for (size_t I = 0; I < Bodies.size(); ++I) {
    Body &B = Bodies[I];
    B.Callees.resize(B.F->Calls.size());
    for (unsigned C = 0; C < B.F->Calls.size(); ++C) {
      const facts::CallSite &CS = B.F->Calls[C];
      std::set<std::string> Usrs;
      if (!CS.Callee.empty()) {
        Usrs.insert(CS.Callee);
        if (CS.Virtual)
          Collect(CS.Callee, Usrs);
      } else if (auto F = CS.Field.empty() ? StoredInField.end()
                                           : StoredInField.find(CS.Field);
                 F != StoredInField.end()) {
        if (F->second.size() <= MaxFieldTargets)
          Usrs = F->second;
        else
          ++Truncated.Indirect;
      } else if (auto It = TakenBySignature.find(CS.Signature);
                 It != TakenBySignature.end()) {
        // A signature shared by very many callbacks (C code's handler
        // tables) says little about which one runs: not followed.
        if (It->second.size() <= MaxIndirectTargets)
          Usrs = It->second;
        else
          ++Truncated.Indirect;
      }
      for (const std::string &U : Usrs)
        if (auto It = ByUsr.find(U); It != ByUsr.end())
          for (size_t Callee : It->second) {
            B.Callees[C].push_back(Callee);
            Bodies[Callee].Callers.push_back({I, C});
          }
    }
  }
  Summaries.resize(Bodies.size());
}

void Program::reach(size_t I, const facts::Label &Start, const Blocked &B0,
                    const Path &P0, const std::function<void(Effect)> &Out) {
  struct Item {
    facts::Label L;
    Blocked B;
    Path P;
  };
  std::vector<Item> Work{{Start, B0, P0}};
  std::set<std::pair<facts::Label, Blocked>> Seen{{Start, B0}};
  const Body &Bd = Bodies[I];
  while (!Work.empty()) {
    Item It = std::move(Work.back());
    Work.pop_back();
    if (length(It.P) > MaxPathSteps) {
      ++Truncated.Steps;
      continue;
    }
    auto Edges = Bd.From.find(It.L);
    if (Edges == Bd.From.end())
      continue;
    for (const facts::Edge *E : Edges->second) {
      Blocked B = It.B;
      B.insert(E->Blocked.begin(), E->Blocked.end());
      Path P = extendRef(It.P, E->Steps);
      switch (E->To.Kind) {
      case facts::PointKind::Sink:
        Out({facts::PointKind::Sink, I, E->To.Index, 0, B, P});
        break;
      case facts::PointKind::Return:
        Out({facts::PointKind::Return, 0, 0, 0, B, P});
        break;
      case facts::PointKind::Throw:
        Out({facts::PointKind::Throw, 0, 0, 0, B, P});
        break;
      case facts::PointKind::OutParam:
        Out({facts::PointKind::OutParam, 0, 0, E->To.Param, B, P});
        break;
      case facts::PointKind::Global:
        Out({facts::PointKind::Global, 0, 0,
             globalId(Bd.F->Globals[E->To.Index]), B, P});
        break;
      case facts::PointKind::Join: {
        // What reaches a join point is what its label holds.
        facts::Label J;
        J.Kind = facts::LabelKind::Join;
        J.Param = E->To.Param;
        if (Seen.insert({J, B}).second)
          Work.push_back({J, B, P});
        break;
      }
      case facts::PointKind::CallArg: {
        const facts::CallSite &CS = Bd.F->Calls[E->To.Index];
        // What is passed by pointer or reference stays in the caller's
        // variable after the call.
        if (llvm::is_contained(CS.OutParams, E->To.Param)) {
          facts::Label Kept;
          Kept.Kind = facts::LabelKind::CallOut;
          Kept.Call = E->To.Index;
          Kept.Param = E->To.Param;
          if (Seen.insert({Kept, B}).second)
            Work.push_back({Kept, B, P});
        }
        for (size_t Callee : Bd.Callees[E->To.Index]) {
          auto S = Summaries[Callee].find(E->To.Param);
          if (S == Summaries[Callee].end())
            continue;
          const facts::FunctionFacts &G = *Bodies[Callee].F;
          facts::Step Pass;
          Pass.Kind = facts::StepKind::Call;
          Pass.Where = CS.Where;
          Pass.Message =
              "passed as " + paramName(E->To.Param) +
              (CS.Callee.empty() ? " through a pointer to '" + G.Name + "'"
                                 : " to '" + CS.CalleeName + "'" +
                                       (CS.CalleeName != G.Name
                                            ? ", which may run '" + G.Name + "'"
                                            : std::string()));
          Path Into = extend(P, {Pass});
          for (const Effect &X : S->second) {
            Blocked B2 = B;
            B2.insert(X.B.begin(), X.B.end());
            // The callee's path, after the call into it.
            Path Through = extendPath(Into, X.P);
            if (X.Kind == facts::PointKind::Sink ||
                X.Kind == facts::PointKind::Global) {
              Out({X.Kind, X.SinkBody, X.Sink, X.Param, B2, Through});
              continue;
            }
            facts::Label Next;
            Next.Kind = labelAtCaller(X.Kind);
            Next.Call = E->To.Index;
            Next.Param = X.Param;
            if (Seen.insert({Next, B2}).second)
              Work.push_back({Next, B2, Through});
          }
        }
        break;
      }
      }
    }
  }
}

/// Strongly connected components of the call graph, callees first
/// (Tarjan's algorithm, iterative).
std::vector<std::vector<size_t>> Program::sccs() {
  size_t N = Bodies.size();
  std::vector<int> Index(N, -1), Low(N, 0);
  std::vector<bool> OnStack(N, false);
  std::vector<size_t> Stack;
  std::vector<std::vector<size_t>> Out;
  int Counter = 0;
  for (size_t Root = 0; Root < N; ++Root) {
    if (Index[Root] >= 0)
      continue;
    // (node, next callee position) frames.
    std::vector<std::pair<size_t, size_t>> Frames{{Root, 0}};
    std::vector<std::vector<size_t>> Succ(1);
    auto Successors = [&](size_t V) {
      std::vector<size_t> S;
      for (const auto &Cs : Bodies[V].Callees)
        S.insert(S.end(), Cs.begin(), Cs.end());
      return S;
    };
    Index[Root] = Low[Root] = Counter++;
    Stack.push_back(Root);
    OnStack[Root] = true;
    Succ[0] = Successors(Root);
    while (!Frames.empty()) {
      auto &[V, Pos] = Frames.back();
      std::vector<size_t> &S = Succ.back();
      if (Pos < S.size()) {
        size_t W = S[Pos++];
        if (Index[W] < 0) {
          Index[W] = Low[W] = Counter++;
          Stack.push_back(W);
          OnStack[W] = true;
          Frames.push_back({W, 0});
          Succ.push_back(Successors(W));
        } else if (OnStack[W]) {
          Low[V] = std::min(Low[V], Index[W]);
        }
        continue;
      }
      if (Low[V] == Index[V]) {
        std::vector<size_t> C;
        size_t W;
        do {
          W = Stack.back();
          Stack.pop_back();
          OnStack[W] = false;
          C.push_back(W);
        } while (W != V);
        llvm::sort(C);
        Out.push_back(std::move(C));
      }
      size_t Done = V;
      Frames.pop_back();
      Succ.pop_back();
      if (!Frames.empty())
        Low[Frames.back().first] =
            std::min(Low[Frames.back().first], Low[Done]);
    }
  }
  return Out;
}

void Program::summarise() {
  for (const std::vector<size_t> &C : sccs()) {
    // Recursion: iterate the component until its summaries stop growing.
    for (unsigned Round = 0; Round < 32; ++Round) {
      bool Changed = false;
      for (size_t I : C) {
        std::set<unsigned> Params;
        for (const auto &[L, Es] : Bodies[I].From)
          if (L.Kind == facts::LabelKind::Param)
            Params.insert(L.Param);
        for (unsigned Param : Params) {
          std::map<decltype(Effect().key()), Effect> ByKey;
          facts::Label L;
          L.Kind = facts::LabelKind::Param;
          L.Param = Param;
          reach(I, L, {}, nullptr, [&](Effect X) {
            auto K = X.key();
            auto It = ByKey.find(K);
            if (It == ByKey.end())
              ByKey.emplace(K, std::move(X));
            else if (length(X.P) < length(It->second.P))
              It->second = std::move(X);
          });
          std::vector<Effect> New;
          for (auto &[K, X] : ByKey) {
            if (New.size() == MaxEffectsPerParam) {
              ++Truncated.Effects;
              break;
            }
            New.push_back(std::move(X));
          }
          std::vector<Effect> &Old = Summaries[I][Param];
          bool Same = Old.size() == New.size();
          for (size_t J = 0; Same && J < Old.size(); ++J)
            Same = Old[J].key() == New[J].key();
          if (!Same) {
            Old = std::move(New);
            Changed = true;
          }
        }
      }
      // A single function that does not call itself needs one round.
      bool SelfCalls = false;
      for (const auto &Cs : Bodies[C.front()].Callees)
        SelfCalls |= llvm::is_contained(Cs, C.front());
      if (!Changed || (C.size() == 1 && !SelfCalls))
        break;
    }
  }
}

void Program::trace(const std::function<void(const facts::SourceDecl &, size_t,
                                             unsigned, const Path &)> &Found) {
  struct Item {
    size_t Body;
    facts::Label L;
    Path P;
  };
  for (const auto &[Usr, S] : Sources) {
    const std::string &Category = S->Category;
    std::vector<Item> Work;
    std::set<std::pair<size_t, facts::Label>> Seen;
    facts::Label Read;
    Read.SourceUsr = Usr;
    for (size_t I = 0; I < Bodies.size(); ++I)
      if (Bodies[I].From.count(Read) && Seen.insert({I, Read}).second)
        Work.push_back({I, Read, nullptr});
    // Breadth first, so that shorter paths through callers come first.
    for (size_t Next = 0; Next < Work.size(); ++Next) {
      if (Next >= MaxStatesPerSource) {
        ++Truncated.States;
        break;
      }
      Item It = Work[Next];
      reach(It.Body, It.L, {}, It.P, [&](Effect X) {
        if (X.B.count(Category))
          return;
        if (X.Kind == facts::PointKind::Sink) {
          Found(*S, X.SinkBody, X.Sink, X.P);
          return;
        }
        // Stored in a global: on to every function that reads it.
        if (X.Kind == facts::PointKind::Global) {
          facts::Label L;
          L.Kind = facts::LabelKind::Global;
          L.SourceUsr = Globals[X.Param];
          for (size_t Reader : GlobalReaders[X.Param])
            if (Seen.insert({Reader, L}).second)
              Work.push_back({Reader, L, X.P});
          return;
        }
        // Returned or written out: on to every caller.
        const Body &Callee = Bodies[It.Body];
        for (const auto &[Caller, Call] : Callee.Callers) {
          facts::Label L;
          L.Kind = labelAtCaller(X.Kind);
          L.Call = Call;
          L.Param = X.Param;
          if (!Seen.insert({Caller, L}).second)
            continue;
          // The caller's edges from the call's result start with the call.
          Work.push_back({Caller, L, X.P});
        }
      });
    }
  }
}

} // namespace

LinkResult link(llvm::ArrayRef<facts::TUFacts> TUs) {
  Program Prog(TUs);
  Prog.summarise();

  using Key = std::tuple<facts::Location, std::string, std::string>;
  std::map<Key, Finding> ByKey, ApprovedByKey;
  std::set<std::string> SourcesUsed;
  Prog.trace([&](const facts::SourceDecl &S, size_t BodyIndex, unsigned Sink,
                 const Path &P) {
    const facts::FunctionFacts &F = *Prog.Bodies[BodyIndex].F;
    const facts::SinkSite &Site = F.Sinks[Sink];
    std::string Rule = facts::ruleForSinkKind(Site.Kind);
    Finding &Fd = (Site.Approved ? ApprovedByKey
                                 : ByKey)[Key{Site.Where, Rule, S.Category}];
    if (Fd.Rule.empty()) {
      Fd.Rule = Rule;
      Fd.Category = S.Category;
      Fd.Sink = Site;
      Fd.Function = F.Name;
    }
    CodeFlow CF;
    CF.Source = S;
    facts::Step Decl;
    Decl.Kind = facts::StepKind::Declared;
    Decl.Where = S.Where;
    Decl.Message = "'" + S.Name + "' holds personal data (" + S.Category +
                   "): " + S.Reason;
    CF.Steps.push_back(std::move(Decl));
    std::vector<facts::Step> Steps = flatten(P);
    CF.Steps.insert(CF.Steps.end(), Steps.begin(), Steps.end());
    auto Existing = llvm::find_if(
        Fd.Flows, [&](const CodeFlow &C) { return C.Source.Usr == S.Usr; });
    if (Existing == Fd.Flows.end())
      Fd.Flows.push_back(std::move(CF));
    else if (CF.Steps.size() < Existing->Steps.size() ||
             (CF.Steps.size() == Existing->Steps.size() &&
              std::tie(CF.Steps.back().Where, CF.Steps.front().Where) <
                  std::tie(Existing->Steps.back().Where,
                           Existing->Steps.front().Where)))
      *Existing = std::move(CF);
    if (!Site.Approved)
      SourcesUsed.insert(S.Usr);
  });

  if (Prog.Truncated.total()) {
    std::string What;
    auto Add = [&](size_t N, const std::string &Text) {
      if (N)
        What += (What.empty() ? "" : ", ") + std::to_string(N) + " " + Text;
    };
    Add(Prog.Truncated.Indirect,
        "calls through pointers with over " +
            std::to_string(MaxIndirectTargets) + " candidate functions (" +
            std::to_string(MaxFieldTargets) + " for a field) not followed");
    Add(Prog.Truncated.Steps,
        "paths cut at " + std::to_string(MaxPathSteps) + " steps");
    Add(Prog.Truncated.States, "sources whose search stopped at " +
                                   std::to_string(MaxStatesPerSource) +
                                   " states");
    Add(Prog.Truncated.Effects, "parameters with over " +
                                    std::to_string(MaxEffectsPerParam) +
                                    " effects cut");
    support::logWarning("the link step's budgets cut searches short (" + What +
                        "): some flows may be missing");
  }
  LinkResult R;
  R.Functions = Prog.Bodies.size();
  R.Sources = SourcesUsed.size();
  auto Finish = [](std::map<Key, Finding> &From, std::vector<Finding> &To) {
    for (auto &[K, Fd] : From) {
      llvm::stable_sort(Fd.Flows, [](const CodeFlow &A, const CodeFlow &B) {
        return std::make_tuple(A.Steps.size(), A.Source.Name, A.Source.Usr) <
               std::make_tuple(B.Steps.size(), B.Source.Name, B.Source.Usr);
      });
      To.push_back(std::move(Fd));
    }
  };
  Finish(ByKey, R.Findings);
  Finish(ApprovedByKey, R.Approved);
  return R;
}

} // namespace piiflow::solve
