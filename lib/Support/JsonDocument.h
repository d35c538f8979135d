//===- JsonDocument.h - JSON files with positions for errors ----*- C++ -*-===//
//
// The plumbing under every JSON input piiflow reads (policies, models, fact
// files): parse with nlohmann/json, remember where each key and value stands
// in the text, and turn a problem at a JSON path into an error that names the
// file, the line and column, the path, and the nearest valid key.
//
// nlohmann/json is built without exceptions here: nothing may call at() or
// get<T>() on a value of the wrong type. The checked accessors below are the
// way to read a document.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SUPPORT_JSONDOCUMENT_H
#define PIIFLOW_SUPPORT_JSONDOCUMENT_H

#include "Support/Text.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace piiflow::support {

using Json = nlohmann::json;

/// Appends one reference token to a JSON pointer (RFC 6901 escaping).
std::string childPointer(llvm::StringRef Pointer, llvm::StringRef Token);
std::string childPointer(llvm::StringRef Pointer, size_t Index);

class JsonDocument {
public:
  /// Parses Text; File names it in errors.
  static llvm::Expected<JsonDocument> parse(llvm::StringRef File,
                                            llvm::StringRef Text);
  /// Reads and parses the file at Path.
  static llvm::Expected<JsonDocument> load(llvm::StringRef Path);

  const Json &root() const { return Root; }
  llvm::StringRef file() const { return File; }

  /// An error located at the value (or the key, if AtKey) of Pointer.
  llvm::Error error(llvm::StringRef Pointer, const llvm::Twine &Msg,
                    bool AtKey = false) const;
  TextPos position(llvm::StringRef Pointer, bool AtKey = false) const;

  /// Fails on a key of Obj (at Pointer) that is not in Allowed, suggesting
  /// the nearest allowed key.
  llvm::Error checkKeys(const Json &Obj, llvm::StringRef Pointer,
                        llvm::ArrayRef<std::string> Allowed) const;

  /// Checked reads. Each returns an error located in the file on a wrong type.
  llvm::Error expectObject(const Json &V, llvm::StringRef Pointer) const;
  llvm::Error expectArray(const Json &V, llvm::StringRef Pointer) const;
  llvm::Expected<std::string> getString(const Json &V,
                                        llvm::StringRef Pointer) const;
  llvm::Expected<bool> getBool(const Json &V, llvm::StringRef Pointer) const;
  llvm::Expected<std::vector<std::string>>
  getStringList(const Json &V, llvm::StringRef Pointer) const;
  /// A string that must be one of Choices; returns its index. The error
  /// names What ("role") and suggests the nearest choice.
  llvm::Expected<size_t> getChoice(const Json &V, llvm::StringRef Pointer,
                                   llvm::ArrayRef<std::string> Choices,
                                   llvm::StringRef What) const;

private:
  std::string File;
  Json Root;
  llvm::StringMap<TextPos> KeyPositions;
  llvm::StringMap<TextPos> ValuePositions;
};

} // namespace piiflow::support

#endif
