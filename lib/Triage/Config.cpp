//===- Config.cpp - a project's .piiflow.json -----------------------------===//
#include "Triage/Config.h"

#include "Support/JsonDocument.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace piiflow::triage {

using support::childPointer;
using support::Json;
using support::JsonDocument;

namespace {

const std::vector<std::string> Keys = {
    "$schema", "policies", "excludePaths", "models",
    "failOn",  "baseline", "ignoreFile",   "sarifCategory"};
const std::vector<std::string> FailOnLevels = {"none", "never",   "note",
                                               "any",  "warning", "error"};

std::string absoluteIn(llvm::StringRef Dir, llvm::StringRef Path) {
  if (llvm::sys::path::is_absolute(Path))
    return Path.str();
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Path);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

template <typename T>
void layer(Setting<T> &S, const std::optional<T> &V, llvm::StringRef From) {
  if (V) {
    S.Value = *V;
    S.From = From.str();
  }
}

} // namespace

std::string findConfig(llvm::StringRef StartDir) {
  llvm::SmallString<256> Dir(StartDir);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  while (!Dir.empty()) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, ConfigFileName);
    if (llvm::sys::fs::is_regular_file(Candidate))
      return std::string(Candidate);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

llvm::Expected<ProjectConfig> loadConfig(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  auto Doc = JsonDocument::load(Path);
  if (!Doc)
    return Doc.takeError();
  const Json &Root = Doc->root();
  if (auto Err = Doc->expectObject(Root, ""))
    return Err;
  if (auto Err = Doc->checkKeys(Root, "", Keys))
    return Err;
  ProjectConfig C;
  C.Path = std::string(Abs);
  C.Dir = llvm::sys::path::parent_path(Abs).str();

  auto List =
      [&](const char *Key, bool Paths,
          std::optional<std::vector<std::string>> &Into) -> llvm::Error {
    if (!Root.contains(Key))
      return llvm::Error::success();
    auto L = Doc->getStringList(Root[Key], childPointer("", Key));
    if (!L)
      return L.takeError();
    if (Paths)
      for (std::string &S : *L)
        S = absoluteIn(C.Dir, S);
    Into = std::move(*L);
    return llvm::Error::success();
  };
  auto One = [&](const char *Key, bool IsPath,
                 std::optional<std::string> &Into) -> llvm::Error {
    if (!Root.contains(Key))
      return llvm::Error::success();
    auto S = Doc->getString(Root[Key], childPointer("", Key));
    if (!S)
      return S.takeError();
    Into = IsPath ? absoluteIn(C.Dir, *S) : *S;
    return llvm::Error::success();
  };
  if (auto Err = List("policies", true, C.Values.Policies))
    return Err;
  if (auto Err = List("excludePaths", false, C.Values.ExcludePaths))
    return Err;
  if (auto Err = List("models", true, C.Values.Models))
    return Err;
  if (Root.contains("failOn")) {
    auto I = Doc->getChoice(Root["failOn"], "/failOn", FailOnLevels,
                            "fail-on level");
    if (!I)
      return I.takeError();
    C.Values.FailOn = FailOnLevels[*I];
  }
  if (auto Err = One("baseline", true, C.Values.Baseline))
    return Err;
  if (auto Err = One("ignoreFile", true, C.Values.IgnoreFile))
    return Err;
  if (auto Err = One("sarifCategory", false, C.Values.SarifCategory))
    return Err;
  return C;
}

Settings resolveSettings(const ProjectConfig *Config,
                         const SettingValues &CommandLine) {
  Settings S;
  for (const auto &[Values, From] :
       {std::pair<const SettingValues *, std::string>{
            Config ? &Config->Values : nullptr, Config ? Config->Path : ""},
        {&CommandLine, "command line"}}) {
    if (!Values)
      continue;
    layer(S.Policies, Values->Policies, From);
    layer(S.ExcludePaths, Values->ExcludePaths, From);
    layer(S.Models, Values->Models, From);
    layer(S.FailOn, Values->FailOn, From);
    layer(S.Baseline, Values->Baseline, From);
    layer(S.IgnoreFile, Values->IgnoreFile, From);
    layer(S.SarifCategory, Values->SarifCategory, From);
  }
  if (Config)
    S.ConfigFile = Config->Path;
  return S;
}

std::vector<report::ConfigSetting> describe(const Settings &S) {
  std::vector<report::ConfigSetting> Out;
  auto List = [&](const char *Key, const Setting<std::vector<std::string>> &V) {
    Out.push_back({Key, true, V.Value, false, V.From});
  };
  auto One = [&](const char *Key, const Setting<std::string> &V) {
    Out.push_back({Key, false, {V.Value}, V.Value.empty(), V.From});
  };
  List("policies", S.Policies);
  List("excludePaths", S.ExcludePaths);
  List("models", S.Models);
  One("failOn", S.FailOn);
  One("baseline", S.Baseline);
  One("ignoreFile", S.IgnoreFile);
  One("sarifCategory", S.SarifCategory);
  return Out;
}

} // namespace piiflow::triage
