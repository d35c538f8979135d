//===- HtmlReport.h - the data map as one self-contained HTML page -*- C++
//-*-===//
//
// One file that opens offline: inline CSS and a small inline script for
// sortable tables, an inline SVG diagram of categories to destinations, and
// no request to anything (a Content-Security-Policy forbids them). Every
// entry links to its source location by a path relative to the page. All
// text is escaped; the page names declarations, never values.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_HTMLREPORT_H
#define PIIFLOW_REPORT_HTMLREPORT_H

#include "Report/DataMap.h"

#include "llvm/Support/raw_ostream.h"

namespace piiflow::report {

/// PageDir is the absolute directory the page is written to: links to
/// sources are relative to it.
void writeDataMapHtml(llvm::raw_ostream &OS, const DataMap &M,
                      llvm::StringRef PageDir);

/// Text escaped for HTML content and attribute values.
std::string escapeHtml(llvm::StringRef S);

/// A relative URL from directory FromDir to the absolute path File.
std::string relativeLink(llvm::StringRef FromDir, llvm::StringRef File);

} // namespace piiflow::report

#endif
