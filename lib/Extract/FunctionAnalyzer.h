//===- FunctionAnalyzer.h - intraprocedural taint over the CFG --*- C++ -*-===//
//
// A forward data-flow analysis over the Clang CFG of one function body, by a
// worklist in reverse post-order. The state maps each variable to the set of
// sources whose data it may hold, each with the shortest path found. The
// transfer function evaluates every CFG statement once: reads of classified
// declarations create taint; assignments, initialisations and modelled
// propagators move it; sanitizers stop it; modelled sinks record a Flow.
// Values that are only counted, compared or tested carry no taint, because
// only modelled propagators move data through calls.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_EXTRACT_FUNCTIONANALYZER_H
#define PIIFLOW_EXTRACT_FUNCTIONANALYZER_H

#include "Extract/Facts.h"

#include "clang/AST/Decl.h"

namespace piiflow::extract {

class TUExtractor;

/// Analyses FD's body and returns the flows found in it.
facts::FunctionFacts analyzeFunction(TUExtractor &TU,
                                     const clang::FunctionDecl *FD);

} // namespace piiflow::extract

#endif
