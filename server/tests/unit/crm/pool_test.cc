// Pool rules (pure): idle days per class, cut-offs from an injected now, the company's day.
#include "crm/pool.h"

#include <gtest/gtest.h>

#include "base/clock.h"

namespace sd::crm {
namespace {

constexpr int64_t kNow = 1'780'000'000'000'000;  // 2026-05-28T20:26:40Z

TEST(Pool, DefaultsWithoutStoredRows) {
  PoolSettings s;
  EXPECT_EQ(s.cap_per_rep, 50);
  EXPECT_EQ(IdleDaysOf(s, "key"), 90);
  EXPECT_EQ(IdleDaysOf(s, "regular"), 60);
  EXPECT_EQ(IdleDaysOf(s, "prospect"), 30);
  EXPECT_EQ(IdleDaysOf(s, "vip"), 0);
}

TEST(Pool, CutoffIsNowMinusIdleDaysAndZeroNeverReturns) {
  EXPECT_EQ(IdleCutoff(kNow, 30), kNow - 30 * kMicrosPerDay);
  EXPECT_EQ(IdleCutoff(kNow, 0), std::nullopt);
  // A customer last followed up 31 days ago is idle for prospects (30), not for regulars (60).
  const int64_t last = kNow - 31 * kMicrosPerDay;
  EXPECT_LT(last, *IdleCutoff(kNow, 30));
  EXPECT_GT(last, *IdleCutoff(kNow, 60));
}

TEST(Pool, IdleAfterTheClassDaysFromTheLastActivity) {
  const int64_t created = kNow;
  EXPECT_FALSE(IsIdle(created, created + 30 * kMicrosPerDay, 30));  // exactly 30 days: not yet
  EXPECT_TRUE(IsIdle(created, created + 30 * kMicrosPerDay + 1, 30));
  EXPECT_FALSE(IsIdle(created, created + 31 * kMicrosPerDay, 60));
  EXPECT_TRUE(IsIdle(created, created + 61 * kMicrosPerDay, 60));
  EXPECT_FALSE(IsIdle(created, created + 10'000 * kMicrosPerDay, 0));  // 0: never
  // A follow-up (or a claim) restarts the clock.
  const int64_t followed_up = created + 25 * kMicrosPerDay;
  EXPECT_FALSE(IsIdle(followed_up, created + 31 * kMicrosPerDay, 30));
}

TEST(Pool, ClaimCap) {
  EXPECT_TRUE(CapAllowsClaim(49, 50));
  EXPECT_FALSE(CapAllowsClaim(50, 50));
  EXPECT_FALSE(CapAllowsClaim(51, 50));
  EXPECT_TRUE(CapAllowsClaim(1000, 0));  // 0: no cap
}

TEST(Pool, CompanyDayIsInUtcPlusEight) {
  EXPECT_EQ(CompanyDay(kNow), "2026-05-29");  // 20:26 UTC is 04:26 the next day in Shanghai
  EXPECT_EQ(CompanyDay(kNow - 5 * 3'600'000'000LL), "2026-05-28");
  EXPECT_EQ(CompanyDay(0), "1970-01-01");
}

}  // namespace
}  // namespace sd::crm
