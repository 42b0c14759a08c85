#pragma once
// Marks the current thread as running a Read or Write callback, so that a nested Write (which
// would wait for itself on SQLite, or hold two pooled connections on PostgreSQL) is caught by
// SD_ASSERT instead of hanging.

namespace sd::db {

class CallbackScope {
 public:
  CallbackScope() { ++depth_; }
  ~CallbackScope() { --depth_; }
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

  // True while this thread runs a Read or Write callback.
  static bool Active() { return depth_ > 0; }

 private:
  static inline thread_local int depth_ = 0;
};

}  // namespace sd::db
