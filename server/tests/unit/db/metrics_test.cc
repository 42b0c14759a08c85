// base/metrics: counters, histograms and the text exposition format.
// (Tests base/metrics.h; it sits here until tests/unit/base/ has a CMakeLists of its own.)

#include "base/metrics.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace sd::metrics {
namespace {

TEST(HistogramTest, CountsIntoBucketsAndSums) {
  const double bounds[] = {0.1, 1, 10};
  Histogram h(bounds);
  for (double v : {0.05, 0.1, 0.5, 5.0, 50.0}) h.Observe(v);
  EXPECT_EQ(h.bucket_count(0), 2u);  // 0.05 and 0.1 (le is inclusive)
  EXPECT_EQ(h.bucket_count(1), 1u);
  EXPECT_EQ(h.bucket_count(2), 1u);
  EXPECT_EQ(h.bucket_count(3), 1u);  // +Inf
  EXPECT_EQ(h.count(), 5u);
  EXPECT_NEAR(h.sum(), 55.65, 1e-9);
}

TEST(HistogramTest, ObserveFromManyThreads) {
  Histogram h(kSizeBuckets);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&h] {
      for (int i = 0; i < 10'000; ++i) h.Observe(3);
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(h.count(), 80'000u);
  EXPECT_EQ(h.bucket_count(2), 80'000u);
  EXPECT_NEAR(h.sum(), 240'000, 1e-6);
}

TEST(RegistryTest, RendersPrometheusText) {
  Registry r;
  Counter& c = r.GetCounter("sd_test_requests_total", "Requests.", {{"route", "a\"b"}});
  c.Inc();
  c.Inc(2);
  EXPECT_EQ(&r.GetCounter("sd_test_requests_total", "Requests.", {{"route", "a\"b"}}), &c);
  const double bounds[] = {0.5, 1};
  Histogram& h = r.GetHistogram("sd_test_seconds", "Time.", bounds, {{"kind", "read"}});
  h.Observe(0.25);
  h.Observe(2);
  EXPECT_EQ(r.Render(),
            "# HELP sd_test_requests_total Requests.\n"
            "# TYPE sd_test_requests_total counter\n"
            "sd_test_requests_total{route=\"a\\\"b\"} 3\n"
            "# HELP sd_test_seconds Time.\n"
            "# TYPE sd_test_seconds histogram\n"
            "sd_test_seconds_bucket{kind=\"read\",le=\"0.5\"} 1\n"
            "sd_test_seconds_bucket{kind=\"read\",le=\"1\"} 1\n"
            "sd_test_seconds_bucket{kind=\"read\",le=\"+Inf\"} 2\n"
            "sd_test_seconds_sum{kind=\"read\"} 2.25\n"
            "sd_test_seconds_count{kind=\"read\"} 2\n");
}

TEST(RegistryTest, UnlabelledSeries) {
  Registry r;
  r.GetCounter("sd_plain_total", "Plain.").Inc();
  EXPECT_NE(r.Render().find("\nsd_plain_total 1\n"), std::string::npos);
}

}  // namespace
}  // namespace sd::metrics
