//===- MarkdownReport.h - the data map as a short Markdown summary -*- C++
//-*-===//
//
// A summary of the data map for a CI job summary ($GITHUB_STEP_SUMMARY) or a
// pull-request comment: the totals, the policy drift, the categories and
// the destinations, in a few tables. Names only, never values.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_MARKDOWNREPORT_H
#define PIIFLOW_REPORT_MARKDOWNREPORT_H

#include "Report/DataMap.h"

#include "llvm/Support/raw_ostream.h"

namespace piiflow::report {

void writeDataMapMarkdown(llvm::raw_ostream &OS, const DataMap &M);

} // namespace piiflow::report

#endif
