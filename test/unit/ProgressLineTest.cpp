//===- ProgressLineTest.cpp - the terminal progress line ------------------===//
#include "Support/ProgressLine.h"

#include "gtest/gtest.h"

using piiflow::support::ProgressLine;

namespace {

TEST(ProgressLineTest, NothingWhenNotATerminal) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  {
    ProgressLine P(OS, /*Enabled=*/false, 80);
    P.update(1, 2, "a.cpp");
    P.suspend();
    P.resume();
    P.update(2, 2, "b.cpp");
    P.finish();
  }
  EXPECT_EQ(Out, "");
}

TEST(ProgressLineTest, RewrittenInPlaceAndClearedAtTheEnd) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  ProgressLine P(OS, /*Enabled=*/true, 80);
  P.update(1, 12, "src/long-name.cpp");
  EXPECT_EQ(Out, "\r[1/12] src/long-name.cpp");
  Out.clear();
  // A shorter line covers what is left of the longer one.
  P.update(2, 12, "a.c");
  EXPECT_EQ(Out, "\r[2/12] a.c" + std::string(14, ' '));
  Out.clear();
  P.finish();
  EXPECT_EQ(Out, "\r" + std::string(24, ' ') + "\r");
  Out.clear();
  P.update(3, 12, "late.cpp"); // after finish: ignored
  P.finish();
  EXPECT_EQ(Out, "");
}

TEST(ProgressLineTest, DestructorClears) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  {
    ProgressLine P(OS, /*Enabled=*/true, 0);
    P.update(1, 1, "x.cpp");
  }
  EXPECT_EQ(Out, "\r[1/1] x.cpp\r" + std::string(11, ' ') + "\r");
}

TEST(ProgressLineTest, OutOfOrderUpdatesAreDropped) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  ProgressLine P(OS, /*Enabled=*/true, 0);
  P.update(3, 5, "c.cpp");
  Out.clear();
  P.update(2, 5, "b.cpp"); // a worker that finished earlier reports late
  EXPECT_EQ(Out, "");
  P.update(4, 5, "d.cpp");
  EXPECT_EQ(Out, "\r[4/5] d.cpp");
}

TEST(ProgressLineTest, SuspendClearsAndResumeRedraws) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  ProgressLine P(OS, /*Enabled=*/true, 0);
  P.suspend(); // nothing shown yet: nothing to clear or redraw
  P.resume();
  EXPECT_EQ(Out, "");
  P.update(1, 3, "a.cpp");
  Out.clear();
  P.suspend();
  EXPECT_EQ(Out, "\r" + std::string(11, ' ') + "\r");
  Out.clear();
  P.update(2, 3, "b.cpp"); // recorded, not drawn, while suspended
  EXPECT_EQ(Out, "");
  P.resume();
  EXPECT_EQ(Out, "\r[2/3] b.cpp");
}

TEST(ProgressLineTest, FitsTheTerminalWidth) {
  // Never the last column; long paths keep their end.
  EXPECT_EQ(ProgressLine::format(7, 605, "main/channel.c", 0),
            "[7/605] main/channel.c");
  EXPECT_EQ(ProgressLine::format(7, 605, "main/channel.c", 23),
            "[7/605] main/channel.c");
  EXPECT_EQ(ProgressLine::format(7, 605, "main/channel.c", 20),
            "[7/605] ...hannel.c");
  EXPECT_EQ(ProgressLine::format(7, 605, "main/channel.c", 11), "[7/605] .c");
  EXPECT_EQ(ProgressLine::format(7, 605, "main/channel.c", 5), "[7/6");
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  ProgressLine P(OS, /*Enabled=*/true, 20);
  P.update(1, 2, "some/very/long/path/to/file.cpp");
  EXPECT_EQ(Out, "\r[1/2] ...o/file.cpp");
  EXPECT_LT(Out.size() - 1, 20u);
}

} // namespace
