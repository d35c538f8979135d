//===- Identifier.h - split identifiers into words --------------*- C++ -*-===//
//
// partnerPhone, partner_phone_, m_phone, PartnerPHONE, szEmail all name
// words; classification matches whole words, never substrings, so that
// "hostname" and "filename" do not read as "name".
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SUPPORT_IDENTIFIER_H
#define PIIFLOW_SUPPORT_IDENTIFIER_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace piiflow::support {

/// Splits an identifier (or a phrase such as "phone number") into lower-case
/// words: at non-alphanumerics, at lower-to-upper case changes, and before the
/// last capital of an acronym that a word follows ("HTTPServer" -> http,
/// server). Digits stay with the letters before them ("ipv4", "sha256").
std::vector<std::string> splitIdentifier(llvm::StringRef Name);

} // namespace piiflow::support

#endif
