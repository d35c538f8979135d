//===- LineHashTest.cpp - GitHub's primaryLocationLineHash ----------------===//
// The vectors are the upstream ones of codeql-action's fingerprints tests.
#include "Report/LineHash.h"

#include "gtest/gtest.h"

using piiflow::report::lineHashes;
using Hashes = std::vector<std::string>;

TEST(LineHashTest, Empty) {
  EXPECT_EQ(lineHashes(""), (Hashes{"c129715d7a2bc9a3:1"}));
}

TEST(LineHashTest, WhitespaceIsIgnored) {
  EXPECT_EQ(lineHashes(" a\nb\n  \t\tc\n d"),
            (Hashes{"271789c17abda88f:1", "54703d4cd895b18:1",
                    "180aee12dab6264:1", "a23a3dc5e078b07b:1"}));
}

TEST(LineHashTest, CarriageReturns) {
  EXPECT_EQ(
      lineHashes(
          " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n"),
      (Hashes{"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1",
              "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1",
              "c129715d7a2bc9a3:1"}));
}

TEST(LineHashTest, RepeatedLinesCountOccurrences) {
  std::string Text;
  for (int I = 0; I < 10; ++I)
    Text += "Lorem ipsum dolor sit amet.\n";
  EXPECT_EQ(
      lineHashes(Text),
      (Hashes{"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3",
              "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
              "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1",
              "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"}));
}
