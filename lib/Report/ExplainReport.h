//===- ExplainReport.h - classification decisions and categories -*- C++
//-*-===//
//
// What 'piiflow explain' and 'piiflow categories' print: each declaration's
// category (or why it is not personal data) with the evidence, and the
// effective policy's categories. Text for people, JSON for tools.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_EXPLAINREPORT_H
#define PIIFLOW_REPORT_EXPLAINREPORT_H

#include "Extract/Facts.h"
#include "Policy/Policy.h"

#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace piiflow::report {

/// Sorts by location and drops the same declaration seen by several TUs.
void normalizeDeclarations(std::vector<facts::Declaration> &Ds);

/// "FILE:L:C: contact.phone: field 'Partner::phone': REASON" per line;
/// not personal data reads "not personal data". Paths relative to Root.
void writeExplainText(llvm::raw_ostream &OS,
                      const std::vector<facts::Declaration> &Ds,
                      llvm::StringRef Root);
void writeExplainJson(llvm::raw_ostream &OS,
                      const std::vector<facts::Declaration> &Ds,
                      const policy::Policy &P);

void writeCategoriesText(llvm::raw_ostream &OS, const policy::Policy &P);
void writeCategoriesJson(llvm::raw_ostream &OS, const policy::Policy &P);

} // namespace piiflow::report

#endif
