//===- LineHash.cpp - GitHub's primaryLocationLineHash --------------------===//
#include "Report/LineHash.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>

namespace piiflow::report {

std::vector<std::string> lineHashes(llvm::StringRef Text) {
  constexpr unsigned Block = 100;
  constexpr uint64_t Mod = 37;
  constexpr uint32_t Eof = 65535;
  uint64_t FirstMod = 1;
  for (unsigned I = 0; I < Block; ++I)
    FirstMod *= Mod; // wraps mod 2^64, as the reference does

  // The reference works on UTF-16 code units (JavaScript's charCodeAt).
  llvm::SmallVector<llvm::UTF16, 0> Units;
  if (!llvm::convertUTF8ToUTF16String(Text, Units)) {
    Units.clear();
    for (unsigned char C : Text)
      Units.push_back(C);
  } else if (!Units.empty() && Units.back() == 0) {
    Units.pop_back();
  }

  uint32_t Window[Block] = {0};
  int LineNumbers[Block];
  std::fill(std::begin(LineNumbers), std::end(LineNumbers), -1);
  uint64_t Hash = 0;
  unsigned Index = 0;
  int LineNo = 0;
  bool LineStart = true;
  bool PrevCR = false;
  llvm::StringMap<unsigned> Counts;
  std::vector<std::string> Out;

  auto Output = [&] {
    std::string Hex;
    llvm::raw_string_ostream(Hex) << llvm::format_hex_no_prefix(Hash, 1);
    unsigned N = ++Counts[Hex];
    int Line = LineNumbers[Index];
    if (Out.size() < static_cast<size_t>(Line))
      Out.resize(Line);
    Out[Line - 1] = Hex + ":" + std::to_string(N);
    LineNumbers[Index] = -1;
  };
  auto Update = [&](uint32_t Cur) {
    uint32_t Begin = Window[Index];
    Window[Index] = Cur;
    Hash = Mod * Hash + Cur - FirstMod * Begin;
    Index = (Index + 1) % Block;
  };
  auto Process = [&](uint32_t Cur) {
    if (Cur == ' ' || Cur == '\t' || (PrevCR && Cur == '\n')) {
      PrevCR = false;
      return;
    }
    if (Cur == '\r') {
      Cur = '\n';
      PrevCR = true;
    } else {
      PrevCR = false;
    }
    if (LineNumbers[Index] != -1)
      Output();
    if (LineStart) {
      LineStart = false;
      LineNumbers[Index] = ++LineNo;
    }
    if (Cur == '\n')
      LineStart = true;
    Update(Cur);
  };

  for (llvm::UTF16 U : Units)
    Process(U);
  Process(Eof);
  for (unsigned I = 0; I < Block; ++I) {
    if (LineNumbers[Index] != -1)
      Output();
    Update(0);
  }
  return Out;
}

} // namespace piiflow::report
