//===- Facts.h - what one translation unit tells the link step --*- C++ -*-===//
//
// The per-TU step (lib/Extract) is a pure function of the compile command,
// the file contents, the policy and the models; its output is a TUFacts. The
// link step (lib/Solve) reads only these, never the AST, so that facts can be
// cached by content hash, produced on other machines, and merged.
//
// Version 1 records, per function (keyed by USR), the flows found inside it:
// a categorised source read reaching a sink, with every step. Locations are
// absolute real paths with 1-based lines and byte columns; an end column is
// the column after the last character.
//
// This header has no Clang dependency; lib/Solve/FactFile.h (de)serialises it.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_EXTRACT_FACTS_H
#define PIIFLOW_EXTRACT_FACTS_H

#include <string>
#include <tuple>
#include <vector>

namespace piiflow::facts {

inline constexpr unsigned FactsVersion = 1;

struct Location {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned EndLine = 0;
  unsigned EndColumn = 0;

  bool operator<(const Location &O) const {
    return std::tie(File, Line, Column, EndLine, EndColumn) <
           std::tie(O.File, O.Line, O.Column, O.EndLine, O.EndColumn);
  }
  bool operator==(const Location &O) const {
    return std::tie(File, Line, Column, EndLine, EndColumn) ==
           std::tie(O.File, O.Line, O.Column, O.EndLine, O.EndColumn);
  }
};

enum class StepKind {
  Declared, ///< the declaration that holds personal data (added by the link)
  Read,     ///< a categorised declaration is read (the source)
  Store,    ///< the value is stored in a variable or added into an object
  Call,     ///< the value passes through a call
  Sink,     ///< the value reaches a sink
};

struct Step {
  StepKind Kind = StepKind::Read;
  Location Where;
  std::string Message;
};

/// A classification decision, for 'piiflow explain' and the data map:
/// declarations that hold personal data, and those whose names mention a
/// category but were judged not to (with the reason).
struct Declaration {
  std::string Usr;
  std::string Name;     ///< qualified
  std::string DeclKind; ///< field, variable, parameter, function
  std::string Category; ///< empty: not personal data
  std::string Evidence; ///< annotation, type, name
  std::string Reason;
  Location Where;
};

/// A declaration classified as personal data.
struct SourceDecl {
  std::string Usr;
  std::string Name;     ///< qualified, for messages: Partner::phone
  std::string DeclKind; ///< field, variable, parameter, function
  std::string Category;
  std::string Reason;
  Location Where;
};

/// The rule that reports flows into a sink of this kind ("log" ->
/// "pii-log"), and how messages name the destination ("a log").
inline const char *ruleForSinkKind(const std::string &Kind) {
  if (Kind == "third-party")
    return "pii-third-party";
  if (Kind == "storage")
    return "pii-storage";
  return "pii-log";
}
inline const char *destinationOfSinkKind(const std::string &Kind) {
  if (Kind == "third-party")
    return "a third party";
  if (Kind == "storage")
    return "storage";
  return "a log";
}

struct SinkSite {
  std::string Kind;   ///< log, third-party, storage
  std::string Callee; ///< qualified name of the sink function
  std::string Model;  ///< the model that made it a sink: file#/json/pointer
  Location Where;     ///< the call
  /// Third parties: the destination host when it is a constant, else empty.
  std::string Recipient;
  /// Storage: what is written to, when constants say: "table:NAME" (SQL),
  /// "key:PREFIX" (a key-value command), "file:PATH" (the path a stream or
  /// FILE * was opened with); empty when not known. For the data map.
  std::string Target;
  /// The policy approves this destination (approved.recipients or
  /// approved.storage). Approved flows are kept in the facts for the data
  /// map; the link step makes no finding of them.
  bool Approved = false;
};

/// Data from a source reaching a sink within one function.
struct Flow {
  std::string SourceUsr;
  /// From the read of the source to the sink call, in order.
  std::vector<Step> Steps;
  SinkSite Sink;
};

struct FunctionFacts {
  std::string Usr;
  std::string Name;
  Location Where;
  std::vector<Flow> Flows;
};

struct TUFacts {
  unsigned Version = FactsVersion;
  std::string MainFile;
  std::vector<SourceDecl> Sources;
  std::vector<FunctionFacts> Functions;
};

} // namespace piiflow::facts

#endif
