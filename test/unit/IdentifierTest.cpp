//===- IdentifierTest.cpp - identifier splitting --------------------------===//
#include "Support/Identifier.h"

#include "gtest/gtest.h"

using piiflow::support::splitIdentifier;
using Words = std::vector<std::string>;

TEST(IdentifierTest, CamelAndSnakeCase) {
  EXPECT_EQ(splitIdentifier("partnerPhone"), (Words{"partner", "phone"}));
  EXPECT_EQ(splitIdentifier("partner_phone_"), (Words{"partner", "phone"}));
  EXPECT_EQ(splitIdentifier("PartnerPhone"), (Words{"partner", "phone"}));
  EXPECT_EQ(splitIdentifier("PARTNER_PHONE"), (Words{"partner", "phone"}));
}

TEST(IdentifierTest, MemberAndHungarianPrefixes) {
  EXPECT_EQ(splitIdentifier("m_phone"), (Words{"m", "phone"}));
  EXPECT_EQ(splitIdentifier("szEmail"), (Words{"sz", "email"}));
  EXPECT_EQ(splitIdentifier("strPhone"), (Words{"str", "phone"}));
}

TEST(IdentifierTest, Acronyms) {
  EXPECT_EQ(splitIdentifier("HTTPServer"), (Words{"http", "server"}));
  EXPECT_EQ(splitIdentifier("clientIPAddress"),
            (Words{"client", "ip", "address"}));
  EXPECT_EQ(splitIdentifier("IIN"), (Words{"iin"}));
}

TEST(IdentifierTest, DigitsStayWithTheirWord) {
  EXPECT_EQ(splitIdentifier("sha256Digest"), (Words{"sha256", "digest"}));
  EXPECT_EQ(splitIdentifier("ipv4_addr"), (Words{"ipv4", "addr"}));
}

TEST(IdentifierTest, WordsAreNotSubstrings) {
  // "filename" is one word: classification never sees "name" in it.
  EXPECT_EQ(splitIdentifier("filename"), (Words{"filename"}));
  EXPECT_EQ(splitIdentifier("hostname"), (Words{"hostname"}));
}

TEST(IdentifierTest, Phrases) {
  EXPECT_EQ(splitIdentifier("date of birth"), (Words{"date", "of", "birth"}));
  EXPECT_TRUE(splitIdentifier("__").empty());
}
