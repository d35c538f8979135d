//===- PolicyTest.cpp - policy loading, validation and layering -----------===//
#include "Policy/PolicyLoader.h"

#include "gtest/gtest.h"

using namespace piiflow::policy;

static Policy defaultPolicy() {
  auto P = loadPolicy({});
  EXPECT_TRUE(static_cast<bool>(P));
  return P ? std::move(*P) : Policy();
}

static std::string layerError(llvm::StringRef Text) {
  Policy P = defaultPolicy();
  llvm::Error E = layerPolicyText(P, "project.json", Text);
  return E ? llvm::toString(std::move(E)) : "";
}

TEST(PolicyTest, DefaultHasEveryCategoryOfThePolicyTable) {
  Policy P = defaultPolicy();
  const char *Ids[] = {
      "person.full_name",     "person.national_id", "person.birth_date",
      "contact.email",        "contact.phone",      "network.ip_address",
      "device.info",          "device.os_version",  "device.identifier",
      "activity.access_time", "location.geo",       "biometric",
      "tracking.cookie",      "device.contacts",    "media.photo",
      "message.sms",          "payment.card",       "payment.bank_account",
      "recording.call",       "credential.secret",  "person.address"};
  EXPECT_EQ(P.Categories.size(), std::size(Ids));
  for (const char *Id : Ids) {
    const Category *C = P.findCategory(Id);
    ASSERT_NE(C, nullptr) << Id;
    EXPECT_FALSE(C->Title.empty()) << Id;
    EXPECT_FALSE(C->Clauses.empty()) << Id;
  }
  EXPECT_EQ(P.findCategory("person.national_id")->Level, Sensitivity::High);
  EXPECT_EQ(P.findCategory("network.ip_address")->Level, Sensitivity::Low);
  EXPECT_TRUE(P.findCategory("credential.secret")->Extension);
}

TEST(PolicyTest, DefaultApprovesPboHostsAndNoStorage) {
  Policy P = defaultPolicy();
  EXPECT_TRUE(P.isApprovedHost("pbo.kz"));
  EXPECT_TRUE(P.isApprovedHost("api.outsourcing.pbo.kz"));
  EXPECT_FALSE(P.isApprovedHost("pbo.kz.evil.example"));
  EXPECT_FALSE(P.isApprovedHost("collect.metricsvendor.example"));
  EXPECT_TRUE(P.ApprovedStorageFunctions.empty());
  ASSERT_NE(P.findRule("pii-log"), nullptr);
  EXPECT_FALSE(P.findRule("pii-log")->Clauses.empty());
}

TEST(PolicyTest, ProjectLayerAddsTermsRecipientsStoresSanitizers) {
  Policy P = defaultPolicy();
  size_t Terms = P.findCategory("contact.phone")->Terms.size();
  llvm::Error E = layerPolicyText(P, "project.json", R"({
    "extends": "default",
    "categories": [
      {"id": "contact.phone", "terms": ["tel no"]},
      {"id": "org.employee_id", "title": "Employee number", "clauses": ["3.1"],
       "sensitivity": "low", "terms": ["employee id"]}],
    "approved": {"recipients": [{"host": "*.outsourcer.kz"}, {"function": "acme::Client::post"}],
                 "storage": [{"function": "acme::Db::*"}]},
    "sanitizers": [{"function": "acme::hide"}]})");
  ASSERT_FALSE(static_cast<bool>(E)) << llvm::toString(std::move(E));
  EXPECT_EQ(P.findCategory("contact.phone")->Terms.size(), Terms + 1);
  EXPECT_EQ(P.findCategory("contact.phone")->Terms.back().Origin,
            "project.json");
  ASSERT_NE(P.findCategory("org.employee_id"), nullptr);
  EXPECT_TRUE(P.isApprovedHost("a.outsourcer.kz"));
  EXPECT_TRUE(P.isApprovedHost("pbo.kz")); // the default's stay
  EXPECT_EQ(P.ApprovedRecipientFunctions.size(), 1u);
  EXPECT_EQ(P.ApprovedStorageFunctions.size(), 1u);
  EXPECT_TRUE(P.isSanitizer("acme::hide", "hide"));
  EXPECT_FALSE(P.isSanitizer("other::hide", "hide"));
}

TEST(PolicyTest, UnknownKeysSuggestTheNearest) {
  std::string E = layerError("{\n  \"aproved\": {}\n}");
  EXPECT_NE(E.find("project.json:2:3:"), std::string::npos) << E;
  EXPECT_NE(E.find("unknown key 'aproved'; did you mean 'approved'?"),
            std::string::npos)
      << E;
  EXPECT_NE(E.find("(at /aproved)"), std::string::npos) << E;
  E = layerError(R"({"approved": {"recipients": [{"hots": "x"}]}})");
  EXPECT_NE(E.find("did you mean 'host'"), std::string::npos) << E;
  EXPECT_NE(E.find("/approved/recipients/0/hots"), std::string::npos) << E;
}

TEST(PolicyTest, UnknownCategorySuggestsTheNearest) {
  std::string E =
      layerError(R"({"categories": [{"id": "contact.phon", "terms": ["x"]}]})");
  EXPECT_NE(
      E.find("unknown category 'contact.phon'; did you mean 'contact.phone'?"),
      std::string::npos)
      << E;
}

TEST(PolicyTest, WrongTypesAndValues) {
  EXPECT_NE(layerError(R"({"sanitizers": {"function": "x"}})")
                .find("expected an array"),
            std::string::npos);
  EXPECT_NE(
      layerError(
          R"({"categories": [{"id": "contact.phone", "sensitivity": "hgh"}]})")
          .find("did you mean 'high'"),
      std::string::npos);
  EXPECT_NE(
      layerError(
          R"({"approved": {"recipients": [{"host": "a", "function": "b"}]}})")
          .find("either"),
      std::string::npos);
  EXPECT_NE(layerError("{\"approved\": \n\n  [}").find("project.json:3:"),
            std::string::npos);
}

TEST(PolicyTest, MissingFileAndUnknownBuiltin) {
  auto P = loadPolicy({"/nonexistent/policy.json"});
  ASSERT_FALSE(static_cast<bool>(P));
  EXPECT_NE(llvm::toString(P.takeError()).find("does not exist"),
            std::string::npos);
  Policy D = defaultPolicy();
  llvm::Error E = layerPolicyText(D, "p.json", R"({"extends": 5})");
  ASSERT_TRUE(static_cast<bool>(E));
  EXPECT_NE(llvm::toString(std::move(E)).find("expected a string"),
            std::string::npos);
}

TEST(PolicyTest, SanitizerCategoriesAndProfiles) {
  Policy P = defaultPolicy();
  llvm::Error E = layerPolicyText(P, "project.json", R"({
    "profiles": ["client"],
    "sanitizers": [{"function": "maskPhone", "categories": ["contact.phone"]}],
    "categories": [{"id": "org.badge", "title": "Badge", "clauses": ["3.1"], "sensitivity": "low",
                    "terms": ["badge"]}]})");
  ASSERT_FALSE(static_cast<bool>(E)) << llvm::toString(std::move(E));
  EXPECT_EQ(P.Profiles, std::vector<std::string>{"client"});
  // The project's entry wins over the default's "mask*".
  const Pattern *S = P.findSanitizer("maskPhone", "maskPhone");
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->Categories, std::vector<std::string>{"contact.phone"});
  // Categories are checked once the file is layered: a category the same
  // file declares after its sanitizers is known.
  Policy Q = defaultPolicy();
  EXPECT_FALSE(static_cast<bool>(layerPolicyText(Q, "project.json", R"({
    "sanitizers": [{"function": "hideBadge", "categories": ["org.badge"]}],
    "categories": [{"id": "org.badge", "title": "Badge", "clauses": ["3.1"], "sensitivity": "low",
                    "terms": ["badge"]}]})")));
  std::string Err = layerError(
      R"({"sanitizers": [{"function": "m", "categories": ["contact.emial"]}]})");
  EXPECT_NE(Err.find("did you mean 'contact.email'"), std::string::npos)
      << Err;
  Err = layerError(R"({"profiles": ["clinet"]})");
  EXPECT_NE(Err.find("did you mean 'client'"), std::string::npos) << Err;
  Err = layerError(R"({"sanitizers": [{"function": "m", "categories": []}]})");
  EXPECT_NE(Err.find("protects nothing"), std::string::npos) << Err;
}
