//===- Classifier.h - declarations to personal-data categories --*- C++ -*-===//
//
// Decides whether a declaration (field, variable, parameter, function) holds
// personal data, of which category, and why. The evidence, in order:
//   1. an annotation [[clang::annotate("pii:<category>")]] or "pii:none";
//   2. the type: flags (bool), enums and, for categories that are never
//      numbers, arithmetic types are not personal data whatever their names;
//   3. the type's name: a strong type or typedef named after a category
//      ("class PhoneNumber", "using Iin = std::string"), or a type the policy
//      lists ("sockaddr_in" holds an IP address);
//   4. the name, split into words: a category term must be the name's head,
//      its last words ("partner_phone", "phoneNumber"), perhaps followed by a
//      neutral suffix ("phone_str"). A term followed by another word is
//      something about the data, not the data ("phone_count",
//      "email_enabled"), and a flag prefix makes a flag ("is_phone_ok").
//
// This layer sees no Clang: lib/Extract describes each declaration as a
// DeclInfo. Every Decision carries its reason, positive or negative.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_CLASSIFY_CLASSIFIER_H
#define PIIFLOW_CLASSIFY_CLASSIFIER_H

#include "Policy/Policy.h"

#include "llvm/ADT/StringMap.h"

#include <string>
#include <vector>

namespace piiflow::classify {

enum class DeclKind { Field, Variable, Parameter, Function };
llvm::StringRef toString(DeclKind K);

/// What the type of a declaration (the return type, for a function) is.
enum class TypeKind {
  Other,     ///< records, strings, pointers, arrays: may hold any category
  Bool,      ///< a flag
  Enum,      ///< a state or a kind
  Integer,   ///< arithmetic: personal only for numeric categories
  Floating,  ///< arithmetic: personal only for numeric categories
  Character, ///< a single char
  Void,      ///< a function that returns nothing
  Function,  ///< a pointer to a function: it holds code, not data
  Opaque,    ///< a void pointer: a handle, not data
};

struct DeclInfo {
  std::string Name; ///< the unqualified name
  DeclKind Kind = DeclKind::Variable;
  TypeKind Type = TypeKind::Other;
  std::string TypeName; ///< as written, for reasons
  /// The names the type goes by, outermost first, looking through
  /// references, pointers, arrays and typedefs, qualified without template
  /// arguments: "Iin", "std::string", "std::basic_string".
  std::vector<std::string> TypeNames;
  /// A variable initialised with a literal: its value is written in the code.
  bool LiteralInit = false;
  /// Texts of [[clang::annotate(...)]] on the declaration.
  std::vector<std::string> Annotations;
};

enum class Evidence { None, Annotation, Name, Type };
llvm::StringRef toString(Evidence E);

struct Decision {
  /// The category id; empty when the declaration is not personal data.
  std::string Category;
  Evidence By = Evidence::None;
  /// Why, in words a privacy officer can check ("name 'partner_phone' ends
  /// in the term 'phone' of contact.phone (rules/policies/...)").
  std::string Reason;
  /// A problem with the declaration's annotation (an unknown category).
  std::string Problem;

  bool isPersonal() const { return !Category.empty(); }
};

class Classifier {
public:
  explicit Classifier(const policy::Policy &P);

  Decision classify(const DeclInfo &D) const;
  /// Whether any word run of Name is a category term (wherever it stands):
  /// the names worth explaining even when they are not personal data.
  bool mentionsTerm(llvm::StringRef Name) const;

private:
  struct IndexedTerm {
    const policy::Term *T;
    const policy::Category *C;
  };
  const policy::Policy &P;
  /// Terms keyed by their last word.
  llvm::StringMap<std::vector<IndexedTerm>> ByLastWord;
  /// One-word terms long enough to be recognised at the end of a closed
  /// compound ("authpassword", "dbpasswd").
  std::vector<IndexedTerm> LongWords;
  llvm::StringMap<bool> NeutralSuffixes;
  llvm::StringMap<bool> FlagPrefixes;

  /// The first flag word ("is", "num", "send") among Words[0, End), if any.
  const std::string *flagWordBefore(const std::vector<std::string> &Words,
                                    size_t End) const;
  /// The term that ends Words at position End (exclusive), longest first.
  const IndexedTerm *termEndingAt(const std::vector<std::string> &Words,
                                  size_t End) const;
  /// Evidence from the names of the type; sets R and returns true if the
  /// type decides.
  bool classifyByType(const DeclInfo &D, Decision &R) const;
  /// The policy pattern that excludes Name from category C (or from all
  /// categories, if C is null).
  const policy::Pattern *excluded(llvm::StringRef Name,
                                  const policy::Category *C) const;
};

} // namespace piiflow::classify

#endif
