//===- MapJsonReport.h - the data map as a JSON inventory -------*- C++ -*-===//
//
// The data map as JSON for tools and for diffs between releases: version 1,
// keys sorted, arrays in the map's order, paths relative to the source root,
// no timestamps and no tool version. The schema is docs/report-schema.md and
// docs/schema/data-map.schema.json.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_REPORT_MAPJSONREPORT_H
#define PIIFLOW_REPORT_MAPJSONREPORT_H

#include "Report/DataMap.h"

#include "llvm/Support/raw_ostream.h"

namespace piiflow::report {

inline constexpr unsigned DataMapVersion = 1;

void writeDataMapJson(llvm::raw_ostream &OS, const DataMap &M);

} // namespace piiflow::report

#endif
