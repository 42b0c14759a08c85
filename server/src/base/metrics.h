#pragma once
// Counters and histograms rendered in the Prometheus text exposition format for /metrics.
//
// Series are registered once (at start-up or when a component is built) and then updated on hot
// paths: Inc() and Observe() take no lock and allocate nothing. Registry::Default() is the
// process-wide registry that /metrics renders.

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sd::metrics {

// Label pairs of one series, e.g. {{"backend", "sqlite"}, {"kind", "read"}}; a handful at most.
using Labels = std::vector<std::pair<std::string, std::string>>;

// Upper bounds in seconds for latencies, from 100 µs to 10 s.
inline constexpr double kLatencyBuckets[] = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
                                             0.01,   0.025,   0.05,   0.1,   0.25,   0.5,
                                             1,      2.5,     5,      10};
// Upper bounds for sizes and counts: powers of two up to 1024.
inline constexpr double kSizeBuckets[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};

// A monotonically increasing count. Thread-safe, lock-free.
class Counter {
 public:
  void Inc(uint64_t n = 1) { value_.fetch_add(n, std::memory_order_relaxed); }
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

// Counts observations into fixed buckets (upper bounds, ascending; +Inf is implicit) and keeps
// their sum. Thread-safe; Observe() is lock-free and does not allocate.
class Histogram {
 public:
  explicit Histogram(std::span<const double> bounds);

  void Observe(double v);

  std::span<const double> bounds() const { return bounds_; }
  // Observations in bucket i alone (not cumulative); i == bounds().size() is the +Inf bucket.
  uint64_t bucket_count(size_t i) const { return counts_[i].load(std::memory_order_relaxed); }
  uint64_t count() const;
  double sum() const { return sum_.load(std::memory_order_relaxed); }

 private:
  std::vector<double> bounds_;
  std::unique_ptr<std::atomic<uint64_t>[]> counts_;
  std::atomic<double> sum_{0};
};

// Owns every series. Get* return the series for (name, labels), creating it on first use; the
// reference stays valid for the registry's lifetime. A name is one type with one help text and
// one set of bounds (SD_ASSERT). Thread-safe.
class Registry {
 public:
  static Registry& Default();

  Counter& GetCounter(std::string_view name, std::string_view help, const Labels& labels = {});
  Histogram& GetHistogram(std::string_view name, std::string_view help,
                          std::span<const double> bounds, const Labels& labels = {});

  // Every family in name order, in the text exposition format (version 0.0.4).
  std::string Render() const;

 private:
  enum class Type : uint8_t { kCounter, kHistogram };
  struct Series {
    Labels labels;
    std::unique_ptr<Counter> counter;
    std::unique_ptr<Histogram> histogram;
  };
  struct Family {
    Type type;
    std::string help;
    std::vector<std::unique_ptr<Series>> series;
  };

  Series& Find(std::string_view name, std::string_view help, Type type, const Labels& labels);

  mutable std::mutex mu_;
  std::map<std::string, Family, std::less<>> families_;
};

}  // namespace sd::metrics
