//===- Findings.cpp - what every report says about a finding --------------===//
#include "Report/Findings.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

namespace piiflow::report {

llvm::StringRef toString(Level L) {
  switch (L) {
  case Level::None:
    return "none";
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  return "warning";
}

std::optional<Level> parseLevel(llvm::StringRef S) {
  if (S == "none" || S == "never")
    return Level::None;
  if (S == "note" || S == "any")
    return Level::Note;
  if (S == "warning")
    return Level::Warning;
  if (S == "error")
    return Level::Error;
  return std::nullopt;
}

Level levelOf(const solve::Finding &F, const policy::Policy &P) {
  const policy::Category *C = P.findCategory(F.Category);
  if (!C)
    return Level::Warning;
  switch (C->Level) {
  case policy::Sensitivity::High:
    return Level::Error;
  case policy::Sensitivity::Medium:
    return Level::Warning;
  case policy::Sensitivity::Low:
    return Level::Note;
  }
  return Level::Warning;
}

std::string findingMessage(const solve::Finding &F) {
  std::string Msg = "personal data (" + F.Category + ")";
  if (!F.Flows.empty()) {
    Msg += " from '" + F.Flows.front().Source.Name + "'";
    if (F.Flows.size() == 2)
      Msg += " and 1 other source";
    else if (F.Flows.size() > 2)
      Msg += " and " + std::to_string(F.Flows.size() - 1) + " other sources";
  }
  Msg += std::string(" reaches ") + facts::destinationOfSinkKind(F.Sink.Kind);
  if (F.Sink.Kind == "third-party")
    Msg += F.Sink.Recipient.empty() ? " (host not known)"
                                    : " at '" + F.Sink.Recipient + "'";
  return Msg;
}

std::vector<std::string> clausesOf(const solve::Finding &F,
                                   const policy::Policy &P) {
  std::vector<std::string> Out;
  if (const policy::RuleClauses *R = P.findRule(F.Rule))
    Out = R->Clauses;
  if (const policy::Category *C = P.findCategory(F.Category))
    for (const std::string &Cl : C->Clauses)
      if (!llvm::is_contained(Out, Cl))
        Out.push_back(Cl);
  return Out;
}

std::string clauseCitation(const solve::Finding &F, const policy::Policy &P) {
  std::string Out = "policy";
  if (const policy::RuleClauses *R = P.findRule(F.Rule);
      R && !R->Clauses.empty())
    Out += " " + llvm::join(R->Clauses, ", ") + " (" +
           facts::destinationOfSinkKind(F.Sink.Kind) + ")";
  if (const policy::Category *C = P.findCategory(F.Category);
      C && !C->Clauses.empty())
    Out += "; " + F.Category +
           (C->Extension ? " extends " : " is declared in ") +
           llvm::join(C->Clauses, ", ");
  return Out;
}

std::string relativePath(llvm::StringRef File, llvm::StringRef Root) {
  if (Root.empty())
    return File.str();
  llvm::SmallString<256> Prefix(Root);
  if (!Prefix.ends_with("/"))
    Prefix += "/";
  if (File.starts_with(Prefix))
    return File.drop_front(Prefix.size()).str();
  return File.str();
}

std::vector<std::string> fingerprints(const std::vector<solve::Finding> &Fs,
                                      llvm::StringRef SourceRoot) {
  std::vector<std::string> Out;
  llvm::StringMap<unsigned> Seen;
  for (const solve::Finding &F : Fs) {
    std::string Key =
        F.Rule + "\n" + F.Category + "\n" +
        (F.Flows.empty() ? "" : stableUsr(F.Flows.front().Source.Usr)) + "\n" +
        F.Sink.Callee + "\n" + F.Function + "\n" +
        relativePath(F.Sink.Where.File, SourceRoot);
    auto Hash = llvm::SHA256::hash(llvm::arrayRefFromStringRef(Key));
    std::string Hex = llvm::toHex(llvm::ArrayRef<uint8_t>(Hash).take_front(8),
                                  /*LowerCase=*/true);
    unsigned N = ++Seen[Hex];
    Out.push_back(Hex + ":" + std::to_string(N));
  }
  return Out;
}

std::string stableUsr(llvm::StringRef Usr) {
  std::string Out;
  Out.reserve(Usr.size());
  for (size_t I = 0; I < Usr.size();) {
    if (Usr[I] == '@' && I + 1 < Usr.size() && llvm::isDigit(Usr[I + 1])) {
      size_t J = I + 1;
      while (J < Usr.size() && llvm::isDigit(Usr[J]))
        ++J;
      // Only a whole segment of digits is an offset ("@103@" or at the end).
      if (J == Usr.size() || Usr[J] == '@') {
        I = J;
        continue;
      }
    }
    Out += Usr[I++];
  }
  return Out;
}

llvm::StringRef toString(FindingState::Baseline B) {
  switch (B) {
  case FindingState::Baseline::New:
    return "new";
  case FindingState::Baseline::Unchanged:
    return "unchanged";
  case FindingState::Baseline::Unset:
    break;
  }
  return "";
}

} // namespace piiflow::report
