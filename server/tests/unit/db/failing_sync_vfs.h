#pragma once
// A SQLite VFS for tests that forwards to the default one but can refuse fsync, so a COMMIT
// fails the way it does on a dying disk. While alive it is the default VFS of the process.

namespace sd::db::testing {

class FailingSyncVfs {
 public:
  FailingSyncVfs();
  ~FailingSyncVfs();
  FailingSyncVfs(const FailingSyncVfs&) = delete;
  FailingSyncVfs& operator=(const FailingSyncVfs&) = delete;

  // While true, every xSync returns SQLITE_IOERR_FSYNC.
  void FailSyncs(bool fail);
};

}  // namespace sd::db::testing
