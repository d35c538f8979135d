//===- Identifier.cpp - split identifiers into words ----------------------===//
#include "Support/Identifier.h"

#include "llvm/ADT/StringExtras.h"

namespace piiflow::support {

std::vector<std::string> splitIdentifier(llvm::StringRef Name) {
  std::vector<std::string> Words;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Words.push_back(llvm::StringRef(Current).lower());
    Current.clear();
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Flush();
      continue;
    }
    if (!Current.empty()) {
      char Prev = Current.back();
      bool NextLower = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
      if (llvm::isUpper(C) && (llvm::isLower(Prev) || llvm::isDigit(Prev)))
        Flush(); // partnerPhone, sha256Digest
      else if (llvm::isUpper(C) && llvm::isUpper(Prev) && NextLower)
        Flush(); // HTTPServer: split before the S
    }
    Current += C;
  }
  Flush();
  return Words;
}

} // namespace piiflow::support
