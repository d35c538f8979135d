//===- ModelSet.cpp - library models: sinks, propagators, sanitizers ------===//
#include "Models/ModelSet.h"

#include "Support/BuiltinRules.h"
#include "Support/JsonDocument.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace piiflow::models {

using support::childPointer;
using support::Json;
using support::JsonDocument;

llvm::StringRef toString(SinkKind K) {
  switch (K) {
  case SinkKind::Log:
    return "log";
  case SinkKind::ThirdParty:
    return "third-party";
  case SinkKind::Storage:
    return "storage";
  }
  return "log";
}

bool Positions::hasArg(unsigned I) const {
  return llvm::is_contained(Args, I) || (ArgsFrom && I >= *ArgsFrom);
}

namespace {

const std::vector<std::string> TopKeys = {"$schema", "library", "description",
                                          "models"};
const std::vector<std::string> ModelKeys = {
    "unless",   "url",        "handle",  "function", "role",    "sink",
    "data",     "when",       "from",    "to",       "aliases", "note",
    "category", "categories", "profile", "callable"};
const std::vector<std::string> RoleNames = {
    "sink", "propagator", "sanitizer", "recipient", "source", "invoker"};
const std::vector<std::string> SinkNames = {"log", "third-party", "storage"};
const std::vector<std::string> WhenKeys = {"arg", "refersTo", "type", "calls",
                                           "text"};

llvm::Expected<Condition> parseCondition(const JsonDocument &Doc, const Json &W,
                                         const std::string &WPtr) {
  if (auto Err = Doc.expectObject(W, WPtr))
    return Err;
  if (auto Err = Doc.checkKeys(W, WPtr, WhenKeys))
    return Err;
  Condition C;
  auto A = W.find("arg");
  if (A != W.end() && A->is_string() && A->get<std::string>() == "this")
    C.Arg = ~0u;
  else if (A == W.end() || !A->is_number_unsigned())
    return Doc.error(WPtr,
                     "a condition needs 'arg': an argument index or \"this\"");
  else
    C.Arg = A->get<unsigned>();
  for (const char *Key : {"refersTo", "type", "calls", "text"}) {
    auto It = W.find(Key);
    if (It == W.end())
      continue;
    std::string KPtr = childPointer(WPtr, Key);
    auto Names = Doc.getStringList(*It, KPtr);
    if (!Names)
      return Names.takeError();
    for (const std::string &N : *Names) {
      auto NG = support::NameGlob::create(N);
      if (!NG)
        return Doc.error(KPtr,
                         "invalid pattern: " + llvm::toString(NG.takeError()));
      (llvm::StringRef(Key) == "type"    ? C.Types
       : llvm::StringRef(Key) == "calls" ? C.Calls
       : llvm::StringRef(Key) == "text"  ? C.Text
                                         : C.RefersTo)
          .push_back(std::move(*NG));
    }
  }
  if (C.RefersTo.empty() && C.Types.empty() && C.Calls.empty() &&
      C.Text.empty())
    return Doc.error(WPtr, "a condition needs 'refersTo' (variable or "
                           "enumerator patterns), 'type' (type patterns), "
                           "'calls' (function patterns) or 'text' (patterns "
                           "of a constant string)");
  return C;
}

/// "argN" or "this" (as ~0u), for "url" and "handle".
llvm::Expected<unsigned> parseOnePosition(const JsonDocument &Doc,
                                          const Json &V,
                                          const std::string &Ptr) {
  auto S = Doc.getString(V, Ptr);
  if (!S)
    return S.takeError();
  llvm::StringRef R(*S);
  unsigned N = 0;
  if (R == "this")
    return ~0u;
  if (R.consume_front("arg") && !R.getAsInteger(10, N))
    return N;
  return Doc.error(Ptr, "unknown position '" + *S + "'; expected this or argN");
}

llvm::Expected<Positions> parsePositions(const JsonDocument &Doc, const Json &V,
                                         const std::string &Ptr) {
  auto List = Doc.getStringList(V, Ptr);
  if (!List)
    return List.takeError();
  Positions P;
  for (size_t I = 0; I < List->size(); ++I) {
    llvm::StringRef S((*List)[I]);
    unsigned N = 0;
    if (S == "this")
      P.This = true;
    else if (S == "return")
      P.Return = true;
    else if (S == "args")
      P.ArgsFrom = 0;
    else if (S.consume_front("arg") && S.consume_back("..") &&
             !S.getAsInteger(10, N))
      P.ArgsFrom = N;
    else if (llvm::StringRef((*List)[I]).starts_with("arg") &&
             !S.getAsInteger(10, N))
      P.Args.push_back(N);
    else
      return Doc.error(childPointer(Ptr, I),
                       "unknown position '" + (*List)[I] +
                           "'; expected this, return, args, argN or argN..");
  }
  return P;
}

/// A category id; checked against Known (with "did you mean") if given.
llvm::Expected<std::string>
parseCategory(const JsonDocument &Doc, const Json &V, const std::string &Ptr,
              const std::vector<std::string> *Known) {
  if (Known) {
    auto I = Doc.getChoice(V, Ptr, *Known, "category");
    if (!I)
      return I.takeError();
    return (*Known)[*I];
  }
  return Doc.getString(V, Ptr);
}

llvm::Expected<Model> parseModel(const JsonDocument &Doc, const Json &V,
                                 const std::string &Ptr,
                                 const std::vector<std::string> *Known) {
  if (auto Err = Doc.expectObject(V, Ptr))
    return Err;
  if (auto Err = Doc.checkKeys(V, Ptr, ModelKeys))
    return Err;
  Model M;
  M.File = Doc.file().str();
  M.Pointer = Ptr;

  auto F = V.find("function");
  if (F == V.end())
    return Doc.error(Ptr, "a model needs a 'function' pattern");
  auto FName = Doc.getString(*F, childPointer(Ptr, "function"));
  if (!FName)
    return FName.takeError();
  auto G = support::NameGlob::create(*FName);
  if (!G)
    return Doc.error(childPointer(Ptr, "function"),
                     "invalid pattern: " + llvm::toString(G.takeError()));
  M.Function = std::move(*G);

  auto R = V.find("role");
  if (R == V.end())
    return Doc.error(Ptr, "a model needs a 'role' (sink, propagator, "
                          "sanitizer, recipient, source or invoker)");
  auto Role = Doc.getChoice(*R, childPointer(Ptr, "role"), RoleNames, "role");
  if (!Role)
    return Role.takeError();
  M.Kind = static_cast<models::Role>(*Role); // RoleNames is in enum order

  auto PositionsAt = [&](llvm::StringRef Key,
                         Positions &Out) -> llvm::Expected<bool> {
    auto It = V.find(Key.str());
    if (It == V.end())
      return false;
    auto P = parsePositions(Doc, *It, childPointer(Ptr, Key));
    if (!P)
      return P.takeError();
    Out = std::move(*P);
    return true;
  };

  if (M.Kind == Role::Sink) {
    auto S = V.find("sink");
    if (S == V.end())
      return Doc.error(
          Ptr, "a sink model needs 'sink' (log, third-party or storage)");
    auto Kind =
        Doc.getChoice(*S, childPointer(Ptr, "sink"), SinkNames, "sink kind");
    if (!Kind)
      return Kind.takeError();
    M.Sink = static_cast<SinkKind>(*Kind); // SinkNames is in enum order
    auto Has = PositionsAt("data", M.Data);
    if (!Has)
      return Has.takeError();
    if (!*Has)
      return Doc.error(
          Ptr, "a sink model needs 'data': the positions whose data leaves");
  }
  // A propagator may be conditional too: protobuf's set_* setters carry
  // data into the message only when the object is a protobuf message.
  if (M.Kind != Role::Sanitizer)
    for (const char *Key : {"when", "unless"}) {
      auto W = V.find(Key);
      if (W == V.end())
        continue;
      auto C = parseCondition(Doc, *W, childPointer(Ptr, Key));
      if (!C)
        return C.takeError();
      (llvm::StringRef(Key) == "when" ? M.When : M.Unless) = std::move(*C);
    }
  if (M.Kind == Role::Sink || M.Kind == Role::Recipient) {
    for (const char *Key : {"url", "handle"}) {
      auto It = V.find(Key);
      if (It == V.end())
        continue;
      auto P = parseOnePosition(Doc, *It, childPointer(Ptr, Key));
      if (!P)
        return P.takeError();
      (llvm::StringRef(Key) == "url" ? M.Url : M.Handle) = *P;
    }
    if (M.Kind == Role::Recipient && (!M.Url || !M.Handle))
      return Doc.error(Ptr, "a recipient model needs 'url' and 'handle'");
  } else if (M.Kind == Role::Propagator) {
    auto HasFrom = PositionsAt("from", M.From);
    if (!HasFrom)
      return HasFrom.takeError();
    auto HasTo = PositionsAt("to", M.To);
    if (!HasTo)
      return HasTo.takeError();
    Positions Alias;
    auto HasAlias = PositionsAt("aliases", Alias);
    if (!HasAlias)
      return HasAlias.takeError();
    if (*HasAlias)
      M.Aliases = Alias;
    // A model may only say what the result refers to (curl_mime_addpart
    // returns a part of its mime handle).
    if ((!*HasFrom || !*HasTo) && !(*HasAlias && !*HasFrom && !*HasTo))
      return Doc.error(Ptr, "a propagator model needs 'from' and 'to' (or "
                            "only 'aliases')");
  } else if (M.Kind == Role::Sanitizer) {
    auto HasTo = PositionsAt("to", M.To);
    if (!HasTo)
      return HasTo.takeError();
    if (!*HasTo)
      M.To.Return = true;
    if (auto C = V.find("categories"); C != V.end()) {
      std::string CPtr = childPointer(Ptr, "categories");
      if (auto Err = Doc.expectArray(*C, CPtr))
        return Err;
      for (size_t I = 0; I < C->size(); ++I) {
        auto Id = parseCategory(Doc, (*C)[I], childPointer(CPtr, I), Known);
        if (!Id)
          return Id.takeError();
        M.Categories.push_back(std::move(*Id));
      }
      if (M.Categories.empty())
        return Doc.error(CPtr, "an empty list protects nothing; leave "
                               "'categories' out to protect every category");
    }
  } else if (M.Kind == Role::Source) {
    auto C = V.find("category");
    if (C == V.end())
      return Doc.error(Ptr, "a source model needs 'category': the category "
                            "of the data it yields");
    auto Id = parseCategory(Doc, *C, childPointer(Ptr, "category"), Known);
    if (!Id)
      return Id.takeError();
    M.Categories.push_back(std::move(*Id));
    auto HasTo = PositionsAt("to", M.To);
    if (!HasTo)
      return HasTo.takeError();
    if (!*HasTo)
      return Doc.error(Ptr, "a source model needs 'to': the positions that "
                            "receive the data (return, this or argN)");
  } else if (M.Kind == Role::Invoker) {
    auto C = V.find("callable");
    if (C == V.end())
      return Doc.error(Ptr, "an invoker model needs 'callable': \"this\" (the "
                            "callable the object holds) or \"argN\"");
    auto P = parseOnePosition(Doc, *C, childPointer(Ptr, "callable"));
    if (!P)
      return P.takeError();
    M.Callable = *P;
  }
  if (auto P = V.find("profile"); P != V.end()) {
    auto S = Doc.getString(*P, childPointer(Ptr, "profile"));
    if (!S)
      return S.takeError();
    M.Profile = *S;
  }
  for (llvm::StringRef Key : {"sink", "data"})
    if (M.Kind != Role::Sink && V.contains(Key.str()))
      return Doc.error(childPointer(Ptr, Key),
                       "'" + Key + "' applies only to sink models", true);
  for (llvm::StringRef Key : {"when", "unless"})
    if (M.Kind == Role::Sanitizer && V.contains(Key.str()))
      return Doc.error(
          childPointer(Ptr, Key),
          "'" + Key + "' applies only to sink, recipient and propagator models",
          true);
  for (llvm::StringRef Key : {"url", "handle"})
    if (M.Kind != Role::Sink && M.Kind != Role::Recipient &&
        V.contains(Key.str()))
      return Doc.error(
          childPointer(Ptr, Key),
          "'" + Key + "' applies only to sink and recipient models", true);
  for (llvm::StringRef Key : {"from", "aliases"})
    if (M.Kind != Role::Propagator && V.contains(Key.str()))
      return Doc.error(childPointer(Ptr, Key),
                       "'" + Key + "' applies only to propagator models", true);
  if (V.contains("to") && M.Kind != Role::Propagator &&
      M.Kind != Role::Sanitizer && M.Kind != Role::Source)
    return Doc.error(childPointer(Ptr, "to"),
                     "'to' applies only to propagator, sanitizer and source "
                     "models",
                     true);
  if (V.contains("categories") && M.Kind != Role::Sanitizer)
    return Doc.error(childPointer(Ptr, "categories"),
                     "'categories' applies only to sanitizer models", true);
  if (V.contains("callable") && M.Kind != Role::Invoker)
    return Doc.error(childPointer(Ptr, "callable"),
                     "'callable' applies only to invoker models", true);
  if (V.contains("category") && M.Kind != Role::Source)
    return Doc.error(childPointer(Ptr, "category"),
                     "'category' applies only to source models", true);
  return M;
}

llvm::Error addModelsArray(ModelSet &S, const JsonDocument &Doc,
                           const Json &Array,
                           const std::vector<std::string> *Known) {
  if (auto Err = Doc.expectArray(Array, "/models"))
    return Err;
  for (size_t I = 0; I < Array.size(); ++I) {
    auto M = parseModel(Doc, Array[I], childPointer("/models", I), Known);
    if (!M)
      return M.takeError();
    S.add(std::move(*M));
  }
  return llvm::Error::success();
}

} // namespace

void ModelSet::index(size_t I) {
  llvm::StringRef Pattern = Models[I].Function.pattern();
  size_t Sep = Pattern.rfind("::");
  llvm::StringRef Last =
      Sep == llvm::StringRef::npos ? Pattern : Pattern.substr(Sep + 2);
  if (Last.find_first_of("*?[{\\") != llvm::StringRef::npos)
    Wildcards.push_back(I);
  else
    ByName[Last].push_back(I);
}

llvm::Error ModelSet::addText(llvm::StringRef FileName, llvm::StringRef Text,
                              const std::vector<std::string> *Known) {
  auto Doc = JsonDocument::parse(FileName, Text);
  if (!Doc)
    return Doc.takeError();
  const Json &Root = Doc->root();
  if (auto Err = Doc->expectObject(Root, ""))
    return Err;
  if (auto Err = Doc->checkKeys(Root, "", TopKeys))
    return Err;
  auto Ms = Root.find("models");
  if (Ms == Root.end())
    return Doc->error("", "a model file needs a 'models' array");
  return addModelsArray(*this, *Doc, *Ms, Known);
}

void ModelSet::add(Model M) {
  Models.push_back(std::move(M));
  index(Models.size() - 1);
}

llvm::Error ModelSet::addPolicyModels(const policy::ModelSource &Source,
                                      const policy::Policy &Policy) {
  auto Doc = JsonDocument::parse(Source.File, Source.Text);
  if (!Doc)
    return Doc.takeError();
  auto Ms = Doc->root().find("models");
  if (Ms == Doc->root().end())
    return llvm::Error::success();
  std::vector<std::string> Known = Policy.categoryIds();
  return addModelsArray(*this, *Doc, *Ms, &Known);
}

llvm::Error ModelSet::addFile(llvm::StringRef Path) {
  auto Text = support::readFile(Path);
  if (!Text)
    return Text.takeError();
  return addText(Path, *Text);
}

llvm::Expected<ModelSet> ModelSet::loadBuiltin() {
  ModelSet S;
  for (const support::BuiltinFile &F : support::builtinRuleFiles())
    if (llvm::StringRef(F.Path).starts_with("rules/models/"))
      if (auto Err = S.addText(F.Path, F.Text))
        return Err;
  return S;
}

std::vector<const Model *> ModelSet::lookup(llvm::StringRef QualifiedName,
                                            llvm::StringRef SimpleName) const {
  std::vector<size_t> Hits;
  if (auto It = ByName.find(SimpleName); It != ByName.end())
    for (size_t I : It->second)
      if (Models[I].Function.matches(QualifiedName, SimpleName))
        Hits.push_back(I);
  for (size_t I : Wildcards)
    if (Models[I].Function.matches(QualifiedName, SimpleName))
      Hits.push_back(I);
  llvm::sort(Hits);
  std::vector<const Model *> Out;
  for (size_t I : Hits)
    Out.push_back(&Models[I]);
  return Out;
}

} // namespace piiflow::models
