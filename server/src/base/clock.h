#pragma once
// Time comes in through an interface (leveldb Env) so tests set it.

#include <atomic>
#include <cstdint>
#include <string>

namespace sd {

class Clock {
 public:
  virtual ~Clock() = default;
  // Microseconds since the Unix epoch, UTC. Thread-safe.
  virtual int64_t NowMicros() const = 0;
};

class SystemClock final : public Clock {
 public:
  int64_t NowMicros() const override;
  // The process-wide system clock; never null.
  static SystemClock* Get();
};

// A clock that moves only when told to. Thread-safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(int64_t now_us) : now_us_(now_us) {}
  int64_t NowMicros() const override { return now_us_.load(); }
  void Advance(int64_t us) { now_us_ += us; }
  void Set(int64_t now_us) { now_us_ = now_us; }

 private:
  std::atomic<int64_t> now_us_;
};

inline constexpr int64_t kMicrosPerSecond = 1'000'000;
inline constexpr int64_t kMicrosPerMinute = 60 * kMicrosPerSecond;
inline constexpr int64_t kMicrosPerDay = 24 * 60 * kMicrosPerMinute;
// Business dates are in the company's zone, Asia/Shanghai (UTC+8 all year, no daylight saving).
inline constexpr int64_t kCompanyUtcOffsetUs = 8 * 60 * kMicrosPerMinute;

// The business date ("YYYY-MM-DD", company zone) of an instant. Pure.
std::string CompanyDay(int64_t at_us);

}  // namespace sd
