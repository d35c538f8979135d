//===- FactFile.cpp - the versioned JSON form of a TU's facts -------------===//
#include "Solve/FactFile.h"

#include "Support/JsonDocument.h"

namespace piiflow::solve {

using support::Json;

namespace {

const char *StepKindNames[] = {"declared", "read", "store", "call", "sink"};

Json loc(const facts::Location &L) {
  return Json{{"file", L.File},
              {"line", L.Line},
              {"column", L.Column},
              {"endLine", L.EndLine},
              {"endColumn", L.EndColumn}};
}

/// Reading is strict about shape: a fact file is machine-written.
struct Reader {
  const support::JsonDocument &Doc;
  llvm::Error Err = llvm::Error::success();

  bool failed() { return static_cast<bool>(Err); }
  void fail(const std::string &Ptr, const std::string &Msg) {
    if (!Err)
      Err = Doc.error(Ptr, Msg);
    else
      llvm::consumeError(Doc.error(Ptr, Msg));
  }
  std::string str(const Json &O, const char *Key, const std::string &Ptr) {
    auto It = O.find(Key);
    if (It == O.end() || !It->is_string()) {
      fail(Ptr, std::string("expected a string '") + Key + "'");
      return "";
    }
    return It->get<std::string>();
  }
  unsigned num(const Json &O, const char *Key, const std::string &Ptr) {
    auto It = O.find(Key);
    if (It == O.end() || !It->is_number_unsigned()) {
      fail(Ptr, std::string("expected a number '") + Key + "'");
      return 0;
    }
    return It->get<unsigned>();
  }
  const Json &arr(const Json &O, const char *Key, const std::string &Ptr) {
    static const Json Empty = Json::array();
    auto It = O.find(Key);
    if (It == O.end() || !It->is_array()) {
      fail(Ptr, std::string("expected an array '") + Key + "'");
      return Empty;
    }
    return *It;
  }
  facts::Location loc(const Json &O, const char *Key, const std::string &Ptr) {
    facts::Location L;
    auto It = O.find(Key);
    if (It == O.end() || !It->is_object()) {
      fail(Ptr, std::string("expected a location '") + Key + "'");
      return L;
    }
    std::string P = support::childPointer(Ptr, Key);
    L.File = str(*It, "file", P);
    L.Line = num(*It, "line", P);
    L.Column = num(*It, "column", P);
    L.EndLine = num(*It, "endLine", P);
    L.EndColumn = num(*It, "endColumn", P);
    return L;
  }
};

} // namespace

namespace {

const char *LabelKindNames[] = {"source",    "param", "callResult", "callOut",
                                "callThrow", "join",  "global"};
const char *PointKindNames[] = {"sink",  "return", "outParam", "callArg",
                                "throw", "join",   "global"};

/// Parameter indices as written: "this" for the object.
Json param(unsigned P) {
  return P == facts::ThisParam ? Json("this") : Json(P);
}

Json params(const std::vector<unsigned> &Ps) {
  Json Out = Json::array();
  for (unsigned P : Ps)
    Out.push_back(param(P));
  return Out;
}

Json steps(const std::vector<facts::Step> &Steps) {
  Json Out = Json::array();
  for (const facts::Step &St : Steps)
    Out.push_back({{"kind", StepKindNames[static_cast<int>(St.Kind)]},
                   {"message", St.Message},
                   {"location", loc(St.Where)}});
  return Out;
}

Json label(const facts::Label &L) {
  Json J = {{"kind", LabelKindNames[static_cast<int>(L.Kind)]}};
  switch (L.Kind) {
  case facts::LabelKind::Source:
    J["source"] = L.SourceUsr;
    break;
  case facts::LabelKind::Param:
    J["param"] = param(L.Param);
    break;
  case facts::LabelKind::CallResult:
  case facts::LabelKind::CallThrow:
    J["call"] = L.Call;
    break;
  case facts::LabelKind::CallOut:
    J["call"] = L.Call;
    J["param"] = param(L.Param);
    break;
  case facts::LabelKind::Join:
    J["join"] = L.Param;
    break;
  case facts::LabelKind::Global:
    J["global"] = L.SourceUsr;
    break;
  }
  return J;
}

Json point(const facts::Point &P) {
  Json J = {{"kind", PointKindNames[static_cast<int>(P.Kind)]}};
  switch (P.Kind) {
  case facts::PointKind::Sink:
    J["sink"] = P.Index;
    break;
  case facts::PointKind::Return:
  case facts::PointKind::Throw:
    break;
  case facts::PointKind::OutParam:
    J["param"] = param(P.Param);
    break;
  case facts::PointKind::CallArg:
    J["call"] = P.Index;
    J["param"] = param(P.Param);
    break;
  case facts::PointKind::Join:
    J["join"] = P.Param;
    break;
  case facts::PointKind::Global:
    J["global"] = P.Index;
    break;
  }
  return J;
}

} // namespace

std::string writeFacts(const facts::TUFacts &F) {
  Json Sources = Json::array();
  for (const facts::SourceDecl &S : F.Sources)
    Sources.push_back({{"usr", S.Usr},
                       {"name", S.Name},
                       {"declKind", S.DeclKind},
                       {"category", S.Category},
                       {"reason", S.Reason},
                       {"location", loc(S.Where)}});
  Json Functions = Json::array();
  for (const facts::FunctionFacts &Fn : F.Functions) {
    Json Sinks = Json::array();
    for (const facts::SinkSite &S : Fn.Sinks) {
      Json Sink = {{"kind", S.Kind},
                   {"callee", S.Callee},
                   {"model", S.Model},
                   {"recipient", S.Recipient},
                   {"location", loc(S.Where)}};
      // Optional keys, written only when set.
      if (!S.Target.empty())
        Sink["target"] = S.Target;
      if (S.Approved)
        Sink["approved"] = true;
      Sinks.push_back(std::move(Sink));
    }
    Json Calls = Json::array();
    for (const facts::CallSite &C : Fn.Calls)
      Calls.push_back({{"callee", C.Callee},
                       {"calleeName", C.CalleeName},
                       {"signature", C.Signature},
                       {"field", C.Field},
                       {"virtual", C.Virtual},
                       {"outParams", params(C.OutParams)},
                       {"location", loc(C.Where)}});
    Json Edges = Json::array();
    for (const facts::Edge &E : Fn.Edges)
      Edges.push_back({{"from", label(E.From)},
                       {"to", point(E.To)},
                       {"blocked", E.Blocked},
                       {"steps", steps(E.Steps)}});
    Functions.push_back({{"usr", Fn.Usr},
                         {"name", Fn.Name},
                         {"location", loc(Fn.Where)},
                         {"signature", Fn.Signature},
                         {"overrides", Fn.Overrides},
                         {"sinks", Sinks},
                         {"calls", Calls},
                         {"globals", Fn.Globals},
                         {"edges", Edges}});
  }
  Json Taken = Json::array();
  for (const facts::AddressTaken &A : F.AddressTakenFunctions)
    Taken.push_back({{"usr", A.Usr}, {"signature", A.Signature}});
  Json Targets = Json::array();
  for (const facts::FieldTarget &T : F.FieldTargets)
    Targets.push_back({{"field", T.Field}, {"usr", T.Usr}});
  Json Root = {{"format", "piiflow-facts"}, {"version", F.Version},
               {"mainFile", F.MainFile},    {"sources", Sources},
               {"functions", Functions},    {"addressTaken", Taken},
               {"fieldTargets", Targets}};
  return Root.dump(1) + "\n";
}

namespace {

struct FactReader : Reader {
  unsigned param(const Json &O, const std::string &Ptr) {
    auto It = O.find("param");
    if (It != O.end() && It->is_string() && It->get<std::string>() == "this")
      return facts::ThisParam;
    return num(O, "param", Ptr);
  }
  template <size_t N>
  unsigned kind(const Json &O, const char *(&Names)[N],
                const std::string &Ptr) {
    std::string K = str(O, "kind", Ptr);
    auto It = llvm::find(Names, K);
    if (It == std::end(Names)) {
      if (!failed())
        fail(Ptr, "unknown kind '" + K + "'");
      return 0;
    }
    return It - std::begin(Names);
  }
  std::vector<std::string> strings(const Json &O, const char *Key,
                                   const std::string &Ptr) {
    std::vector<std::string> Out;
    const Json &A = arr(O, Key, Ptr);
    for (const Json &V : A) {
      if (!V.is_string()) {
        fail(support::childPointer(Ptr, Key), "expected strings");
        break;
      }
      Out.push_back(V.get<std::string>());
    }
    return Out;
  }
  std::vector<facts::Step> steps(const Json &O, const std::string &Ptr) {
    std::vector<facts::Step> Out;
    const Json &Steps = arr(O, "steps", Ptr);
    for (size_t K = 0; K < Steps.size() && !failed(); ++K) {
      std::string StP =
          support::childPointer(support::childPointer(Ptr, "steps"), K);
      facts::Step St;
      St.Kind =
          static_cast<facts::StepKind>(kind(Steps[K], StepKindNames, StP));
      St.Message = str(Steps[K], "message", StP);
      St.Where = loc(Steps[K], "location", StP);
      Out.push_back(std::move(St));
    }
    return Out;
  }
  const Json &obj(const Json &O, const char *Key, const std::string &Ptr) {
    static const Json Empty = Json::object();
    auto It = O.find(Key);
    if (It == O.end() || !It->is_object()) {
      fail(Ptr, std::string("expected an object '") + Key + "'");
      return Empty;
    }
    return *It;
  }
};

} // namespace

llvm::Expected<facts::TUFacts> readFacts(llvm::StringRef FileName,
                                         llvm::StringRef Text) {
  auto Doc = support::JsonDocument::parse(FileName, Text);
  if (!Doc)
    return Doc.takeError();
  const Json &Root = Doc->root();
  auto Format = Root.is_object() ? Root.find("format") : Root.end();
  if (!Root.is_object() || Format == Root.end() || !Format->is_string() ||
      Format->get<std::string>() != "piiflow-facts")
    return Doc->error("", "not a piiflow fact file");
  FactReader R{{*Doc}};
  facts::TUFacts F;
  F.Version = R.num(Root, "version", "");
  if (!R.failed() && F.Version != facts::FactsVersion) {
    llvm::consumeError(std::move(R.Err));
    return Doc->error("/version", "fact file version " +
                                      std::to_string(F.Version) +
                                      " is not the supported version " +
                                      std::to_string(facts::FactsVersion));
  }
  F.MainFile = R.str(Root, "mainFile", "");
  const Json &Sources = R.arr(Root, "sources", "");
  for (size_t I = 0; I < Sources.size(); ++I) {
    std::string P = support::childPointer("/sources", I);
    facts::SourceDecl S;
    S.Usr = R.str(Sources[I], "usr", P);
    S.Name = R.str(Sources[I], "name", P);
    S.DeclKind = R.str(Sources[I], "declKind", P);
    S.Category = R.str(Sources[I], "category", P);
    S.Reason = R.str(Sources[I], "reason", P);
    S.Where = R.loc(Sources[I], "location", P);
    F.Sources.push_back(std::move(S));
  }
  const Json &Functions = R.arr(Root, "functions", "");
  for (size_t I = 0; I < Functions.size() && !R.failed(); ++I) {
    std::string P = support::childPointer("/functions", I);
    const Json &FnJ = Functions[I];
    facts::FunctionFacts Fn;
    Fn.Usr = R.str(FnJ, "usr", P);
    Fn.Name = R.str(FnJ, "name", P);
    Fn.Where = R.loc(FnJ, "location", P);
    Fn.Signature = R.str(FnJ, "signature", P);
    Fn.Overrides = R.strings(FnJ, "overrides", P);
    const Json &Sinks = R.arr(FnJ, "sinks", P);
    for (size_t J = 0; J < Sinks.size() && !R.failed(); ++J) {
      std::string SP =
          support::childPointer(support::childPointer(P, "sinks"), J);
      facts::SinkSite S;
      S.Kind = R.str(Sinks[J], "kind", SP);
      S.Callee = R.str(Sinks[J], "callee", SP);
      S.Model = R.str(Sinks[J], "model", SP);
      S.Recipient = R.str(Sinks[J], "recipient", SP);
      if (Sinks[J].contains("target")) // optional: absent means not known
        S.Target = R.str(Sinks[J], "target", SP);
      if (auto A = Sinks[J].find("approved"); A != Sinks[J].end()) {
        if (!A->is_boolean())
          R.fail(SP, "expected a boolean 'approved'");
        else
          S.Approved = A->get<bool>();
      }
      S.Where = R.loc(Sinks[J], "location", SP);
      Fn.Sinks.push_back(std::move(S));
    }
    Fn.Globals = R.strings(FnJ, "globals", P);
    const Json &Calls = R.arr(FnJ, "calls", P);
    for (size_t J = 0; J < Calls.size() && !R.failed(); ++J) {
      std::string CP =
          support::childPointer(support::childPointer(P, "calls"), J);
      facts::CallSite C;
      C.Callee = R.str(Calls[J], "callee", CP);
      C.CalleeName = R.str(Calls[J], "calleeName", CP);
      C.Signature = R.str(Calls[J], "signature", CP);
      C.Field = R.str(Calls[J], "field", CP);
      auto V = Calls[J].find("virtual");
      C.Virtual = V != Calls[J].end() && V->is_boolean() && V->get<bool>();
      C.Where = R.loc(Calls[J], "location", CP);
      if (auto O = Calls[J].find("outParams"); O != Calls[J].end()) {
        if (!O->is_array()) {
          R.fail(CP, "expected an array 'outParams'");
        } else {
          for (const Json &V : *O)
            C.OutParams.push_back(V.is_string() &&
                                          V.get<std::string>() == "this"
                                      ? facts::ThisParam
                                  : V.is_number_unsigned() ? V.get<unsigned>()
                                                           : 0);
        }
      }
      Fn.Calls.push_back(std::move(C));
    }
    const Json &Edges = R.arr(FnJ, "edges", P);
    for (size_t J = 0; J < Edges.size() && !R.failed(); ++J) {
      std::string EP =
          support::childPointer(support::childPointer(P, "edges"), J);
      facts::Edge E;
      std::string LP = support::childPointer(EP, "from");
      const Json &LJ = R.obj(Edges[J], "from", EP);
      E.From.Kind =
          static_cast<facts::LabelKind>(R.kind(LJ, LabelKindNames, LP));
      switch (E.From.Kind) {
      case facts::LabelKind::Source:
        E.From.SourceUsr = R.str(LJ, "source", LP);
        break;
      case facts::LabelKind::Param:
        E.From.Param = R.param(LJ, LP);
        break;
      case facts::LabelKind::CallResult:
      case facts::LabelKind::CallThrow:
        E.From.Call = R.num(LJ, "call", LP);
        break;
      case facts::LabelKind::CallOut:
        E.From.Call = R.num(LJ, "call", LP);
        E.From.Param = R.param(LJ, LP);
        break;
      case facts::LabelKind::Join:
        E.From.Param = R.num(LJ, "join", LP);
        break;
      case facts::LabelKind::Global:
        E.From.SourceUsr = R.str(LJ, "global", LP);
        break;
      }
      std::string PP = support::childPointer(EP, "to");
      const Json &PJ = R.obj(Edges[J], "to", EP);
      E.To.Kind = static_cast<facts::PointKind>(R.kind(PJ, PointKindNames, PP));
      switch (E.To.Kind) {
      case facts::PointKind::Sink:
        E.To.Index = R.num(PJ, "sink", PP);
        if (!R.failed() && E.To.Index >= Fn.Sinks.size())
          R.fail(PP, "no sink " + std::to_string(E.To.Index));
        break;
      case facts::PointKind::Return:
      case facts::PointKind::Throw:
        break;
      case facts::PointKind::OutParam:
        E.To.Param = R.param(PJ, PP);
        break;
      case facts::PointKind::CallArg:
        E.To.Index = R.num(PJ, "call", PP);
        E.To.Param = R.param(PJ, PP);
        if (!R.failed() && E.To.Index >= Fn.Calls.size())
          R.fail(PP, "no call " + std::to_string(E.To.Index));
        break;
      case facts::PointKind::Join:
        E.To.Param = R.num(PJ, "join", PP);
        break;
      case facts::PointKind::Global:
        E.To.Index = R.num(PJ, "global", PP);
        if (!R.failed() && E.To.Index >= Fn.Globals.size())
          R.fail(PP, "no global " + std::to_string(E.To.Index));
        break;
      }
      if ((E.From.Kind == facts::LabelKind::CallResult ||
           E.From.Kind == facts::LabelKind::CallOut ||
           E.From.Kind == facts::LabelKind::CallThrow) &&
          !R.failed() && E.From.Call >= Fn.Calls.size())
        R.fail(LP, "no call " + std::to_string(E.From.Call));
      E.Blocked = R.strings(Edges[J], "blocked", EP);
      E.Steps = R.steps(Edges[J], EP);
      Fn.Edges.push_back(std::move(E));
    }
    F.Functions.push_back(std::move(Fn));
  }
  const Json &Taken = R.arr(Root, "addressTaken", "");
  for (size_t I = 0; I < Taken.size() && !R.failed(); ++I) {
    std::string P = support::childPointer("/addressTaken", I);
    F.AddressTakenFunctions.push_back(
        {R.str(Taken[I], "usr", P), R.str(Taken[I], "signature", P)});
  }
  const Json &Targets = R.arr(Root, "fieldTargets", "");
  for (size_t I = 0; I < Targets.size() && !R.failed(); ++I) {
    std::string P = support::childPointer("/fieldTargets", I);
    F.FieldTargets.push_back(
        {R.str(Targets[I], "field", P), R.str(Targets[I], "usr", P)});
  }
  if (R.failed())
    return std::move(R.Err);
  llvm::consumeError(std::move(R.Err));
  return F;
}

} // namespace piiflow::solve
