//===- Classifier.cpp - declarations to personal-data categories ----------===//
#include "Classify/Classifier.h"

#include "Support/Identifier.h"
#include "Support/Text.h"

#include "llvm/ADT/StringExtras.h"

namespace piiflow::classify {

llvm::StringRef toString(DeclKind K) {
  switch (K) {
  case DeclKind::Field:
    return "field";
  case DeclKind::Variable:
    return "variable";
  case DeclKind::Parameter:
    return "parameter";
  case DeclKind::Function:
    return "function";
  }
  return "declaration";
}

llvm::StringRef toString(Evidence E) {
  switch (E) {
  case Evidence::Annotation:
    return "annotation";
  case Evidence::Name:
    return "name";
  case Evidence::Type:
    return "type";
  case Evidence::None:
    break;
  }
  return "none";
}

static constexpr llvm::StringLiteral AnnotationPrefix = "pii:";

/// A word of a name matches a term word exactly, as its plural, or with a
/// number after it ("phone2", "address1").
static bool wordMatches(llvm::StringRef Word, llvm::StringRef TermWord) {
  if (Word.size() > TermWord.size() && Word.starts_with(TermWord) &&
      llvm::all_of(Word.drop_front(TermWord.size()), llvm::isDigit))
    return true;
  if (Word == TermWord)
    return true;
  if (Word.size() == TermWord.size() + 1 && Word.starts_with(TermWord) &&
      Word.back() == 's')
    return true;
  return Word.size() == TermWord.size() + 2 && Word.starts_with(TermWord) &&
         Word.ends_with("es");
}

static std::string plural(llvm::StringRef W) {
  return W.str() + (W.ends_with("s") ? "es" : "s");
}

Classifier::Classifier(const policy::Policy &P) : P(P) {
  for (const policy::Category &C : P.Categories)
    for (const policy::Term &T : C.Terms) {
      const std::string &Last = T.Words.back();
      ByLastWord[Last].push_back({&T, &C});
      ByLastWord[plural(Last)].push_back({&T, &C});
    }
  for (const auto &Entry : ByLastWord)
    for (const IndexedTerm &IT : Entry.second)
      if (IT.T->Words.size() == 1 && IT.T->Words[0].size() >= 6 &&
          Entry.first() == IT.T->Words[0])
        LongWords.push_back(IT);
  llvm::sort(LongWords, [](const IndexedTerm &A, const IndexedTerm &B) {
    return A.T->Text < B.T->Text;
  });
  for (const std::string &W : P.Classification.NeutralSuffixes)
    NeutralSuffixes[llvm::StringRef(W).lower()] = true;
  for (const std::string &W : P.Classification.FlagPrefixes)
    FlagPrefixes[llvm::StringRef(W).lower()] = true;
}

const Classifier::IndexedTerm *
Classifier::termEndingAt(const std::vector<std::string> &Words,
                         size_t End) const {
  if (End == 0)
    return nullptr;
  llvm::StringRef Last = Words[End - 1];
  auto It = ByLastWord.find(Last);
  if (It == ByLastWord.end()) // "phone2": look the word up without its number
    It = ByLastWord.find(Last.rtrim("0123456789"));
  if (It == ByLastWord.end()) {
    // A closed compound of a long term: "authpassword", "clientsecret".
    for (const IndexedTerm &IT : LongWords) {
      llvm::StringRef W = IT.T->Words[0];
      if (Last.size() >= W.size() + 2 && Last.ends_with(W))
        return &IT;
    }
    return nullptr;
  }
  const IndexedTerm *Best = nullptr;
  for (const IndexedTerm &IT : It->second) {
    const auto &TW = IT.T->Words;
    if (TW.size() > End)
      continue;
    bool Match = true;
    for (size_t I = 0; I < TW.size() && Match; ++I) {
      llvm::StringRef W = Words[End - TW.size() + I];
      Match = I + 1 == TW.size() ? wordMatches(W, TW[I]) : W == TW[I];
    }
    if (Match && (!Best || TW.size() > Best->T->Words.size()))
      Best = &IT;
  }
  return Best;
}

const policy::Pattern *Classifier::excluded(llvm::StringRef Name,
                                            const policy::Category *C) const {
  const auto &List = C ? C->ExcludeNames : P.Classification.ExcludeNames;
  for (const policy::Pattern &X : List)
    if (X.Glob.matches(Name))
      return &X;
  return nullptr;
}

bool Classifier::classifyByType(const DeclInfo &D, Decision &R) const {
  for (const std::string &T : D.TypeNames) {
    llvm::StringRef Simple = llvm::StringRef(T).rsplit("::").second;
    if (Simple.empty())
      Simple = T;
    for (const policy::Category &C : P.Categories)
      for (const policy::Pattern &X : C.Types)
        if (X.Glob.matches(T, Simple) && !excluded(D.Name, &C)) {
          R.Category = C.Id;
          R.By = Evidence::Type;
          R.Reason = "type '" + T + "' holds " + C.Id + " (listed in " +
                     X.Origin + ")";
          return true;
        }
    // A strong type or typedef named after the data ("PhoneNumber",
    // "Iin"): its name ends in a term, as a declaration's name would.
    std::vector<std::string> Words = support::splitIdentifier(Simple);
    // At most one qualifying word: "PartnerPhone" is a phone number, while
    // "ast_security_event_inval_password" is an event about one.
    if (const IndexedTerm *Hit = termEndingAt(Words, Words.size());
        Hit && Words.size() <= Hit->T->Words.size() + 1 &&
        !excluded(D.Name, Hit->C) &&
        !flagWordBefore(Words, Words.size() - Hit->T->Words.size())) {
      R.Category = Hit->C->Id;
      R.By = Evidence::Type;
      R.Reason = "type '" + T + "' is named after the term '" + Hit->T->Text +
                 "' of " + Hit->C->Id + " (" + Hit->T->Origin + ")";
      return true;
    }
  }
  return false;
}

const std::string *
Classifier::flagWordBefore(const std::vector<std::string> &Words,
                           size_t End) const {
  for (size_t I = 0; I < End; ++I)
    if (FlagPrefixes.count(Words[I]))
      return &Words[I];
  return nullptr;
}

bool Classifier::mentionsTerm(llvm::StringRef Name) const {
  std::vector<std::string> Words = support::splitIdentifier(Name);
  for (size_t End = Words.size(); End > 0; --End)
    if (termEndingAt(Words, End))
      return true;
  return false;
}

Decision Classifier::classify(const DeclInfo &D) const {
  Decision R;
  // 1. Annotations override everything else.
  for (const std::string &A : D.Annotations) {
    llvm::StringRef Text(A);
    if (!Text.consume_front(AnnotationPrefix))
      continue;
    if (Text == "none") {
      R.By = Evidence::Annotation;
      R.Reason = "annotated [[clang::annotate(\"pii:none\")]]";
      return R;
    }
    if (const policy::Category *C = P.findCategory(Text)) {
      R.Category = C->Id;
      R.By = Evidence::Annotation;
      R.Reason = "annotated [[clang::annotate(\"pii:" + C->Id + "\")]]";
      return R;
    }
    R.Problem = "unknown category '" + Text.str() + "' in annotation";
    if (auto Near = support::nearest(Text, P.categoryIds()))
      R.Problem += "; did you mean 'pii:" + *Near + "'?";
  }

  if (const policy::Pattern *X = excluded(D.Name, nullptr)) {
    R.By = Evidence::Name;
    R.Reason = "name '" + D.Name + "' is excluded by '" +
               X->Glob.pattern().str() + "' (" + X->Origin + ")";
    return R;
  }

  // 2. Types that never hold personal data, whatever the name says.
  for (const std::string &T : D.TypeNames) {
    llvm::StringRef Simple = llvm::StringRef(T).rsplit("::").second;
    if (Simple.empty())
      Simple = T;
    for (const policy::Pattern &P : this->P.Classification.NonDataTypes)
      if (P.Glob.matches(T, Simple)) {
        R.By = Evidence::Type;
        R.Reason = "type '" + T +
                   "' holds sizes, counts or indices, not "
                   "personal data (" +
                   P.Origin + ")";
        return R;
      }
  }
  switch (D.Type) {
  case TypeKind::Bool:
    R.By = Evidence::Type;
    R.Reason = "type 'bool' is a flag, not personal data";
    return R;
  case TypeKind::Enum:
    R.By = Evidence::Type;
    R.Reason = "enum type '" + D.TypeName + "' is a state, not personal data";
    return R;
  case TypeKind::Void:
    R.By = Evidence::Type;
    R.Reason = "a function that returns nothing is not a source";
    return R;
  case TypeKind::Function:
    R.By = Evidence::Type;
    R.Reason = "type '" + D.TypeName + "' points to a function: code, not data";
    return R;
  case TypeKind::Opaque:
    R.By = Evidence::Type;
    R.Reason =
        "type '" + D.TypeName + "' is an opaque pointer: a handle, not data";
    return R;
  case TypeKind::Character:
    R.By = Evidence::Type;
    R.Reason = "a single character is not personal data";
    return R;
  default:
    break;
  }

  // 3. A type named after the data, or listed by the policy.
  if (classifyByType(D, R))
    return R;

  // 4. The name.
  std::vector<std::string> Words = support::splitIdentifier(D.Name);
  size_t End = Words.size();
  while (End > 1 && NeutralSuffixes.count(Words[End - 1]) &&
         !termEndingAt(Words, End))
    --End;
  const IndexedTerm *Hit = termEndingAt(Words, End);
  if (!Hit) {
    // Say why a name that mentions a term is not taken, for 'explain'.
    for (size_t I = End; I > 0; --I)
      if (const IndexedTerm *Inner = termEndingAt(Words, I - 1)) {
        R.By = Evidence::Name;
        R.Reason = "name '" + D.Name + "' mentions the term '" +
                   Inner->T->Text + "' of " + Inner->C->Id + " but ends in '" +
                   Words[End - 1] + "': it is about the data, not the data";
        return R;
      }
    return R;
  }
  size_t TermStart = End - Hit->T->Words.size();
  if (const std::string *Flag = flagWordBefore(Words, TermStart)) {
    R.By = Evidence::Name;
    R.Reason = "name '" + D.Name + "' has '" + *Flag + "' before the term '" +
               Hit->T->Text + "': a flag, a count or an action, not the data";
    return R;
  }
  // By convention an upper-case variable is a constant: "STR_PHONE" names a
  // field or a key. A secret's constant, though, is the secret itself.
  if (D.Kind == DeclKind::Variable && Hit->C->Id != "credential.secret" &&
      llvm::none_of(D.Name, llvm::isLower)) {
    R.By = Evidence::Name;
    R.Reason = "'" + D.Name +
               "' is an upper-case constant: the name of a "
               "field or a key, not the data";
    return R;
  }
  bool Integer = Hit->T->Integer.value_or(Hit->C->Integer);
  bool Floating = Hit->T->Floating.value_or(Hit->C->Floating);
  if ((D.Type == TypeKind::Integer && !Integer) ||
      (D.Type == TypeKind::Floating && !Floating)) {
    R.By = Evidence::Type;
    R.Reason = "type '" + D.TypeName + "' cannot hold " + Hit->C->Id +
               " (the term '" + Hit->T->Text + "' is not " +
               (D.Type == TypeKind::Integer ? "an integer"
                                            : "a floating-point number") +
               ")";
    return R;
  }
  if (const policy::Pattern *X = excluded(D.Name, Hit->C)) {
    R.By = Evidence::Name;
    R.Reason = "name '" + D.Name + "' is excluded from " + Hit->C->Id +
               " by '" + X->Glob.pattern().str() + "' (" + X->Origin + ")";
    return R;
  }
  R.Category = Hit->C->Id;
  R.By = Evidence::Name;
  R.Reason = "name '" + D.Name + "' ends in the term '" + Hit->T->Text +
             "' of " + Hit->C->Id + " (" + Hit->T->Origin + ")";
  return R;
}

} // namespace piiflow::classify
