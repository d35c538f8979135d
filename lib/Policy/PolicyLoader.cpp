//===- PolicyLoader.cpp - read, validate and layer policy files -----------===//
#include "Policy/PolicyLoader.h"

#include "Support/BuiltinRules.h"
#include "Support/Identifier.h"
#include "Support/JsonDocument.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace piiflow::policy {

using support::childPointer;
using support::Json;
using support::JsonDocument;

namespace {

constexpr llvm::StringLiteral BuiltinPolicyDir = "rules/policies/";
constexpr llvm::StringLiteral DefaultPolicyFile =
    "rules/policies/prosto-back-office.json";

const std::vector<std::string> TopKeys = {
    "$schema",      "name",           "title",   "description", "extends",
    "categories",   "classification", "rules",   "approved",    "sanitizers",
    "excludePaths", "models",         "profiles"};
const std::vector<std::string> ProfileNames = {"client"};
const std::vector<std::string> CategoryKeys = {
    "id",          "title",   "description", "clauses", "extension",
    "sensitivity", "numeric", "terms",       "types",   "excludeNames"};
const std::vector<std::string> SensitivityNames = {"low", "medium", "high"};
const std::vector<std::string> NumericNames = {"integer", "floating"};
const std::vector<std::string> TermKeys = {"term", "numeric"};
const std::vector<std::string> ClassificationKeys = {
    "neutralSuffixes", "flagPrefixes", "nonDataTypes", "excludeNames"};
const std::vector<std::string> RuleIds = {"pii-log", "pii-third-party",
                                          "pii-storage"};
const std::vector<std::string> RuleKeys = {"clauses", "summary"};
const std::vector<std::string> ApprovedKeys = {"recipients", "storage"};
const std::vector<std::string> RecipientKeys = {"host", "function"};
const std::vector<std::string> FunctionKeys = {"function"};
const std::vector<std::string> SanitizerKeys = {"function", "categories"};

/// Where a policy spec points: a built-in (by rules/ path) or a file.
struct PolicySource {
  std::string DisplayName; ///< path as cited in messages
  std::string Text;
  std::string Dir; ///< for resolving a relative "extends"; empty for built-ins
};

const support::BuiltinFile *findBuiltin(llvm::StringRef Name) {
  std::string Path = Name == DefaultPolicyName
                         ? DefaultPolicyFile.str()
                         : (BuiltinPolicyDir + Name + ".json").str();
  for (const support::BuiltinFile &F : support::builtinRuleFiles())
    if (Path == F.Path)
      return &F;
  return nullptr;
}

class Layerer {
public:
  explicit Layerer(Policy &P) : P(P) {}

  /// Layers Doc; Text is its source (kept for a "models" array).
  llvm::Error layer(const JsonDocument &Doc, llvm::StringRef Text);

private:
  Policy &P;
  const JsonDocument *Doc = nullptr;

  llvm::Error category(const Json &V, const std::string &Ptr);
  llvm::Error terms(const Json &V, const std::string &Ptr, Category &C);
  llvm::Error functionPatterns(const Json &V, const std::string &Ptr,
                               std::vector<FunctionPattern> &Out,
                               bool Sanitizers = false);
  /// Sanitizer categories, checked once the whole file is layered (its
  /// "categories" may come after its "sanitizers").
  std::vector<std::pair<std::string, const Json *>> PendingCategories;
  /// A list of glob strings.
  llvm::Error patterns(const Json &V, const std::string &Ptr,
                       std::vector<Pattern> &Out);
  llvm::Error recipients(const Json &V, const std::string &Ptr);
  llvm::Expected<support::NameGlob> glob(const Json &V, const std::string &Ptr);
};

llvm::Expected<support::NameGlob> Layerer::glob(const Json &V,
                                                const std::string &Ptr) {
  auto S = Doc->getString(V, Ptr);
  if (!S)
    return S.takeError();
  auto G = support::NameGlob::create(*S);
  if (!G)
    return Doc->error(Ptr, "invalid pattern '" + *S +
                               "': " + llvm::toString(G.takeError()));
  return G;
}

llvm::Error Layerer::terms(const Json &V, const std::string &Ptr, Category &C) {
  if (auto Err = Doc->expectArray(V, Ptr))
    return Err;
  for (size_t I = 0; I < V.size(); ++I) {
    // A term is a string, or {"term": "...", "numeric": ...} when it
    // overrides the category's numeric kinds.
    std::string TPtr = childPointer(Ptr, I);
    const Json *Text = &V[I];
    Term T;
    if (V[I].is_object()) {
      if (auto Err = Doc->checkKeys(V[I], TPtr, TermKeys))
        return Err;
      auto It = V[I].find("term");
      if (It == V[I].end())
        return Doc->error(TPtr, "a term object needs 'term'");
      Text = &*It;
      TPtr = childPointer(TPtr, "term");
      if (auto N = V[I].find("numeric"); N != V[I].end()) {
        std::string NPtr = childPointer(childPointer(Ptr, I), "numeric");
        if (N->is_boolean()) {
          T.Integer = T.Floating = N->get<bool>();
        } else {
          auto Kind = Doc->getChoice(*N, NPtr, NumericNames, "numeric kind");
          if (!Kind)
            return Kind.takeError();
          T.Integer = *Kind == 0;
          T.Floating = *Kind == 1;
        }
      }
    }
    auto S = Doc->getString(*Text, TPtr);
    if (!S)
      return S.takeError();
    T.Text = *S;
    T.Words = support::splitIdentifier(T.Text);
    T.Origin = Doc->file().str();
    if (T.Words.empty())
      return Doc->error(TPtr, "a term needs at least one word");
    C.Terms.push_back(std::move(T));
  }
  return llvm::Error::success();
}

llvm::Error Layerer::category(const Json &V, const std::string &Ptr) {
  if (auto Err = Doc->expectObject(V, Ptr))
    return Err;
  if (auto Err = Doc->checkKeys(V, Ptr, CategoryKeys))
    return Err;
  auto IdIt = V.find("id");
  if (IdIt == V.end())
    return Doc->error(Ptr, "a category needs an 'id'");
  auto Id = Doc->getString(*IdIt, childPointer(Ptr, "id"));
  if (!Id)
    return Id.takeError();

  Category *C = nullptr;
  for (Category &Existing : P.Categories)
    if (Existing.Id == *Id)
      C = &Existing;
  if (!C) {
    // A new category must say what it is; an id that only adds terms is
    // most likely a typo of an existing one.
    if (!V.contains("title") || !V.contains("sensitivity")) {
      std::string Msg = "unknown category '" + *Id + "'";
      if (auto Near = support::nearest(*Id, P.categoryIds()))
        Msg += "; did you mean '" + *Near + "'?";
      Msg += " (a new category needs 'title' and 'sensitivity')";
      return Doc->error(childPointer(Ptr, "id"), Msg);
    }
    P.Categories.emplace_back();
    C = &P.Categories.back();
    C->Id = *Id;
    C->Origin = Doc->file().str();
  }

  for (auto It = V.begin(); It != V.end(); ++It) {
    const std::string &Key = It.key();
    std::string KeyPtr = childPointer(Ptr, Key);
    if (Key == "title") {
      auto S = Doc->getString(*It, KeyPtr);
      if (!S)
        return S.takeError();
      C->Title = *S;
    } else if (Key == "clauses") {
      auto L = Doc->getStringList(*It, KeyPtr);
      if (!L)
        return L.takeError();
      C->Clauses = *L;
    } else if (Key == "extension") {
      auto B = Doc->getBool(*It, KeyPtr);
      if (!B)
        return B.takeError();
      C->Extension = *B;
    } else if (Key == "numeric") {
      // true, false, "integer" or "floating".
      if (It->is_boolean()) {
        C->Integer = C->Floating = It->get<bool>();
      } else {
        auto Kind = Doc->getChoice(*It, KeyPtr, NumericNames, "numeric kind");
        if (!Kind)
          return Kind.takeError();
        C->Integer = *Kind == 0;
        C->Floating = *Kind == 1;
      }
    } else if (Key == "types" || Key == "excludeNames") {
      if (auto Err = patterns(*It, KeyPtr,
                              Key == "types" ? C->Types : C->ExcludeNames))
        return Err;
    } else if (Key == "sensitivity") {
      auto Level = Doc->getChoice(*It, KeyPtr, SensitivityNames, "sensitivity");
      if (!Level)
        return Level.takeError();
      C->Level = static_cast<Sensitivity>(*Level); // in enum order
    } else if (Key == "terms") {
      if (auto Err = terms(*It, KeyPtr, *C))
        return Err;
    }
  }
  return llvm::Error::success();
}

llvm::Error Layerer::patterns(const Json &V, const std::string &Ptr,
                              std::vector<Pattern> &Out) {
  if (auto Err = Doc->expectArray(V, Ptr))
    return Err;
  for (size_t I = 0; I < V.size(); ++I) {
    auto G = glob(V[I], childPointer(Ptr, I));
    if (!G)
      return G.takeError();
    Out.push_back({std::move(*G), Doc->file().str()});
  }
  return llvm::Error::success();
}

llvm::Error Layerer::functionPatterns(const Json &V, const std::string &Ptr,
                                      std::vector<FunctionPattern> &Out,
                                      bool Sanitizers) {
  if (auto Err = Doc->expectArray(V, Ptr))
    return Err;
  for (size_t I = 0; I < V.size(); ++I) {
    std::string EPtr = childPointer(Ptr, I);
    if (auto Err = Doc->expectObject(V[I], EPtr))
      return Err;
    if (auto Err = Doc->checkKeys(V[I], EPtr,
                                  Sanitizers ? SanitizerKeys : FunctionKeys))
      return Err;
    auto F = V[I].find("function");
    if (F == V[I].end())
      return Doc->error(EPtr, "expected a 'function' pattern");
    auto G = glob(*F, childPointer(EPtr, "function"));
    if (!G)
      return G.takeError();
    Pattern Pat{std::move(*G), Doc->file().str(), {}};
    if (auto C = V[I].find("categories"); C != V[I].end()) {
      std::string CPtr = childPointer(EPtr, "categories");
      auto Ids = Doc->getStringList(*C, CPtr);
      if (!Ids)
        return Ids.takeError();
      if (Ids->empty())
        return Doc->error(CPtr, "an empty list protects nothing; leave "
                                "'categories' out to protect every category");
      for (size_t J = 0; J < C->size(); ++J)
        PendingCategories.push_back({childPointer(CPtr, J), &(*C)[J]});
      Pat.Categories = std::move(*Ids);
    }
    Out.push_back(std::move(Pat));
  }
  return llvm::Error::success();
}

llvm::Error Layerer::recipients(const Json &V, const std::string &Ptr) {
  if (auto Err = Doc->expectArray(V, Ptr))
    return Err;
  for (size_t I = 0; I < V.size(); ++I) {
    std::string EPtr = childPointer(Ptr, I);
    const Json &E = V[I];
    if (auto Err = Doc->expectObject(E, EPtr))
      return Err;
    if (auto Err = Doc->checkKeys(E, EPtr, RecipientKeys))
      return Err;
    if (E.size() != 1)
      return Doc->error(EPtr, "a recipient is either {\"host\": GLOB} or "
                              "{\"function\": QUALIFIED_NAME_GLOB}");
    if (auto H = E.find("host"); H != E.end()) {
      auto G = glob(*H, childPointer(EPtr, "host"));
      if (!G)
        return G.takeError();
      P.ApprovedHosts.push_back({std::move(*G), Doc->file().str()});
    } else {
      auto G = glob(E.find("function").value(), childPointer(EPtr, "function"));
      if (!G)
        return G.takeError();
      P.ApprovedRecipientFunctions.push_back(
          {std::move(*G), Doc->file().str()});
    }
  }
  return llvm::Error::success();
}

llvm::Error Layerer::layer(const JsonDocument &D, llvm::StringRef Text) {
  Doc = &D;
  const Json &Root = D.root();
  if (auto Err = D.expectObject(Root, ""))
    return Err;
  if (auto Err = D.checkKeys(Root, "", TopKeys))
    return Err;
  P.Files.push_back(D.file().str());

  for (auto It = Root.begin(); It != Root.end(); ++It) {
    const std::string &Key = It.key();
    std::string Ptr = childPointer("", Key);
    const Json &V = *It;
    if (Key == "name" || Key == "title" || Key == "description" ||
        Key == "$schema" || Key == "extends") {
      auto S = D.getString(V, Ptr);
      if (!S)
        return S.takeError();
      if (Key == "name")
        P.Name = *S;
      else if (Key == "title")
        P.Title = *S;
    } else if (Key == "categories") {
      if (auto Err = D.expectArray(V, Ptr))
        return Err;
      for (size_t I = 0; I < V.size(); ++I)
        if (auto Err = category(V[I], childPointer(Ptr, I)))
          return Err;
    } else if (Key == "classification") {
      if (auto Err = D.expectObject(V, Ptr))
        return Err;
      if (auto Err = D.checkKeys(V, Ptr, ClassificationKeys))
        return Err;
      for (auto C = V.begin(); C != V.end(); ++C) {
        std::string CPtr = childPointer(Ptr, C.key());
        if (C.key() == "nonDataTypes" || C.key() == "excludeNames") {
          if (auto Err = patterns(*C, CPtr,
                                  C.key() == "nonDataTypes"
                                      ? P.Classification.NonDataTypes
                                      : P.Classification.ExcludeNames))
            return Err;
          continue;
        }
        auto L = D.getStringList(*C, CPtr);
        if (!L)
          return L.takeError();
        auto &Dest = C.key() == "neutralSuffixes"
                         ? P.Classification.NeutralSuffixes
                         : P.Classification.FlagPrefixes;
        Dest.insert(Dest.end(), L->begin(), L->end());
      }
    } else if (Key == "rules") {
      if (auto Err = D.expectObject(V, Ptr))
        return Err;
      if (auto Err = D.checkKeys(V, Ptr, RuleIds))
        return Err;
      for (auto R = V.begin(); R != V.end(); ++R) {
        std::string RPtr = childPointer(Ptr, R.key());
        if (auto Err = D.expectObject(*R, RPtr))
          return Err;
        if (auto Err = D.checkKeys(*R, RPtr, RuleKeys))
          return Err;
        RuleClauses &RC = P.Rules[R.key()];
        if (auto C = R->find("clauses"); C != R->end()) {
          auto L = D.getStringList(*C, childPointer(RPtr, "clauses"));
          if (!L)
            return L.takeError();
          RC.Clauses = *L;
        }
        if (auto S = R->find("summary"); S != R->end()) {
          auto Str = D.getString(*S, childPointer(RPtr, "summary"));
          if (!Str)
            return Str.takeError();
          RC.Summary = *Str;
        }
      }
    } else if (Key == "approved") {
      if (auto Err = D.expectObject(V, Ptr))
        return Err;
      if (auto Err = D.checkKeys(V, Ptr, ApprovedKeys))
        return Err;
      if (auto R = V.find("recipients"); R != V.end())
        if (auto Err = recipients(*R, childPointer(Ptr, "recipients")))
          return Err;
      if (auto S = V.find("storage"); S != V.end())
        if (auto Err = functionPatterns(*S, childPointer(Ptr, "storage"),
                                        P.ApprovedStorageFunctions))
          return Err;
    } else if (Key == "sanitizers") {
      if (auto Err = functionPatterns(V, Ptr, P.Sanitizers, true))
        return Err;
    } else if (Key == "models") {
      // Validated by lib/Models, which reads them from this text.
      if (auto Err = D.expectArray(V, Ptr))
        return Err;
      P.Models.push_back({D.file().str(), Text.str()});
    } else if (Key == "profiles") {
      if (auto Err = D.expectArray(V, Ptr))
        return Err;
      for (size_t I = 0; I < V.size(); ++I) {
        auto C =
            D.getChoice(V[I], childPointer(Ptr, I), ProfileNames, "profile");
        if (!C)
          return C.takeError();
        if (!llvm::is_contained(P.Profiles, ProfileNames[*C]))
          P.Profiles.push_back(ProfileNames[*C]);
      }
    } else if (Key == "excludePaths") {
      if (auto Err = patterns(V, Ptr, P.ExcludePaths))
        return Err;
    }
  }
  std::vector<std::string> Known = P.categoryIds();
  for (const auto &[CPtr, V] : PendingCategories)
    if (auto I = D.getChoice(*V, CPtr, Known, "category"); !I)
      return I.takeError();
  PendingCategories.clear();
  return llvm::Error::success();
}

/// Loads Spec (a built-in name or a path relative to BaseDir) and what it
/// extends, layering each onto P once.
llvm::Error loadChain(Policy &P, llvm::StringRef Spec, llvm::StringRef BaseDir,
                      bool IsUserFile, llvm::StringSet<> &Applied,
                      llvm::StringSet<> &InProgress, unsigned Depth) {
  if (Depth > 16)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "policy 'extends' chain is too deep (a cycle?) at '" + Spec + "'");
  PolicySource Src;
  std::string Key;
  const support::BuiltinFile *Builtin = nullptr;
  bool LooksLikePath = Spec.contains('/') || Spec.ends_with(".json");
  if (!LooksLikePath)
    Builtin = findBuiltin(Spec);
  if (Builtin) {
    Src.DisplayName = Builtin->Path;
    Src.Text = Builtin->Text;
    Key = Builtin->Path;
  } else if (!LooksLikePath && !IsUserFile) {
    std::string Msg = "error: unknown built-in policy '" + Spec.str() + "'";
    if (auto Near = support::nearest(Spec, builtinPolicyNames()))
      Msg += "; did you mean '" + *Near + "'?";
    return support::fileError(Spec, {}, Msg);
  } else {
    llvm::SmallString<256> Path(Spec);
    if (!llvm::sys::path::is_absolute(Path) && !BaseDir.empty()) {
      llvm::SmallString<256> Joined(BaseDir);
      llvm::sys::path::append(Joined, Path);
      Path = Joined;
    }
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    auto Text = support::readFile(Path);
    if (!Text) {
      llvm::consumeError(Text.takeError());
      return support::fileError(Path, {}, "error: cannot read the policy file");
    }
    Src.DisplayName = IsUserFile && Depth == 0 ? Spec.str() : Path.str().str();
    Src.Text = std::move(*Text);
    Src.Dir = llvm::sys::path::parent_path(Path).str();
    Key = Path.str().str();
  }
  if (InProgress.contains(Key))
    return support::fileError(
        Src.DisplayName, {},
        "error: policy 'extends' cycle: this file extends itself");
  if (Applied.contains(Key))
    return llvm::Error::success();

  auto Doc = JsonDocument::parse(Src.DisplayName, Src.Text);
  if (!Doc)
    return Doc.takeError();

  // What this document builds on goes first.
  std::string Extends;
  if (Doc->root().is_object()) {
    if (auto E = Doc->root().find("extends"); E != Doc->root().end()) {
      auto S = Doc->getString(*E, "/extends");
      if (!S)
        return S.takeError();
      Extends = *S;
    }
  }
  if (Extends.empty() && !Builtin)
    Extends = DefaultPolicyName.str();
  Applied.insert(Key);
  InProgress.insert(Key);
  if (!Extends.empty()) {
    bool ExtendsPath = llvm::StringRef(Extends).contains('/') ||
                       llvm::StringRef(Extends).ends_with(".json");
    if (!ExtendsPath && !findBuiltin(Extends)) {
      std::string Msg = "unknown policy '" + Extends + "' in 'extends'";
      if (auto Near = support::nearest(Extends, builtinPolicyNames()))
        Msg += "; did you mean '" + *Near + "'?";
      else
        Msg += "; name a built-in policy or a path";
      return Doc->error("/extends", Msg);
    }
    if (auto Err = loadChain(P, Extends, Src.Dir, ExtendsPath, Applied,
                             InProgress, Depth + 1))
      return Err;
  }
  InProgress.erase(Key);
  return Layerer(P).layer(*Doc, Src.Text);
}

} // namespace

std::vector<std::string> builtinPolicyNames() {
  std::vector<std::string> Names = {DefaultPolicyName.str()};
  for (const support::BuiltinFile &F : support::builtinRuleFiles()) {
    llvm::StringRef Path(F.Path);
    if (Path.consume_front(BuiltinPolicyDir) && Path.consume_back(".json"))
      Names.push_back(Path.str());
  }
  return Names;
}

llvm::Expected<Policy> loadPolicy(llvm::ArrayRef<std::string> Files) {
  Policy P;
  llvm::StringSet<> Applied, InProgress;
  if (auto Err =
          loadChain(P, DefaultPolicyName, "", false, Applied, InProgress, 0))
    return Err;
  for (const std::string &F : Files) {
    if (!llvm::sys::fs::exists(F))
      return support::fileError(F, {}, "error: policy file does not exist");
    llvm::SmallString<256> Cwd;
    llvm::sys::fs::current_path(Cwd);
    if (auto Err = loadChain(P, F, Cwd, true, Applied, InProgress, 0))
      return Err;
  }
  return P;
}

llvm::Error layerPolicyText(Policy &P, llvm::StringRef FileName,
                            llvm::StringRef Text) {
  auto Doc = JsonDocument::parse(FileName, Text);
  if (!Doc)
    return Doc.takeError();
  return Layerer(P).layer(*Doc, Text);
}

} // namespace piiflow::policy
