//===- ProgressLine.cpp - a one-line progress display on a terminal -------===//
#include "Support/ProgressLine.h"

#include "Support/Log.h"

#include "llvm/Support/Process.h"

namespace piiflow::support {

ProgressLine::ProgressLine(llvm::raw_ostream &OS, bool Enabled, unsigned Width)
    : OS(OS), Enabled(Enabled), Width(Width) {}

ProgressLine::~ProgressLine() {
  if (Attached)
    setLogProgressLine(nullptr);
  finish();
}

bool ProgressLine::stderrWantsProgress() {
  return llvm::sys::Process::StandardErrIsDisplayed() &&
         verbosity() >= Verbosity::Normal;
}

unsigned ProgressLine::stderrColumns() {
  return llvm::sys::Process::StandardErrColumns();
}

std::string ProgressLine::format(unsigned Done, unsigned Total,
                                 llvm::StringRef Item, unsigned Width) {
  std::string Text =
      "[" + std::to_string(Done) + "/" + std::to_string(Total) + "] ";
  if (Width == 0) // no limit
    return Text + Item.str();
  size_t Max = Width - 1; // never the last column: no wrap
  if (Text.size() >= Max)
    return Text.substr(0, Max);
  size_t Room = Max - Text.size();
  if (Item.size() <= Room)
    return Text + Item.str();
  if (Room <= 3)
    return Text + Item.take_back(Room).str();
  return Text + "..." + Item.take_back(Room - 3).str();
}

void ProgressLine::update(unsigned Done, unsigned Total, llvm::StringRef Item) {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> Lock(Mutex);
  if (Done <= LastDone)
    return; // a worker that finished earlier reports later
  LastDone = Done;
  Current = format(Done, Total, Item, Width);
  if (!Hidden)
    drawLocked();
}

void ProgressLine::finish() {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> Lock(Mutex);
  clearLocked();
  Enabled = false;
}

void ProgressLine::suspend() {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> Lock(Mutex);
  clearLocked();
  Hidden = true;
}

void ProgressLine::resume() {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> Lock(Mutex);
  Hidden = false;
  if (!Current.empty())
    drawLocked();
}

void ProgressLine::attachToLog() {
  if (!Enabled || Attached)
    return;
  Attached = true;
  setLogProgressLine(this);
}

void ProgressLine::drawLocked() {
  OS << '\r' << Current;
  // Cover what is left of a longer previous line.
  if (Shown > Current.size())
    OS.indent(Shown - Current.size());
  Shown = std::max(Shown, Current.size());
  OS.flush();
}

void ProgressLine::clearLocked() {
  if (Shown == 0)
    return;
  OS << '\r';
  OS.indent(Shown);
  OS << '\r';
  OS.flush();
  Shown = 0;
}

} // namespace piiflow::support
