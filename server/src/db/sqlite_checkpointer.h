#pragma once
// Checkpoints the SQLite WAL on a thread and connection of its own. SQLite's automatic
// checkpoint runs inside the COMMIT that takes the WAL past 1,000 pages: that commit copies the
// pages into the database file and syncs it, and the group-commit writer and every request of
// its batch wait (the 40 ms p99 of a customer create at 100,000 customers). Here the writer's
// commit only reports the WAL's size (SqliteConn::SetWalHook); each time the WAL has grown by
// kStartPages since the last checkpoint, this thread runs a PASSIVE one, which writes alongside
// the writer and waits for no reader. (Not on every commit past kStartPages: under steady
// writes the WAL starts over only between checkpoints, and a checkpoint per commit doubled the
// syncs the disk serves and cut the creates per second by a third.)

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "db/sqlite_backend.h"

namespace sd::db {

class SqliteCheckpointer {
 public:
  static constexpr int kStartPages = 1000;  // SQLite's own threshold

  // Takes over conn (opened with Role::kCheckpointer) and starts the thread.
  explicit SqliteCheckpointer(std::unique_ptr<SqliteConn> conn);
  ~SqliteCheckpointer() { Stop(); }
  SqliteCheckpointer(const SqliteCheckpointer&) = delete;
  SqliteCheckpointer& operator=(const SqliteCheckpointer&) = delete;

  // The WAL holds `pages` after a commit. Thread-safe; never blocks on a checkpoint.
  void Committed(int pages);

  // Stops the thread and closes the connection (the last connection to close checkpoints the
  // rest). Idempotent.
  void Stop();

 private:
  void Loop();

  std::unique_ptr<SqliteConn> conn_;  // used by the thread only

  std::mutex mu_;
  std::condition_variable wake_;
  int pages_ = 0;          // guarded by mu_: the WAL's size at the last commit
  int done_at_ = 0;        // guarded by mu_: its size when the last checkpoint began
  bool stopping_ = false;  // guarded by mu_

  std::mutex stop_mu_;
  std::thread thread_;
};

}  // namespace sd::db
