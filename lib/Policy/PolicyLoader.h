//===- PolicyLoader.h - read, validate and layer policy files ---*- C++ -*-===//
//
// Layering: the built-in default policy
// (rules/policies/prosto-back-office.json, named "default"), then each file
// given with --policy, in order. A file's "extends" names what it builds on: a
// built-in policy name or a path relative to the file; a file without "extends"
// builds on "default". Later layers add categories and terms, override a
// category's title, clauses or sensitivity, and add approved destinations and
// sanitizers.
//
// Every problem is an llvm::Error whose text names the file, the line and
// column, the JSON path, and the nearest valid key or category id.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_POLICY_POLICYLOADER_H
#define PIIFLOW_POLICY_POLICYLOADER_H

#include "Policy/Policy.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace piiflow::policy {

/// The name that always means the built-in default policy.
inline constexpr llvm::StringLiteral DefaultPolicyName = "default";

/// Names of the policies compiled into piiflow (plus "default").
std::vector<std::string> builtinPolicyNames();

/// The effective policy: the default, then Files layered over it in order.
llvm::Expected<Policy> loadPolicy(llvm::ArrayRef<std::string> Files);

/// Layers one policy document given as text (for tests and tools).
llvm::Error layerPolicyText(Policy &P, llvm::StringRef FileName,
                            llvm::StringRef Text);

} // namespace piiflow::policy

#endif
