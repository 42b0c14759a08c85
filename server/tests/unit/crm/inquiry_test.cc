// The buyer's local time of a foreign inquiry through ICU time zones.
#include "crm/inquiry.h"

#include <gtest/gtest.h>

namespace sd::crm {
namespace {

// 2026-05-28 04:26:40 UTC.
constexpr int64_t kNowUs = 1'779'942'400'000'000;

TEST(TimeZone, IanaNamesAreKnownOthersAreNot) {
  EXPECT_TRUE(IsKnownTimeZone("America/Sao_Paulo"));
  EXPECT_TRUE(IsKnownTimeZone("Asia/Shanghai"));
  EXPECT_TRUE(IsKnownTimeZone("UTC"));
  EXPECT_FALSE(IsKnownTimeZone("Mars/Olympus_Mons"));
  EXPECT_FALSE(IsKnownTimeZone("GMT+3"));
  EXPECT_FALSE(IsKnownTimeZone(""));
}

TEST(TimeZone, LocalTimeAndOffset) {
  std::optional<ZoneTime> sp = TimeInZone("America/Sao_Paulo", kNowUs);
  ASSERT_TRUE(sp.has_value());
  EXPECT_EQ(sp->utc_offset, "-03:00");
  EXPECT_EQ(sp->local_time, "2026-05-28T01:26:40");
  std::optional<ZoneTime> sh = TimeInZone("Asia/Shanghai", kNowUs);
  ASSERT_TRUE(sh.has_value());
  EXPECT_EQ(sh->local_time, "2026-05-28T12:26:40");
  EXPECT_EQ(sh->utc_offset, "+08:00");
  EXPECT_EQ(TimeInZone("Nowhere/Atlantis", kNowUs), std::nullopt);
}

TEST(TimeZone, DaylightSavingIsApplied) {
  // 2026-01-15 12:00 UTC: New York on standard time; 2026-07-15: daylight time.
  EXPECT_EQ(TimeInZone("America/New_York", 1'768'478'400'000'000)->utc_offset, "-05:00");
  EXPECT_EQ(TimeInZone("America/New_York", 1'784'116'800'000'000)->utc_offset, "-04:00");
  EXPECT_EQ(TimeInZone("Asia/Kathmandu", kNowUs)->utc_offset, "+05:45");
}

TEST(TimeZone, OffsetsFormat) {
  EXPECT_EQ(FormatUtcOffset(0), "+00:00");
  EXPECT_EQ(FormatUtcOffset(-3 * 3600), "-03:00");
  EXPECT_EQ(FormatUtcOffset(-(9 * 3600 + 30 * 60)), "-09:30");
}

}  // namespace
}  // namespace sd::crm
