//===- ExplainCommand.cpp - piiflow explain and piiflow categories --------===//
#include "ScanCommand.h"

#include "Report/ExplainReport.h"

#include "llvm/Support/raw_ostream.h"

namespace piiflow {

int runExplain(CommonOptions Opts, OutputFormat Format) {
  if (!applyConfig(Opts))
    return ExitFailure;
  std::optional<Inputs> In = loadInputs(Opts);
  if (!In)
    return ExitFailure;
  Extraction X = runExtraction(*In, Opts, /*Explain=*/true);
  if (X.Failed == X.Results.size())
    return ExitFailure;
  std::vector<facts::Declaration> All;
  for (extract::TUResult &R : X.Results)
    for (facts::Declaration &D : R.Declarations)
      All.push_back(std::move(D));
  report::normalizeDeclarations(All);
  if (Format == OutputFormat::Json)
    report::writeExplainJson(llvm::outs(), All, *In->Policy);
  else
    report::writeExplainText(llvm::outs(), All, realPath("."));
  return ExitClean; // as scan: a TU that does not parse is reported, not fatal
}

int runCategories(CommonOptions Opts, OutputFormat Format) {
  if (!applyConfig(Opts))
    return ExitFailure;
  std::optional<policy::Policy> P = loadPolicyOrReport(Opts.Policies);
  if (!P)
    return ExitFailure;
  if (Format == OutputFormat::Json)
    report::writeCategoriesJson(llvm::outs(), *P);
  else
    report::writeCategoriesText(llvm::outs(), *P);
  return ExitClean;
}

} // namespace piiflow
