// Region level rules (pure): province → city → county.
#include "org/region.h"

#include <gtest/gtest.h>

namespace sd::org {
namespace {

constexpr RegionLevel kProvince = RegionLevel::kProvince;
constexpr RegionLevel kCity = RegionLevel::kCity;
constexpr RegionLevel kCounty = RegionLevel::kCounty;

TEST(RegionLevel, EachLevelSitsDirectlyBelowTheOneAbove) {
  EXPECT_TRUE(RegionLevelFits(std::nullopt, kProvince));
  EXPECT_TRUE(RegionLevelFits(kProvince, kCity));
  EXPECT_TRUE(RegionLevelFits(kCity, kCounty));
}

TEST(RegionLevel, EveryOtherPairIsRefused) {
  EXPECT_FALSE(RegionLevelFits(kProvince, kProvince));  // a province has no parent
  EXPECT_FALSE(RegionLevelFits(kCity, kProvince));
  EXPECT_FALSE(RegionLevelFits(kCounty, kProvince));
  EXPECT_FALSE(RegionLevelFits(std::nullopt, kCity));  // a city needs its province
  EXPECT_FALSE(RegionLevelFits(kCity, kCity));
  EXPECT_FALSE(RegionLevelFits(kCounty, kCity));
  EXPECT_FALSE(RegionLevelFits(std::nullopt, kCounty));
  EXPECT_FALSE(RegionLevelFits(kProvince, kCounty));  // no skipping the city
  EXPECT_FALSE(RegionLevelFits(kCounty, kCounty));
}

TEST(RegionLevel, NamesRoundTrip) {
  for (RegionLevel level : {kProvince, kCity, kCounty}) {
    RegionLevel parsed = kCounty;
    ASSERT_TRUE(ParseRegionLevel(RegionLevelName(level), &parsed));
    EXPECT_EQ(parsed, level);
  }
  RegionLevel unchanged = kCity;
  EXPECT_FALSE(ParseRegionLevel("town", &unchanged));
  EXPECT_EQ(unchanged, kCity);
}

}  // namespace
}  // namespace sd::org
