//===- Facts.h - what one translation unit tells the link step --*- C++ -*-===//
//
// The per-TU step (lib/Extract) is a pure function of the compile command,
// the file contents, the policy and the models; its output is a TUFacts. The
// link step (lib/Solve) reads only these, never the AST, so that facts can be
// cached by content hash, produced on other machines, and merged.
//
// Version 2 records, per function (keyed by USR), a summary of how values
// move inside it, in terms the link step resolves across functions and TUs:
// edges from a *label* (a classified source read, a parameter's value on
// entry, what a call returned or wrote into an argument) to a *point* (a
// sink call, the return value, an out-parameter at exit, an argument of a
// call), each with the steps of its path. The calls it makes (direct,
// virtual, or through a pointer of some signature), the methods it
// overrides and the functions whose address the TU takes complete the call
// graph. Locations are absolute real paths with 1-based lines and byte
// columns; an end column is the column after the last character.
//
// This header has no Clang dependency; lib/Solve/FactFile.h (de)serialises it.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_EXTRACT_FACTS_H
#define PIIFLOW_EXTRACT_FACTS_H

#include <string>
#include <tuple>
#include <vector>

namespace piiflow::facts {

inline constexpr unsigned FactsVersion = 3;
/// The parameter index that stands for the object of a member function.
inline constexpr unsigned ThisParam = ~0u;

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

/// What a value inside a function may hold.
enum class LabelKind {
  Source,     ///< data of a classified declaration (SourceUsr)
  Param,      ///< the value of parameter Param on entry
  CallResult, ///< what call Call returned
  CallOut,    ///< what call Call wrote into its argument for parameter Param
  CallThrow,  ///< what call Call threw
  /// What reached the join point Param of this function (Point Join): a
  /// variable that would hold too many labels holds this one instead.
  Join,
  /// What any function stored into the global variable SourceUsr (a
  /// namespace-scope, static member or static local variable).
  Global,
};

struct Label {
  LabelKind Kind = LabelKind::Source;
  std::string SourceUsr;
  unsigned Call = 0;
  unsigned Param = 0;

  auto key() const { return std::tie(Kind, SourceUsr, Call, Param); }
  bool operator<(const Label &O) const { return key() < O.key(); }
  bool operator==(const Label &O) const { return key() == O.key(); }
};

/// Where a value inside a function goes.
enum class PointKind {
  Sink,     ///< the sink call Index of FunctionFacts::Sinks
  Return,   ///< the function's return value
  OutParam, ///< what the caller's argument for parameter Param holds after
  CallArg,  ///< the argument for parameter Param of call Index
  Throw,    ///< an exception the function throws (and does not catch)
  Join,     ///< the join point Param: what reaches it, label Join Param holds
  Global,   ///< stored into the global Globals[Index] of the function
};

struct Point {
  PointKind Kind = PointKind::Sink;
  unsigned Index = 0;
  unsigned Param = 0;

  auto key() const { return std::tie(Kind, Index, Param); }
  bool operator<(const Point &O) const { return key() < O.key(); }
  bool operator==(const Point &O) const { return key() == O.key(); }
};

/// A label reaching a point inside one function.
struct Edge {
  Label From;
  Point To;
  /// Categories that sanitizers on the way removed (sorted): they matter
  /// for labels whose category the link step learns later.
  std::vector<std::string> Blocked;
  /// From the read (or the parameter, or the call) to the point, in order;
  /// an edge into a sink ends with the sink step.
  std::vector<Step> Steps;
};

/// A call to a function that has no model: the link step follows it into
/// the called function's summary.
struct CallSite {
  /// USR of the called function (for a virtual call: of the method named
  /// in the call); empty for a call through a pointer or std::function.
  std::string Callee;
  std::string CalleeName; ///< qualified, for messages
  /// For calls through a pointer: the signature, "ret(param,...)".
  std::string Signature;
  /// For calls through a function pointer held in a field
  /// ("chan->tech->send_text(...)"): the field's USR. The call reaches the
  /// functions the program stores in that field (FieldTarget), if any.
  std::string Field;
  bool Virtual = false;
  Location Where;
  /// Parameters through which the callee may write into the caller's
  /// variables (pointers and references to non-const; the object of a
  /// non-const method). What goes in stays there unless the callee writes:
  /// the link passes it on to the call's CallOut label.
  std::vector<unsigned> OutParams;
};

struct FunctionFacts {
  std::string Usr;
  std::string Name;
  Location Where;
  /// "ret(param,...)", to match calls through pointers.
  std::string Signature;
  /// USRs of the methods this method overrides directly.
  std::vector<std::string> Overrides;
  std::vector<SinkSite> Sinks;
  std::vector<CallSite> Calls;
  /// USRs of the global variables that Global points name.
  std::vector<std::string> Globals;
  std::vector<Edge> Edges;

  bool empty() const { return Edges.empty() && Overrides.empty(); }
};

/// A function whose address a TU takes (a candidate callee of calls through
/// pointers and std::function of the same signature).
struct AddressTaken {
  std::string Usr;
  std::string Signature;
  bool operator<(const AddressTaken &O) const {
    return std::tie(Usr, Signature) < std::tie(O.Usr, O.Signature);
  }
};

/// A function stored in a function-pointer field ("{.send_text =
/// sip_send_text}", "t->send_text = sip_send_text").
struct FieldTarget {
  std::string Field; ///< the field's USR
  std::string Usr;   ///< the function's
  bool operator<(const FieldTarget &O) const {
    return std::tie(Field, Usr) < std::tie(O.Field, O.Usr);
  }
};

struct TUFacts {
  unsigned Version = FactsVersion;
  std::string MainFile;
  std::vector<SourceDecl> Sources;
  std::vector<FunctionFacts> Functions;
  std::vector<AddressTaken> AddressTakenFunctions;
  std::vector<FieldTarget> FieldTargets;
};

} // namespace piiflow::facts

#endif
