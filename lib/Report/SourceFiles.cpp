//===- SourceFiles.cpp - source text for reports --------------------------===//
#include "Report/SourceFiles.h"

#include "Report/LineHash.h"
#include "Support/Text.h"

namespace piiflow::report {

SourceFiles::Entry &SourceFiles::get(llvm::StringRef File) {
  Entry &E = Files[File];
  if (E.Loaded)
    return E;
  E.Loaded = true;
  if (auto Text = support::readFile(File)) {
    E.Text = std::move(*Text);
  } else {
    llvm::consumeError(Text.takeError());
    return E;
  }
  E.LineStarts.push_back(0);
  for (size_t I = 0; I < E.Text.size(); ++I)
    if (E.Text[I] == '\n')
      E.LineStarts.push_back(I + 1);
  E.Hashes = lineHashes(E.Text);
  return E;
}

std::string SourceFiles::lineHash(llvm::StringRef File, unsigned Line) {
  Entry &E = get(File);
  if (Line == 0 || Line > E.Hashes.size())
    return "";
  return E.Hashes[Line - 1];
}

unsigned SourceFiles::utf16Column(llvm::StringRef File, unsigned Line,
                                  unsigned ByteColumn) {
  Entry &E = get(File);
  if (Line == 0 || Line > E.LineStarts.size() || ByteColumn == 0)
    return ByteColumn;
  size_t Start = E.LineStarts[Line - 1];
  unsigned Units = 0;
  for (size_t I = Start; I < Start + ByteColumn - 1 && I < E.Text.size(); ++I) {
    unsigned char C = E.Text[I];
    if ((C & 0xC0) == 0x80)
      continue; // continuation byte
    Units += (C >= 0xF0) ? 2 : 1;
  }
  return Units + 1;
}

} // namespace piiflow::report
