//===- NoLint.cpp - clang-tidy style suppression comments -----------------===//
#include "Triage/NoLint.h"

#include "Support/Text.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/GlobPattern.h"

namespace piiflow::triage {

namespace {

/// The rest of the line after a directive: its reason, if it starts with
/// ':' (a comment's closing "*/" dropped).
std::string reasonAfter(llvm::StringRef Rest) {
  Rest = Rest.take_until([](char C) { return C == '\n' || C == '\r'; });
  Rest = Rest.ltrim();
  if (!Rest.consume_front(":"))
    return "";
  Rest = Rest.trim();
  if (Rest.consume_back("*/"))
    Rest = Rest.rtrim();
  return Rest.str();
}

} // namespace

bool NoLintDirective::covers(llvm::StringRef Rule) const {
  if (!Rules)
    return true;
  for (const std::string &G : *Rules) {
    // Negative globs are ignored, as clang-tidy ignores them in NOLINT.
    if (G.empty() || G[0] == '-')
      continue;
    llvm::Expected<llvm::GlobPattern> P = llvm::GlobPattern::create(G);
    if (!P) {
      llvm::consumeError(P.takeError());
      continue;
    }
    if (P->match(Rule))
      return true;
  }
  return false;
}

std::string NoLintDirective::rulesText() const {
  return Rules ? llvm::join(*Rules, ",") : "";
}

std::vector<NoLintDirective> parseNoLints(llvm::StringRef Text) {
  static constexpr llvm::StringLiteral Word = "NOLINT";
  std::vector<NoLintDirective> Out;
  size_t Pos = 0;
  while (Pos < Text.size()) {
    size_t Start = Text.find(Word, Pos);
    if (Start == llvm::StringRef::npos)
      break;
    Pos = Start + Word.size();
    while (Pos < Text.size() && llvm::isAlpha(Text[Pos]))
      ++Pos;
    std::optional<NoLintDirective::Kind> K =
        llvm::StringSwitch<std::optional<NoLintDirective::Kind>>(
            Text.slice(Start, Pos))
            .Case("NOLINT", NoLintDirective::Kind::NoLint)
            .Case("NOLINTNEXTLINE", NoLintDirective::Kind::NextLine)
            .Case("NOLINTBEGIN", NoLintDirective::Kind::Begin)
            .Case("NOLINTEND", NoLintDirective::Kind::End)
            .Default(std::nullopt);
    if (!K)
      continue;
    NoLintDirective D;
    D.Type = *K;
    support::TextPos TP = support::offsetToPos(Text, Start);
    D.Line = TP.Line;
    D.Column = TP.Col;
    if (Pos < Text.size() && Text[Pos] == '(') {
      size_t Close = Text.find_first_of("\n)", Pos + 1);
      if (Close != llvm::StringRef::npos && Text[Close] == ')') {
        llvm::SmallVector<llvm::StringRef> Parts;
        llvm::StringRef List = Text.slice(Pos + 1, Close);
        std::vector<std::string> Rules;
        if (!List.trim().empty()) {
          List.split(Parts, ',');
          for (llvm::StringRef P : Parts)
            Rules.push_back(P.trim().str());
        }
        D.Rules = std::move(Rules);
        Pos = Close + 1;
      }
    }
    D.Reason = reasonAfter(Text.substr(Pos));
    Out.push_back(std::move(D));
  }
  return Out;
}

NoLintFile::NoLintFile(llvm::StringRef Text) : Directives(parseNoLints(Text)) {
  // Match each NOLINTEND with the innermost open NOLINTBEGIN of the same
  // list; anything else is unmatched, as in clang-tidy.
  std::vector<size_t> Open;
  for (size_t I = 0; I < Directives.size(); ++I) {
    const NoLintDirective &D = Directives[I];
    if (D.Type == NoLintDirective::Kind::Begin) {
      Open.push_back(I);
    } else if (D.Type == NoLintDirective::Kind::End) {
      if (!Open.empty() &&
          Directives[Open.back()].rulesText() == D.rulesText() &&
          Directives[Open.back()].Rules.has_value() == D.Rules.has_value()) {
        Blocks.push_back({Open.back(), D.Line});
        Open.pop_back();
      } else {
        Unmatched.push_back(D);
      }
    }
  }
  for (size_t I : Open)
    Unmatched.push_back(Directives[I]);
  llvm::sort(Unmatched, [](const NoLintDirective &A, const NoLintDirective &B) {
    return std::tie(A.Line, A.Column) < std::tie(B.Line, B.Column);
  });
}

const NoLintDirective *NoLintFile::suppression(unsigned Line,
                                               llvm::StringRef Rule) const {
  for (const NoLintDirective &D : Directives)
    if ((D.Type == NoLintDirective::Kind::NoLint && D.Line == Line) ||
        (D.Type == NoLintDirective::Kind::NextLine && D.Line + 1 == Line))
      if (D.covers(Rule))
        return &D;
  // The innermost block: the one that begins last.
  const NoLintDirective *Best = nullptr;
  for (const Block &B : Blocks) {
    const NoLintDirective &D = Directives[B.Begin];
    if (D.Line < Line && Line <= B.EndLine && D.covers(Rule) &&
        (!Best || Best->Line < D.Line))
      Best = &D;
  }
  return Best;
}

const NoLintFile *NoLintIndex::file(llvm::StringRef Path) {
  auto [It, New] = Files.try_emplace(Path);
  if (New) {
    llvm::Expected<std::string> Text = support::readFile(Path);
    if (Text)
      It->second.emplace(*Text);
    else
      llvm::consumeError(Text.takeError());
  }
  return It->second ? &*It->second : nullptr;
}

} // namespace piiflow::triage
