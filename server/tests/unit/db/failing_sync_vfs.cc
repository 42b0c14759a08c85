#include "failing_sync_vfs.h"

#include <sqlite3.h>

#include <atomic>

namespace sd::db::testing {
namespace {

std::atomic<bool> g_fail_syncs{false};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
const sqlite3_io_methods* g_real_methods = nullptr;

// Our file header, followed by the real VFS's file.
struct ShimFile {
  sqlite3_file base;
  sqlite3_file* real;
};

sqlite3_file* Real(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f)->real; }

int Close(sqlite3_file* f) { return Real(f)->pMethods->xClose(Real(f)); }
int Read(sqlite3_file* f, void* p, int n, sqlite3_int64 off) {
  return Real(f)->pMethods->xRead(Real(f), p, n, off);
}
int Write(sqlite3_file* f, const void* p, int n, sqlite3_int64 off) {
  return Real(f)->pMethods->xWrite(Real(f), p, n, off);
}
int Truncate(sqlite3_file* f, sqlite3_int64 size) {
  return Real(f)->pMethods->xTruncate(Real(f), size);
}
int Sync(sqlite3_file* f, int flags) {
  if (g_fail_syncs.load()) return SQLITE_IOERR_FSYNC;
  return Real(f)->pMethods->xSync(Real(f), flags);
}
int FileSize(sqlite3_file* f, sqlite3_int64* size) {
  return Real(f)->pMethods->xFileSize(Real(f), size);
}
int Lock(sqlite3_file* f, int level) { return Real(f)->pMethods->xLock(Real(f), level); }
int Unlock(sqlite3_file* f, int level) { return Real(f)->pMethods->xUnlock(Real(f), level); }
int CheckReservedLock(sqlite3_file* f, int* out) {
  return Real(f)->pMethods->xCheckReservedLock(Real(f), out);
}
int FileControl(sqlite3_file* f, int op, void* arg) {
  return Real(f)->pMethods->xFileControl(Real(f), op, arg);
}
int SectorSize(sqlite3_file* f) { return Real(f)->pMethods->xSectorSize(Real(f)); }
int DeviceCharacteristics(sqlite3_file* f) {
  return Real(f)->pMethods->xDeviceCharacteristics(Real(f));
}
int ShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
  return Real(f)->pMethods->xShmMap(Real(f), region, size, extend, out);
}
int ShmLock(sqlite3_file* f, int offset, int n, int flags) {
  return Real(f)->pMethods->xShmLock(Real(f), offset, n, flags);
}
void ShmBarrier(sqlite3_file* f) { Real(f)->pMethods->xShmBarrier(Real(f)); }
int ShmUnmap(sqlite3_file* f, int del) { return Real(f)->pMethods->xShmUnmap(Real(f), del); }
int Fetch(sqlite3_file* f, sqlite3_int64 off, int n, void** out) {
  return Real(f)->pMethods->xFetch(Real(f), off, n, out);
}
int Unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) {
  return Real(f)->pMethods->xUnfetch(Real(f), off, p);
}

int Open(sqlite3_vfs* /*vfs*/, const char* name, sqlite3_file* file, int flags, int* out_flags) {
  auto* shim = reinterpret_cast<ShimFile*>(file);
  shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
  int rc = g_real->xOpen(g_real, name, shim->real, flags, out_flags);
  if (shim->real->pMethods == nullptr) {
    shim->base.pMethods = nullptr;
    return rc;
  }
  g_real_methods = shim->real->pMethods;
  g_methods = sqlite3_io_methods{.iVersion = g_real_methods->iVersion,
                                 .xClose = Close,
                                 .xRead = Read,
                                 .xWrite = Write,
                                 .xTruncate = Truncate,
                                 .xSync = Sync,
                                 .xFileSize = FileSize,
                                 .xLock = Lock,
                                 .xUnlock = Unlock,
                                 .xCheckReservedLock = CheckReservedLock,
                                 .xFileControl = FileControl,
                                 .xSectorSize = SectorSize,
                                 .xDeviceCharacteristics = DeviceCharacteristics,
                                 .xShmMap = ShmMap,
                                 .xShmLock = ShmLock,
                                 .xShmBarrier = ShmBarrier,
                                 .xShmUnmap = ShmUnmap,
                                 .xFetch = Fetch,
                                 .xUnfetch = Unfetch};
  shim->base.pMethods = &g_methods;
  return rc;
}

}  // namespace

FailingSyncVfs::FailingSyncVfs() {
  g_real = sqlite3_vfs_find(nullptr);
  g_vfs = *g_real;
  g_vfs.pNext = nullptr;
  g_vfs.zName = "sd_failing_sync";
  g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
  g_vfs.xOpen = Open;
  sqlite3_vfs_register(&g_vfs, /*makeDflt=*/1);
}

FailingSyncVfs::~FailingSyncVfs() {
  g_fail_syncs = false;
  sqlite3_vfs_unregister(&g_vfs);
  sqlite3_vfs_register(g_real, /*makeDflt=*/1);
}

void FailingSyncVfs::FailSyncs(bool fail) { g_fail_syncs = fail; }

}  // namespace sd::db::testing
