//===- ClassifierTest.cpp - names and types to categories -----------------===//
#include "Classify/Classifier.h"
#include "Policy/PolicyLoader.h"

#include "gtest/gtest.h"

using namespace piiflow;
using classify::DeclInfo;
using classify::DeclKind;
using classify::TypeKind;

namespace {

class ClassifierTest : public ::testing::Test {
protected:
  void SetUp() override {
    auto P = policy::loadPolicy({});
    ASSERT_TRUE(static_cast<bool>(P)) << llvm::toString(P.takeError());
    Policy = std::make_unique<policy::Policy>(std::move(*P));
    C = std::make_unique<classify::Classifier>(*Policy);
  }
  std::string category(const std::string &Name, TypeKind T = TypeKind::Other,
                       std::vector<std::string> Annotations = {}) {
    DeclInfo D;
    D.Name = Name;
    D.Kind = DeclKind::Field;
    D.Type = T;
    D.TypeName = "t";
    D.Annotations = std::move(Annotations);
    return C->classify(D).Category;
  }
  std::unique_ptr<policy::Policy> Policy;
  std::unique_ptr<classify::Classifier> C;
};

} // namespace

TEST_F(ClassifierTest, TermAtTheEndOfTheName) {
  EXPECT_EQ(category("phone"), "contact.phone");
  EXPECT_EQ(category("partner_phone"), "contact.phone");
  EXPECT_EQ(category("partnerPhone_"), "contact.phone");
  EXPECT_EQ(category("m_email"), "contact.email");
  EXPECT_EQ(category("primaryPhoneNumber"), "contact.phone");
  EXPECT_EQ(category("date_of_birth"), "person.birth_date");
  EXPECT_EQ(category("iin"), "person.national_id");
  EXPECT_EQ(category("customer_email_address"), "contact.email");
}

TEST_F(ClassifierTest, NeutralSuffixesPluralsAndNumbers) {
  EXPECT_EQ(category("phone_str"), "contact.phone");
  EXPECT_EQ(category("emails"), "contact.email");
  EXPECT_EQ(category("phone2"), "contact.phone");
  EXPECT_EQ(category("partner_email1"), "contact.email");
  // A number does not make another word a term.
  EXPECT_EQ(category("phoneme2"), "");
}

TEST_F(ClassifierTest, TermFollowedByAnotherWordIsAboutTheData) {
  EXPECT_EQ(category("phone_count"), "");
  EXPECT_EQ(category("email_enabled"), "");
  EXPECT_EQ(category("email_regex"), "");
  EXPECT_EQ(category("max_name_length"), "");
  EXPECT_EQ(category("ip_version"), "");
  EXPECT_EQ(category("device_count"), "");
}

TEST_F(ClassifierTest, FlagPrefixes) {
  EXPECT_EQ(category("is_phone_verified"), "");
  EXPECT_EQ(category("has_email"), "");
  EXPECT_EQ(category("num_phones"), "");
}

TEST_F(ClassifierTest, WholeWordsOnly) {
  EXPECT_EQ(category("filename"), "");
  EXPECT_EQ(category("hostname"), "");
  EXPECT_EQ(category("table_name"), "");
  EXPECT_EQ(category("telephony"), "");
}

TEST_F(ClassifierTest, TypesAsEvidence) {
  EXPECT_EQ(category("phone", TypeKind::Bool), "");
  EXPECT_EQ(category("phone", TypeKind::Enum), "");
  // A phone number may be held in an integer; an email address may not.
  EXPECT_EQ(category("phone", TypeKind::Integer), "contact.phone");
  EXPECT_EQ(category("email", TypeKind::Integer), "");
  EXPECT_EQ(category("latitude", TypeKind::Floating), "location.geo");
  // A callback named after data holds code.
  EXPECT_EQ(category("get_phone", TypeKind::Function), "");
}

TEST_F(ClassifierTest, FlagWordsAnywhereBeforeTheTerm) {
  // A module prefix does not hide the verb or the flag.
  EXPECT_EQ(category("my_send_callerid"), "");
  EXPECT_EQ(category("mUseIP"), "");
  EXPECT_EQ(category("partner_num_phones"), "");
  EXPECT_EQ(category("ast_set_phone"), "");
  // Words that merely precede the term stay harmless.
  EXPECT_EQ(category("user_phone"), "contact.phone");
}

TEST_F(ClassifierTest, UpperCaseConstantsNameKeys) {
  DeclInfo D;
  D.Name = "STR_PHONE";
  D.Kind = DeclKind::Variable;
  EXPECT_FALSE(C->classify(D).isPersonal()) << C->classify(D).Reason;
  // A field in upper case is still a field.
  D.Kind = DeclKind::Field;
  EXPECT_EQ(C->classify(D).Category, "contact.phone");
  // A secret's constant is the secret.
  D.Kind = DeclKind::Variable;
  D.Name = "API_KEY";
  EXPECT_EQ(C->classify(D).Category, "credential.secret");
}

TEST_F(ClassifierTest, ClosedCompoundsOfLongTerms) {
  EXPECT_EQ(category("authpassword"), "credential.secret");
  EXPECT_EQ(category("dbpasswd"), "credential.secret");
  // Short terms are not looked for inside words: "microphone" is no phone.
  EXPECT_EQ(category("microphone"), "");
}

TEST_F(ClassifierTest, TermsCanOverrideTheNumericKinds) {
  // A PIN is text; an integer 'pin' is a pin number of a device.
  EXPECT_EQ(category("pin"), "credential.secret");
  EXPECT_EQ(category("pin", TypeKind::Integer), "");
  // The category's other terms keep its own kinds.
  EXPECT_EQ(category("pincode", TypeKind::Integer), "credential.secret");
}

TEST_F(ClassifierTest, OpaquePointersAreHandles) {
  EXPECT_EQ(category("cookie", TypeKind::Opaque), "");
  EXPECT_EQ(category("cookie"), "tracking.cookie");
}

TEST_F(ClassifierTest, MeasuresOfTheData) {
  EXPECT_EQ(category("size_phone_number"), "");
  EXPECT_EQ(category("len_email"), "");
  // A certificate's fingerprint is not biometric data; a fingerprint image is.
  EXPECT_EQ(category("remote_fingerprint"), "");
  EXPECT_EQ(category("fingerprint_image"), "biometric");
}

TEST_F(ClassifierTest, AnnotationsOverrideNames) {
  EXPECT_EQ(category("blob", TypeKind::Other, {"pii:contact.email"}),
            "contact.email");
  EXPECT_EQ(category("phone", TypeKind::Other, {"pii:none"}), "");
  EXPECT_EQ(category("x", TypeKind::Other, {"other annotation"}), "");
}

TEST_F(ClassifierTest, UnknownAnnotationCategoryIsReported) {
  DeclInfo D;
  D.Name = "blob";
  D.Annotations = {"pii:contact.phon"};
  classify::Decision R = C->classify(D);
  EXPECT_FALSE(R.isPersonal());
  EXPECT_NE(R.Problem.find("did you mean 'pii:contact.phone'"),
            std::string::npos)
      << R.Problem;
}

TEST_F(ClassifierTest, ReasonsNameTheEvidence) {
  DeclInfo D;
  D.Name = "partner_phone";
  classify::Decision R = C->classify(D);
  EXPECT_NE(R.Reason.find("term 'phone'"), std::string::npos) << R.Reason;
  EXPECT_NE(R.Reason.find("prosto-back-office.json"), std::string::npos)
      << R.Reason;
  D.Name = "phone_count";
  R = C->classify(D);
  EXPECT_NE(R.Reason.find("ends in 'count'"), std::string::npos) << R.Reason;
}

TEST_F(ClassifierTest, EveryCategoryIsDetectable) {
  // Each category of the policy table has at least one term that classifies.
  for (const policy::Category &Cat : Policy->Categories) {
    ASSERT_FALSE(Cat.Terms.empty()) << Cat.Id;
    std::string Name;
    for (const std::string &W : Cat.Terms.front().Words)
      Name += (Name.empty() ? "" : "_") + W;
    EXPECT_EQ(category(Name), Cat.Id) << Name;
  }
}
