#include "auth/session_cache.h"

#include <chrono>
#include <functional>

namespace sd::auth {

int64_t SteadyMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

SessionCache& SessionCache::Get() {
  static SessionCache cache;
  return cache;
}

SessionCache::Shard& SessionCache::ShardFor(const std::string& key) const {
  return shards_[std::hash<std::string>{}(key) % kShards];
}

std::optional<SessionCache::Entry> SessionCache::Find(const std::string& token_hash,
                                                      uint64_t generation,
                                                      int64_t now_steady_us) const {
  Shard& shard = ShardFor(token_hash);
  std::lock_guard lock(shard.mu);
  auto it = shard.map.find(token_hash);
  if (it == shard.map.end()) return std::nullopt;
  if (it->second.generation != generation || now_steady_us - it->second.fetched_at_us > kMaxAgeUs) {
    shard.map.erase(it);
    return std::nullopt;
  }
  return it->second;
}

void SessionCache::Put(const std::string& token_hash, Entry entry) {
  Shard& shard = ShardFor(token_hash);
  std::lock_guard lock(shard.mu);
  // A full shard is simply emptied: entries live a second at most anyway.
  if (shard.map.size() >= kMaxEntries / kShards) shard.map.clear();
  shard.map.insert_or_assign(token_hash, std::move(entry));
}

}  // namespace sd::auth
