//===- ModelSetTest.cpp - library models as data --------------------------===//
#include "Models/ModelSet.h"
#include "Policy/PolicyLoader.h"

#include "gtest/gtest.h"

using namespace piiflow::models;

static std::string loadError(llvm::StringRef Text) {
  ModelSet S;
  llvm::Error E = S.addText("m.json", Text);
  return E ? llvm::toString(std::move(E)) : "";
}

TEST(ModelSetTest, BuiltinModelsLoad) {
  auto S = ModelSet::loadBuiltin();
  ASSERT_TRUE(static_cast<bool>(S)) << llvm::toString(S.takeError());
  EXPECT_GT(S->size(), 10u);
  auto Printf = S->lookup("printf", "printf");
  ASSERT_EQ(Printf.size(), 1u);
  EXPECT_EQ(Printf[0]->Kind, Role::Sink);
  EXPECT_EQ(Printf[0]->Sink, SinkKind::Log);
  // Qualified patterns match qualified names only.
  // The std::string model and the generic conversion model.
  EXPECT_EQ(S->lookup("std::basic_string::c_str", "c_str").size(), 2u);
  EXPECT_TRUE(S->lookup("mylib::Buffer::append", "append").empty());
}

TEST(ModelSetTest, ConditionsOnTheObjectAndOnConstantText) {
  ModelSet S;
  ASSERT_FALSE(static_cast<bool>(S.addText("m.json", R"({"models": [
      {"function": "QIODevice::write", "role": "sink", "sink": "storage", "data": ["arg0"],
       "when": {"arg": "this", "type": ["QFile"]}},
      {"function": "redisCommand", "role": "sink", "sink": "storage", "data": ["arg2.."],
       "when": {"arg": 1, "text": ["set *"]}}]})")));
  EXPECT_EQ(S.models()[0].When->Arg, ~0u);
  EXPECT_EQ(S.models()[1].When->Text.size(), 1u);
  std::string E = loadError(R"({"models": [{"function": "f", "role": "sink", "sink": "log", "data": ["arg0"], "when": {"arg": "that", "type": ["T"]}}]})");
  EXPECT_NE(E.find("an argument index or \"this\""), std::string::npos) << E;
}

TEST(ModelSetTest, GlobalNamespacePatterns) {
  ModelSet S;
  ASSERT_FALSE(static_cast<bool>(S.addText(
      "m.json", R"({"models": [{"function": "::send", "role": "sink",
                   "sink": "third-party", "data": ["arg1"]}]})")));
  EXPECT_EQ(S.lookup("send", "send").size(), 1u);
  EXPECT_TRUE(S.lookup("Mailer::send", "send").empty());
}

TEST(ModelSetTest, PositionsParse) {
  ModelSet S;
  ASSERT_FALSE(static_cast<bool>(S.addText(
      "m.json", R"({"models": [{"function": "f", "role": "sink", "sink": "log",
                   "data": ["this", "arg0", "arg2.."]}]})")));
  const Model &M = S.models()[0];
  EXPECT_TRUE(M.Data.This);
  EXPECT_TRUE(M.Data.hasArg(0));
  EXPECT_FALSE(M.Data.hasArg(1));
  EXPECT_TRUE(M.Data.hasArg(7));
}

TEST(ModelSetTest, RecipientsAndConditions) {
  ModelSet S;
  ASSERT_FALSE(static_cast<bool>(S.addText("m.json", R"({"models": [
      {"function": "setopt", "role": "recipient", "url": "arg2", "handle": "arg0",
       "when": {"arg": 1, "refersTo": ["OPT_URL"]}},
      {"function": "write", "role": "sink", "sink": "storage", "data": ["arg1"],
       "unless": {"arg": 0, "type": ["std::basic_ostringstream"]}}]})")));
  const Model &R = S.models()[0];
  EXPECT_EQ(R.Kind, Role::Recipient);
  EXPECT_EQ(*R.Url, 2u);
  EXPECT_EQ(*R.Handle, 0u);
  ASSERT_TRUE(R.When.has_value());
  EXPECT_EQ(R.When->RefersTo.size(), 1u);
  const Model &W = S.models()[1];
  ASSERT_TRUE(W.Unless.has_value());
  EXPECT_EQ(W.Unless->Types.size(), 1u);
  std::string E = loadError(R"({"models": [{"function": "f", "role": "recipient", "url": "arg0"}]})");
  EXPECT_NE(E.find("needs 'url' and 'handle'"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "propagator", "from": ["this"], "to": ["return"], "url": "arg0"}]})");
  EXPECT_NE(E.find("'url' applies only to sink and recipient models"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "sink", "sink": "log", "data": ["arg0"], "when": {"arg": 0}}]})");
  EXPECT_NE(E.find("needs 'refersTo'"), std::string::npos) << E;
}

TEST(ModelSetTest, ConditionalPropagators) {
  // protobuf's set_* setters carry data only into protobuf messages.
  ModelSet S;
  ASSERT_FALSE(static_cast<bool>(S.addText("m.json", R"({"models": [
      {"function": "set_*", "role": "propagator", "from": ["args"], "to": ["this"],
       "when": {"arg": "this", "type": ["google::protobuf::MessageLite"]}}]})")));
  ASSERT_TRUE(S.models()[0].When.has_value());
  EXPECT_EQ(S.models()[0].When->Arg, ~0u);
  // A sanitizer applies whatever the arguments: a condition is a mistake.
  std::string E = loadError(R"({"models": [{"function": "f", "role": "sanitizer", "when": {"arg": 0, "type": ["T"]}}]})");
  EXPECT_NE(E.find("'when' applies only to sink, recipient and propagator models"), std::string::npos) << E;
}

TEST(ModelSetTest, ErrorsNameFilePositionAndSuggestion) {
  std::string E =
      loadError("{\"models\": [\n  {\"function\": \"f\", \"role\": \"snk\"}]}");
  EXPECT_NE(E.find("m.json:2:"), std::string::npos) << E;
  EXPECT_NE(E.find("did you mean 'sink'"), std::string::npos) << E;
  E = loadError(
      R"({"models": [{"function": "f", "role": "sink", "sink": "log", "dta": []}]})");
  EXPECT_NE(E.find("unknown key 'dta'; did you mean 'data'"), std::string::npos)
      << E;
  E = loadError(
      R"({"models": [{"function": "f", "role": "sink", "sink": "log", "data": ["arg"]}]})");
  EXPECT_NE(E.find("unknown position 'arg'"), std::string::npos) << E;
  E = loadError(
      R"({"models": [{"function": "f", "role": "propagator", "from": ["this"]}]})");
  EXPECT_NE(E.find("needs 'from' and 'to'"), std::string::npos) << E;
  // Positions are written argN: a bare number is a typo for something.
  E = loadError(R"({"models": [{"function": "f", "role": "sink", "sink": "log", "data": ["2"]}]})");
  EXPECT_NE(E.find("unknown position '2'"), std::string::npos) << E;
  // Keys of another role are mistakes, not ignored.
  E = loadError(R"({"models": [{"function": "f", "role": "sanitizer", "from": ["arg0"]}]})");
  EXPECT_NE(E.find("'from' applies only to propagator models"), std::string::npos) << E;
  E = loadError("{\"models\": [}");
  EXPECT_NE(E.find("invalid JSON"), std::string::npos) << E;
}

TEST(ModelSetTest, SourcesAndSanitizersOfCategories) {
  ModelSet S;
  ASSERT_FALSE(static_cast<bool>(S.addText("m.json", R"({"models": [
      {"function": "::getpeername", "role": "source", "category": "network.ip_address", "to": ["arg1"]},
      {"function": "SHA256", "role": "sanitizer", "to": ["return", "arg2"], "categories": ["credential.secret"]},
      {"function": "mask", "role": "sanitizer"},
      {"function": "::uname", "role": "source", "category": "device.os_version", "to": ["arg0"], "profile": "client"},
      {"function": "curl_mime_addpart", "role": "propagator", "aliases": ["arg0"]}]})")));
  EXPECT_EQ(S.models()[0].Kind, Role::Source);
  EXPECT_TRUE(S.models()[0].To.hasArg(1));
  EXPECT_EQ(S.models()[1].Categories.size(), 1u);
  EXPECT_TRUE(S.models()[1].To.Return && S.models()[1].To.hasArg(2));
  EXPECT_TRUE(S.models()[2].To.Return); // a sanitizer's result by default
  EXPECT_TRUE(S.models()[2].Categories.empty());
  EXPECT_EQ(S.models()[3].Profile, "client");
  EXPECT_TRUE(S.models()[4].Aliases && S.models()[4].Aliases->hasArg(0));

  std::string E = loadError(R"({"models": [{"function": "f", "role": "source", "to": ["return"]}]})");
  EXPECT_NE(E.find("needs 'category'"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "source", "category": "x"}]})");
  EXPECT_NE(E.find("needs 'to'"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "sink", "sink": "log", "data": ["arg0"], "categories": ["x"]}]})");
  EXPECT_NE(E.find("'categories' applies only to sanitizer"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "sanitizer", "categories": []}]})");
  EXPECT_NE(E.find("protects nothing"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "propagator", "from": ["arg0"]}]})");
  EXPECT_NE(E.find("needs 'from' and 'to'"), std::string::npos) << E;
}

TEST(ModelSetTest, Invokers) {
  ModelSet S;
  ASSERT_FALSE(static_cast<bool>(S.addText("m.json", R"j({"models": [
      {"function": "std::function::operator()", "role": "invoker", "callable": "this"},
      {"function": "std::invoke", "role": "invoker", "callable": "arg0"}]})j")));
  EXPECT_EQ(S.models()[0].Kind, Role::Invoker);
  EXPECT_EQ(*S.models()[0].Callable, ~0u);
  EXPECT_EQ(*S.models()[1].Callable, 0u);
  // The built-in std::function model replaces what was a name in the code.
  auto B = ModelSet::loadBuiltin();
  ASSERT_TRUE(static_cast<bool>(B)) << llvm::toString(B.takeError());
  auto F = B->lookup("std::function::operator()", "operator()");
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0]->Kind, Role::Invoker);

  std::string E = loadError("{\"models\": [\n  {\"function\": \"f\", \"role\": \"invoker\"}]}");
  EXPECT_NE(E.find("m.json:2:3: error: an invoker model needs 'callable'"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "invoker", "callable": "0"}]})");
  EXPECT_NE(E.find("unknown position '0'; expected this or argN"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "invoker", "calable": "this"}]})");
  EXPECT_NE(E.find("unknown key 'calable'; did you mean 'callable'"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "invoke", "callable": "this"}]})");
  EXPECT_NE(E.find("did you mean 'invoker'"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "propagator", "from": ["args"], "to": ["this"], "callable": "arg0"}]})");
  EXPECT_NE(E.find("'callable' applies only to invoker models"), std::string::npos) << E;
  E = loadError(R"({"models": [{"function": "f", "role": "invoker", "callable": "this", "from": ["args"]}]})");
  EXPECT_NE(E.find("'from' applies only to propagator models"), std::string::npos) << E;
}

TEST(ModelSetTest, PolicyModelsNameThePolicysCategories) {
  auto P = piiflow::policy::loadPolicy({});
  ASSERT_TRUE(static_cast<bool>(P));
  ModelSet S;
  piiflow::policy::ModelSource Src{"project.json", R"({"models": [
      {"function": "acme::peer", "role": "source", "category": "network.ip_adress", "to": ["return"]}]})"};
  llvm::Error E = S.addPolicyModels(Src, *P);
  ASSERT_TRUE(static_cast<bool>(E));
  std::string Msg = llvm::toString(std::move(E));
  EXPECT_NE(Msg.find("did you mean 'network.ip_address'"), std::string::npos) << Msg;
}
