//===- FunctionAnalyzer.h - one function's summary over the CFG -*- C++ -*-===//
//
// A forward data-flow analysis over the Clang CFG of one function body, by a
// worklist in reverse post-order. The state maps each variable to the set of
// labels whose data it may hold, each with the shortest path found: sources
// (reads of classified declarations, source models), and symbolic labels
// that the link step resolves (the parameters and the object on entry, what
// a call to a function without a model returned or wrote into an argument).
// Assignments, initialisations and modelled propagators move labels;
// sanitizers remove categories; modelled sinks, the return value, the
// out-parameters at exit and the arguments of calls into the program's own
// functions are the points the function's edges lead to (facts::Edge).
// Values that are only counted, compared or tested carry no taint.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_EXTRACT_FUNCTIONANALYZER_H
#define PIIFLOW_EXTRACT_FUNCTIONANALYZER_H

#include "Extract/Facts.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"

#include <string>

namespace piiflow::extract {

class TUExtractor;

/// Analyses FD's body and returns its summary (without its USR).
facts::FunctionFacts analyzeFunction(TUExtractor &TU,
                                     const clang::FunctionDecl *FD);

/// "ret(param,...)" of a function type, with canonical types: calls through
/// pointers and std::function reach functions of the same signature.
std::string signatureOf(const clang::FunctionProtoType *T);
/// The signature of a pointer to a member function of Class:
/// "Class::*ret(param,...)", so that calls through member pointers reach
/// only methods of that class taken as member pointers.
std::string memberSignatureOf(const clang::CXXRecordDecl *Class,
                              const clang::FunctionProtoType *T);

} // namespace piiflow::extract

#endif
