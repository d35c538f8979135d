//===- ProgressLine.h - a one-line progress display on a terminal -*- C++
//-*-===//
//
// "[12/605] src/net/http.cpp", rewritten in place with '\r' as work items
// finish and cleared at the end. It draws only when enabled (stderr is a
// terminal and not --quiet); otherwise every call is a no-op, so callers never
// test for a terminal themselves. Updates may come from any thread and in any
// order: an update older than the one shown is dropped.
//
// While a ProgressLine is attached to the log (attachToLog), the Log facade
// clears it before a message and draws it again after, so messages never
// share a line with it.
//===----------------------------------------------------------------------===//
#ifndef PIIFLOW_SUPPORT_PROGRESSLINE_H
#define PIIFLOW_SUPPORT_PROGRESSLINE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <mutex>
#include <string>

namespace piiflow::support {

class ProgressLine {
public:
  /// Draws on OS when Enabled. Width is the terminal's number of columns
  /// (0: unknown, no limit); a line never takes the last column, so that the
  /// terminal does not wrap it.
  ProgressLine(llvm::raw_ostream &OS, bool Enabled, unsigned Width = 0);
  /// Clears the line and detaches it from the log.
  ~ProgressLine();
  ProgressLine(const ProgressLine &) = delete;
  ProgressLine &operator=(const ProgressLine &) = delete;

  /// A progress line for stderr: enabled when stderr is a terminal and the
  /// verbosity is at least Normal (not --quiet), as wide as the terminal.
  static bool stderrWantsProgress();
  static unsigned stderrColumns();

  /// Shows "[Done/Total] Item" unless a later Done was already shown. The
  /// item is shortened from the left ("...") to fit the width.
  void update(unsigned Done, unsigned Total, llvm::StringRef Item);
  /// Clears the line; later updates are ignored.
  void finish();

  /// Clears the line until resume() (for a message to be written).
  void suspend();
  /// Draws the last update again after suspend().
  void resume();

  /// Makes the Log facade suspend and resume this line around its messages,
  /// until the destructor.
  void attachToLog();

  bool enabled() const { return Enabled; }

  /// The text of one update, fitted to Width (0: no limit).
  static std::string format(unsigned Done, unsigned Total, llvm::StringRef Item,
                            unsigned Width);

private:
  void drawLocked();
  void clearLocked();

  llvm::raw_ostream &OS;
  bool Enabled;
  unsigned Width;
  bool Attached = false;
  std::mutex Mutex;
  // Guarded by Mutex.
  bool Hidden = false;
  unsigned LastDone = 0;
  std::string Current; ///< the text of the last update
  size_t Shown = 0;    ///< columns currently drawn on the terminal
};

} // namespace piiflow::support

#endif
