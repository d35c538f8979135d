//===- Baseline.cpp - an earlier SARIF log to compare against -------------===//
#include "Triage/Baseline.h"

#include "Support/JsonDocument.h"

namespace piiflow::triage {

using support::childPointer;
using support::Json;
using support::JsonDocument;

llvm::Expected<Baseline> loadBaseline(llvm::StringRef Path,
                                      llvm::StringRef FingerprintKey) {
  auto Doc = JsonDocument::load(Path);
  if (!Doc)
    return Doc.takeError();
  const Json &Root = Doc->root();
  if (!Root.is_object() || !Root.contains("runs") || !Root["runs"].is_array() ||
      !Root.contains("version") || Root["version"] != "2.1.0")
    return Doc->error("", "not a SARIF 2.1.0 log (expected an object with "
                          "\"version\": \"2.1.0\" and \"runs\")");
  Baseline B;
  B.Path = Path.str();
  const Json &Runs = Root["runs"];
  for (size_t R = 0; R < Runs.size(); ++R) {
    std::string RunPtr = childPointer("/runs", R);
    if (auto Err = Doc->expectObject(Runs[R], RunPtr))
      return Err;
    if (!Runs[R].contains("results"))
      continue;
    const Json &Results = Runs[R]["results"];
    std::string ResPtr = childPointer(RunPtr, "results");
    if (auto Err = Doc->expectArray(Results, ResPtr))
      return Err;
    for (size_t I = 0; I < Results.size(); ++I) {
      const Json &Res = Results[I];
      if (auto Err = Doc->expectObject(Res, childPointer(ResPtr, I)))
        return Err;
      if (Res.contains("baselineState") && Res["baselineState"] == "absent")
        continue;
      std::string Print;
      if (Res.contains("partialFingerprints") &&
          Res["partialFingerprints"].is_object() &&
          Res["partialFingerprints"].contains(FingerprintKey) &&
          Res["partialFingerprints"][std::string(FingerprintKey)].is_string())
        Print = Res["partialFingerprints"][std::string(FingerprintKey)]
                    .get<std::string>();
      if (Print.empty()) {
        ++B.WithoutFingerprint;
        continue;
      }
      // Keep the result as written, apart from a state an earlier
      // comparison gave it.
      Json Copy = Res;
      Copy.erase("baselineState");
      B.Results.push_back({Print, Copy.dump()});
    }
  }
  return B;
}

} // namespace piiflow::triage
