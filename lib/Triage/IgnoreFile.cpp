//===- IgnoreFile.cpp - the reviewed ignore file --------------------------===//
#include "Triage/IgnoreFile.h"

#include "Support/JsonDocument.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

namespace piiflow::triage {

using support::childPointer;
using support::Json;
using support::JsonDocument;

namespace {

const std::vector<std::string> TopKeys = {"$schema", "version", "ignores"};
const std::vector<std::string> EntryKeys = {"fingerprint", "rule", "reason",
                                            "author", "date"};
const std::vector<std::string> Rules = {"pii-log", "pii-third-party",
                                        "pii-storage"};

bool isDate(llvm::StringRef S) {
  if (S.size() != 10 || S[4] != '-' || S[7] != '-')
    return false;
  for (size_t I : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!llvm::isDigit(S[I]))
      return false;
  return true;
}

} // namespace

bool isFingerprint(llvm::StringRef S) {
  auto [Hash, N] = S.split(':');
  if (Hash.size() != 16 || N.empty())
    return false;
  for (char C : Hash)
    if (!llvm::isDigit(C) && !(C >= 'a' && C <= 'f'))
      return false;
  for (char C : N)
    if (!llvm::isDigit(C))
      return false;
  return N.front() != '0';
}

llvm::Expected<IgnoreFile> loadIgnoreFile(llvm::StringRef Path) {
  auto Doc = JsonDocument::load(Path);
  if (!Doc)
    return Doc.takeError();
  const Json &Root = Doc->root();
  if (auto Err = Doc->expectObject(Root, ""))
    return Err;
  if (auto Err = Doc->checkKeys(Root, "", TopKeys))
    return Err;
  if (Root.contains("version") &&
      !(Root["version"].is_number_unsigned() && Root["version"] == 1))
    return Doc->error("/version", "unsupported version; expected 1");
  IgnoreFile Out;
  Out.Path = Path.str();
  if (!Root.contains("ignores"))
    return Doc->error("", "missing key 'ignores' (an array of entries)");
  const Json &List = Root["ignores"];
  if (auto Err = Doc->expectArray(List, "/ignores"))
    return Err;
  for (size_t I = 0; I < List.size(); ++I) {
    std::string Ptr = childPointer("/ignores", I);
    const Json &V = List[I];
    if (auto Err = Doc->expectObject(V, Ptr))
      return Err;
    if (auto Err = Doc->checkKeys(V, Ptr, EntryKeys))
      return Err;
    IgnoreEntry E;
    E.Pos = Doc->position(Ptr);
    for (const char *Required : {"fingerprint", "reason"})
      if (!V.contains(Required))
        return Doc->error(Ptr, llvm::Twine("missing key '") + Required + "'");
    auto Str = [&](const char *Key, std::string &Into) -> llvm::Error {
      if (!V.contains(Key))
        return llvm::Error::success();
      auto S = Doc->getString(V[Key], childPointer(Ptr, Key));
      if (!S)
        return S.takeError();
      Into = std::move(*S);
      return llvm::Error::success();
    };
    for (auto [Key, Into] :
         {std::pair<const char *, std::string *>{"fingerprint", &E.Fingerprint},
          {"reason", &E.Reason},
          {"author", &E.Author},
          {"date", &E.Date}})
      if (auto Err = Str(Key, *Into))
        return Err;
    if (!isFingerprint(E.Fingerprint))
      return Doc->error(childPointer(Ptr, "fingerprint"),
                        "'" + E.Fingerprint +
                            "' is not a piiflow fingerprint (16 hex digits, "
                            "':' and a number, as in SARIF's "
                            "partialFingerprints)");
    if (llvm::StringRef(E.Reason).trim().empty())
      return Doc->error(childPointer(Ptr, "reason"),
                        "an ignore entry needs a reason");
    if (V.contains("rule")) {
      auto R =
          Doc->getChoice(V["rule"], childPointer(Ptr, "rule"), Rules, "rule");
      if (!R)
        return R.takeError();
      E.Rule = Rules[*R];
    }
    if (!E.Date.empty() && !isDate(E.Date))
      return Doc->error(childPointer(Ptr, "date"),
                        "expected a date as YYYY-MM-DD");
    Out.Entries.push_back(std::move(E));
  }
  return Out;
}

llvm::Error appendIgnoreEntry(llvm::StringRef Path, const IgnoreEntry &E) {
  std::vector<IgnoreEntry> Entries;
  if (llvm::sys::fs::exists(Path)) {
    auto Old = loadIgnoreFile(Path);
    if (!Old)
      return Old.takeError();
    Entries = std::move(Old->Entries);
  }
  for (const IgnoreEntry &Old : Entries)
    if (Old.Fingerprint == E.Fingerprint)
      return support::fileError(Path, Old.Pos,
                                "error: '" + E.Fingerprint +
                                    "' is already ignored here");
  Entries.push_back(E);

  nlohmann::ordered_json List = nlohmann::ordered_json::array();
  for (const IgnoreEntry &En : Entries) {
    nlohmann::ordered_json J = {{"fingerprint", En.Fingerprint}};
    if (!En.Rule.empty())
      J["rule"] = En.Rule;
    J["reason"] = En.Reason;
    if (!En.Author.empty())
      J["author"] = En.Author;
    if (!En.Date.empty())
      J["date"] = En.Date;
    List.push_back(std::move(J));
  }
  nlohmann::ordered_json Doc = {{"version", 1}, {"ignores", List}};
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return llvm::createStringError(EC, "cannot write '" + Path +
                                           "': " + EC.message());
  OS << Doc.dump(2) << "\n";
  OS.close();
  if (OS.has_error()) {
    OS.clear_error();
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot write '" + Path + "'");
  }
  return llvm::Error::success();
}

} // namespace piiflow::triage
