//===- Text.cpp - small text helpers: positions, suggestions --------------===//
#include "Support/Text.h"

#include "llvm/Support/MemoryBuffer.h"

namespace piiflow::support {

TextPos offsetToPos(llvm::StringRef Text, size_t Offset) {
  TextPos P{1, 1};
  Offset = std::min(Offset, Text.size());
  for (size_t I = 0; I < Offset; ++I) {
    if (Text[I] == '\n') {
      ++P.Line;
      P.Col = 1;
    } else {
      ++P.Col;
    }
  }
  return P;
}

std::optional<std::string> nearest(llvm::StringRef Word,
                                   llvm::ArrayRef<std::string> Candidates) {
  std::optional<std::string> Best;
  unsigned BestDistance = 0;
  // Allow roughly one edit per three characters, at least two.
  unsigned Limit = std::max<unsigned>(2, Word.size() / 3);
  for (const std::string &C : Candidates) {
    unsigned D = Word.lower() == llvm::StringRef(C).lower()
                     ? 0
                     : llvm::StringRef(Word).edit_distance(C, true, Limit + 1);
    if (D > Limit)
      continue;
    if (!Best || D < BestDistance) {
      Best = C;
      BestDistance = D;
    }
  }
  return Best;
}

llvm::Error fileError(llvm::StringRef File, TextPos Pos,
                      const llvm::Twine &Msg) {
  std::string Text = File.str();
  if (Pos.Line)
    Text += ":" + std::to_string(Pos.Line) + ":" + std::to_string(Pos.Col);
  Text += ": " + Msg.str();
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Text);
}

llvm::Expected<std::string> readFile(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!Buf)
    return llvm::createStringError(Buf.getError(),
                                   "cannot read '" + Path +
                                       "': " + Buf.getError().message());
  return (*Buf)->getBuffer().str();
}

} // namespace piiflow::support
