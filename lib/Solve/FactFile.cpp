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
    Json Flows = Json::array();
    for (const facts::Flow &Fl : Fn.Flows) {
      Json Steps = Json::array();
      for (const facts::Step &St : Fl.Steps)
        Steps.push_back({{"kind", StepKindNames[static_cast<int>(St.Kind)]},
                         {"message", St.Message},
                         {"location", loc(St.Where)}});
      Json Sink = {{"kind", Fl.Sink.Kind},
                   {"callee", Fl.Sink.Callee},
                   {"model", Fl.Sink.Model},
                   {"recipient", Fl.Sink.Recipient},
                   {"location", loc(Fl.Sink.Where)}};
      // Optional keys, written only when set: older files stay valid.
      if (!Fl.Sink.Target.empty())
        Sink["target"] = Fl.Sink.Target;
      if (Fl.Sink.Approved)
        Sink["approved"] = true;
      Flows.push_back(
          {{"source", Fl.SourceUsr}, {"sink", Sink}, {"steps", Steps}});
    }
    Functions.push_back({{"usr", Fn.Usr},
                         {"name", Fn.Name},
                         {"location", loc(Fn.Where)},
                         {"flows", Flows}});
  }
  Json Root = {{"format", "piiflow-facts"},
               {"version", F.Version},
               {"mainFile", F.MainFile},
               {"sources", Sources},
               {"functions", Functions}};
  return Root.dump(1) + "\n";
}

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
  Reader R{*Doc};
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
    const Json &Flows = R.arr(FnJ, "flows", P);
    for (size_t J = 0; J < Flows.size() && !R.failed(); ++J) {
      std::string FP =
          support::childPointer(support::childPointer(P, "flows"), J);
      facts::Flow Fl;
      Fl.SourceUsr = R.str(Flows[J], "source", FP);
      auto SinkIt = Flows[J].find("sink");
      if (SinkIt == Flows[J].end() || !SinkIt->is_object()) {
        R.fail(FP, "expected a 'sink'");
        break;
      }
      std::string SP = support::childPointer(FP, "sink");
      Fl.Sink.Kind = R.str(*SinkIt, "kind", SP);
      Fl.Sink.Callee = R.str(*SinkIt, "callee", SP);
      Fl.Sink.Model = R.str(*SinkIt, "model", SP);
      if (SinkIt->contains("recipient")) // optional: absent before 0.1.0
        Fl.Sink.Recipient = R.str(*SinkIt, "recipient", SP);
      if (SinkIt->contains("target")) // optional: absent means not known
        Fl.Sink.Target = R.str(*SinkIt, "target", SP);
      if (auto A = SinkIt->find("approved"); A != SinkIt->end()) {
        if (!A->is_boolean())
          R.fail(SP, "expected a boolean 'approved'");
        else
          Fl.Sink.Approved = A->get<bool>();
      }
      Fl.Sink.Where = R.loc(*SinkIt, "location", SP);
      const Json &Steps = R.arr(Flows[J], "steps", FP);
      for (size_t K = 0; K < Steps.size(); ++K) {
        std::string StP =
            support::childPointer(support::childPointer(FP, "steps"), K);
        facts::Step St;
        std::string Kind = R.str(Steps[K], "kind", StP);
        auto KindIt = llvm::find(StepKindNames, Kind);
        if (KindIt == std::end(StepKindNames))
          R.fail(StP, "unknown step kind '" + Kind + "'");
        else
          St.Kind =
              static_cast<facts::StepKind>(KindIt - std::begin(StepKindNames));
        St.Message = R.str(Steps[K], "message", StP);
        St.Where = R.loc(Steps[K], "location", StP);
        Fl.Steps.push_back(std::move(St));
      }
      Fn.Flows.push_back(std::move(Fl));
    }
    F.Functions.push_back(std::move(Fn));
  }
  if (R.failed())
    return std::move(R.Err);
  llvm::consumeError(std::move(R.Err));
  return F;
}

} // namespace piiflow::solve
