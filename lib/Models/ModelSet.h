//===- ModelSet.h - library models: sinks, propagators, sanitizers -*- C++
//-*-===//
//
// What piiflow knows about library functions is data in rules/models/*.json
// (the schema is docs/models.md). A model names a function by glob and says
// which of its positions (this, return, arguments) it touches and its role:
//   sink        data in the given positions leaves to a log, a third party
//               or a store, optionally only when an argument refers to a
//               given variable (fprintf to stderr, << on std::cout);
//   propagator  data moves from some positions to others (append, c_str);
//   sanitizer   the return value no longer carries the data (masking);
//   recipient   the call names the destination of a client handle
//               (curl_easy_setopt with CURLOPT_URL), for later sinks on it;
//   source      the call returns or fills personal data of a category
//               (getpeername fills an IP address, QSysInfo::machineUniqueId
//               returns a device identifier);
//   invoker     the call calls a callable with its arguments: the one a
//               wrapper object holds (std::function's operator()) or an
//               argument (std::invoke's first).
// A propagator may also say that the call returns a reference to one of its
// positions ("aliases"), as stream insertion returns its stream.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_MODELS_MODELSET_H
#define PIIFLOW_MODELS_MODELSET_H

#include "Policy/Policy.h"
#include "Support/NameGlob.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace piiflow::models {

enum class Role { Sink, Propagator, Sanitizer, Recipient, Source, Invoker };
enum class SinkKind { Log, ThirdParty, Storage };
llvm::StringRef toString(SinkKind K);

/// A set of positions of a call: the object, the result, some arguments.
/// Arguments are numbered as written; for a member operator called with
/// operator syntax, arg0 is the object.
struct Positions {
  bool This = false;
  bool Return = false;
  std::vector<unsigned> Args;
  /// All arguments from this index on ("arg1.."); unset if none.
  std::optional<unsigned> ArgsFrom;

  bool hasArg(unsigned I) const;
  bool empty() const { return !This && !Return && Args.empty() && !ArgsFrom; }
};

/// A condition on a call: argument Arg refers to one of these variables or
/// enumerators (stderr, std::cout, CURLOPT_URL), its type is one of these
/// types (std::basic_ofstream), or it comes from a call to one of these
/// functions.
struct Condition {
  unsigned Arg = 0; ///< ~0u: the object of a member call ("this")
  std::vector<support::NameGlob> RefersTo;
  std::vector<support::NameGlob> Types;
  /// The argument is what a call to one of these functions returned,
  /// through stream chaining (glog's "LOG(INFO) << a << b" inserts into
  /// google::LogMessage::stream()).
  std::vector<support::NameGlob> Calls;
  /// The argument is a constant string matching one of these (lower-case)
  /// patterns: hiredis "SET *" is a write, "GET *" is not.
  std::vector<support::NameGlob> Text;
};
using RefersTo = Condition;

struct Model {
  support::NameGlob Function;
  Role Kind = Role::Propagator;
  SinkKind Sink = SinkKind::Log;
  Positions Data;                  ///< sink: the positions whose data leaves
  std::optional<Condition> When;   ///< the model applies only if this holds
  std::optional<Condition> Unless; ///< ... and only if this does not
  /// Sink or recipient: the argument that holds the destination URL or host.
  std::optional<unsigned> Url;
  /// Sink or recipient: the argument (or this, as ~0u) naming the client
  /// handle whose destination a recipient model set (curl's CURL *).
  std::optional<unsigned> Handle;
  /// Propagator: where data moves from and to. Sanitizer: To are the
  /// positions that receive the sanitized value (the return by default; an
  /// out-parameter for EVP_DigestFinal_ex). Source: To are the positions that
  /// receive the data.
  Positions From, To;
  /// Sanitizer: the categories it protects (empty: all of them). Source: the
  /// one category it yields.
  std::vector<std::string> Categories;
  /// The model applies only when the policy enables this profile ("client":
  /// uname reports the OS of the user's device only in client code).
  std::string Profile;
  /// Propagator: the call returns a reference to this position.
  std::optional<Positions> Aliases;
  /// Invoker: the callable the call calls, the object (~0u: a wrapper such
  /// as std::function) or argument N (std::invoke's arg0), with the
  /// arguments after it.
  std::optional<unsigned> Callable;
  std::string File;    ///< rules/models/stdio.json
  std::string Pointer; ///< /models/3
};

class ModelSet {
public:
  /// Loads the models compiled in from rules/models/.
  static llvm::Expected<ModelSet> loadBuiltin();
  /// Adds the models of one JSON document.
  /// Categories that the models of Text name are checked against Known
  /// when given (a project's own models); the built-in catalogue names
  /// categories of the default policy, and a model whose category a
  /// project's policy lacks is ignored when used.
  llvm::Error addText(llvm::StringRef FileName, llvm::StringRef Text,
                      const std::vector<std::string> *Known = nullptr);
  llvm::Error addFile(llvm::StringRef Path);
  /// Adds one model (already validated).
  void add(Model M);
  /// Adds the "models" array of a project's policy file.
  /// Categories named by its models must be the policy's.
  llvm::Error addPolicyModels(const policy::ModelSource &Source,
                              const policy::Policy &Policy);

  /// Every model whose pattern matches this function, in load order.
  std::vector<const Model *> lookup(llvm::StringRef QualifiedName,
                                    llvm::StringRef SimpleName) const;
  size_t size() const { return Models.size(); }
  const std::vector<Model> &models() const { return Models; }

private:
  std::vector<Model> Models;
  /// Indices of models whose pattern ends in a plain name, by that name.
  llvm::StringMap<std::vector<size_t>> ByName;
  /// Indices of models whose last name component has a wildcard.
  std::vector<size_t> Wildcards;
  void index(size_t I);
};

} // namespace piiflow::models

#endif
