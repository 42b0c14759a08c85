#pragma once
// A cache of what Authenticate reads for a token (the session row with its user, and the
// permissions and scope resolved from the user's roles and positions), so a signed-in read costs no
// extra transaction. An entry is used only while no write has finished since it was read
// (Database::write_generation) and for at most kMaxAgeUs, which bounds how late this process sees
// changes made by another process (the CLI, or a second server on the same PostgreSQL).
// Thread-safe.

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "auth/scope.h"
#include "auth/session_store.h"

namespace sd::auth {

class SessionCache {
 public:
  static constexpr int64_t kMaxAgeUs = 1'000'000;
  static constexpr size_t kMaxEntries = 20'000;

  struct Entry {
    store::SessionRow session;
    Resolved resolved;  // resolved once per fill, not per request
    uint64_t generation = 0;
    int64_t fetched_at_us = 0;  // steady clock
  };

  // The entry for token_hash if still current at (generation, now_steady_us).
  std::optional<Entry> Find(const std::string& token_hash, uint64_t generation,
                            int64_t now_steady_us) const;
  void Put(const std::string& token_hash, Entry entry);

  // The process-wide cache.
  static SessionCache& Get();

 private:
  static constexpr size_t kShards = 16;
  struct Shard {
    mutable std::mutex mu;
    std::unordered_map<std::string, Entry> map;
  };
  Shard& ShardFor(const std::string& key) const;
  mutable Shard shards_[kShards];
};

// Microseconds of a monotonic clock (cache ages only; never stored).
int64_t SteadyMicros();

}  // namespace sd::auth
