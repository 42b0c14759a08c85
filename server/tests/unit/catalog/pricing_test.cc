// Price resolution without a database: customer price over season list over base list, the
// most specific list, quantity tiers, floors per kind against the product's, validity edges,
// seasons across the new year, and the net price from the tax-inclusive one.
#include "catalog/pricing.h"

#include <gtest/gtest.h>

namespace sd::catalog {
namespace {

constexpr int64_t kYuan = 10'000;  // ×10⁴

Season Peak() {  // 旺季 3-15..10-31 every year
  Season s;
  s.id = 1;
  s.f = {"旺季", true, "03-15", "10-31", ""};
  return s;
}

Season Low() {  // 淡季 11-01..03-14, across the new year
  Season s;
  s.id = 2;
  s.f = {"淡季", true, "11-01", "03-14", ""};
  return s;
}

LineCandidate Line(int64_t id, int64_t price_yuan) {
  LineCandidate l;
  l.line_id = id;
  l.list_id = id;
  l.list_name = "L" + std::to_string(id);
  l.valid_from = "2026-01-01";
  l.unit_price_e4 = price_yuan * kYuan;
  return l;
}

CustomerFacts Dealer() { return {"dealer", "A", {30, 20, 10}}; }  // county 30 in city 20 in 10

int64_t Picked(const std::vector<LineCandidate>& lines, int64_t qty, const char* date,
               const CustomerFacts& c = Dealer()) {
  const LineCandidate* l = PickListLine(lines, c, qty * kYuan, date);
  return l == nullptr ? 0 : l->line_id;
}

TEST(Pricing, SeasonListBeatsBaseList) {
  LineCandidate base = Line(1, 5000);
  LineCandidate peak = Line(2, 5400);
  peak.season = Peak();
  EXPECT_EQ(Picked({base, peak}, 1, "2026-06-01"), 2);
  EXPECT_EQ(Picked({base, peak}, 1, "2026-12-01"), 1);  // out of season: the base list
}

TEST(Pricing, SeasonsWrapTheNewYearAndIncludeBothEnds) {
  EXPECT_TRUE(SeasonCovers(Peak().f, "2026-03-15"));
  EXPECT_TRUE(SeasonCovers(Peak().f, "2026-10-31"));
  EXPECT_FALSE(SeasonCovers(Peak().f, "2026-03-14"));
  EXPECT_FALSE(SeasonCovers(Peak().f, "2026-11-01"));
  EXPECT_TRUE(SeasonCovers(Low().f, "2026-12-31"));
  EXPECT_TRUE(SeasonCovers(Low().f, "2027-01-01"));
  EXPECT_TRUE(SeasonCovers(Low().f, "2026-03-14"));
  EXPECT_FALSE(SeasonCovers(Low().f, "2026-03-15"));
  SeasonFields dated{"2026 春节", false, "2026-02-10", "2026-02-24", ""};
  EXPECT_TRUE(SeasonCovers(dated, "2026-02-24"));
  EXPECT_FALSE(SeasonCovers(dated, "2027-02-20"));
}

TEST(Pricing, MostSpecificListWins) {
  LineCandidate any = Line(1, 5000);
  LineCandidate level = Line(2, 4900);
  level.price_level = "A";
  LineCandidate province = Line(3, 4950);
  province.region_id = 10;
  LineCandidate county = Line(4, 4980);
  county.region_id = 30;
  LineCandidate other_region = Line(5, 4000);
  other_region.region_id = 99;
  LineCandidate other_level = Line(6, 4000);
  other_level.price_level = "B";
  EXPECT_EQ(Picked({any, province, county, other_region, other_level}, 1, "2026-05-01"), 4);
  EXPECT_EQ(Picked({any, province, other_region}, 1, "2026-05-01"), 3);
  // The price level ranks above the region.
  EXPECT_EQ(Picked({any, level, county}, 1, "2026-05-01"), 2);
  // A customer without a region or level gets only the general list.
  EXPECT_EQ(Picked({any, level, county}, 1, "2026-05-01", {"dealer", "", {}}), 1);
}

TEST(Pricing, HighestTierNotAboveTheQuantity) {
  LineCandidate one = Line(1, 5000);
  LineCandidate ten = Line(2, 4900);
  ten.list_id = 1;
  ten.min_qty_e4 = 10 * kYuan;
  LineCandidate fifty = Line(3, 4800);
  fifty.list_id = 1;
  fifty.min_qty_e4 = 50 * kYuan;
  std::vector<LineCandidate> tiers{one, ten, fifty};
  EXPECT_EQ(Picked(tiers, 9, "2026-05-01"), 1);
  EXPECT_EQ(Picked(tiers, 10, "2026-05-01"), 2);
  EXPECT_EQ(Picked(tiers, 49, "2026-05-01"), 2);
  EXPECT_EQ(Picked(tiers, 500, "2026-05-01"), 3);
  // A list whose smallest tier is above the quantity does not apply: the next one does.
  LineCandidate specific = Line(4, 4500);
  specific.price_level = "A";
  specific.min_qty_e4 = 100 * kYuan;
  EXPECT_EQ(Picked({one, specific}, 20, "2026-05-01"), 1);
  EXPECT_EQ(Picked({one, specific}, 100, "2026-05-01"), 4);
}

TEST(Pricing, ValidityEdgesAreIncluded) {
  LineCandidate l = Line(1, 5000);
  l.valid_from = "2026-03-01";
  l.valid_to = "2026-03-31";
  EXPECT_EQ(Picked({l}, 1, "2026-02-28"), 0);
  EXPECT_EQ(Picked({l}, 1, "2026-03-01"), 1);
  EXPECT_EQ(Picked({l}, 1, "2026-03-31"), 1);
  EXPECT_EQ(Picked({l}, 1, "2026-04-01"), 0);
  LineCandidate later = Line(2, 5100);
  later.valid_from = "2026-03-15";
  EXPECT_EQ(Picked({l, later}, 1, "2026-03-20"), 2);  // the later validity wins a tie
}

TEST(Pricing, KindFloorWinsOverTheProductFloor) {
  std::vector<PriceFloor> floors{{1, 7, "", 4500 * kYuan, "2026-01-01", 1, "", ""},
                                 {2, 7, "dealer", 4300 * kYuan, "2026-01-01", 1, "", ""},
                                 {3, 7, "", 4600 * kYuan, "2026-06-01", 1, "", ""},
                                 {4, 7, "dealer", std::nullopt, "2026-09-01", 1, "", ""}};
  EXPECT_EQ(PickFloor(floors, "dealer", "2026-05-31"), 4300 * kYuan);
  EXPECT_EQ(PickFloor(floors, "end_user", "2026-05-31"), 4500 * kYuan);
  EXPECT_EQ(PickFloor(floors, "end_user", "2026-06-01"), 4600 * kYuan);
  // The dealer floor removed from 09-01: the product's floor holds again.
  EXPECT_EQ(PickFloor(floors, "dealer", "2026-09-01"), 4600 * kYuan);
  EXPECT_EQ(PickFloor(floors, "agent", "2025-12-31"), std::nullopt);
}

TEST(Pricing, LatestCustomerPriceHoldsUntilItsEnd) {
  CustomerPrice a;
  a.id = 1;
  a.unit_price_e4 = 5000 * kYuan;
  a.valid_from = "2026-01-01";
  CustomerPrice b = a;
  b.id = 2;
  b.valid_from = "2026-04-01";
  b.valid_to = "2026-06-30";
  std::vector<CustomerPrice> rows{a, b};
  EXPECT_EQ(PickCustomerPrice(rows, "2025-12-31"), nullptr);
  EXPECT_EQ(PickCustomerPrice(rows, "2026-03-31")->id, 1);
  EXPECT_EQ(PickCustomerPrice(rows, "2026-06-30")->id, 2);
  EXPECT_EQ(PickCustomerPrice(rows, "2026-07-01"), nullptr);  // ended, not revived
}

TEST(Pricing, NetFromGrossRoundsHalfAwayFromZero) {
  EXPECT_EQ(NetOfGross(5650 * kYuan, 1300), 5000 * kYuan);
  EXPECT_EQ(NetOfGross(1 * kYuan, 1300), 8850);  // 0.884955… → 0.8850
  EXPECT_EQ(NetOfGross(1 * kYuan, 0), 1 * kYuan);
  EXPECT_EQ(NetOfGross(-5650 * kYuan, 1300), -5000 * kYuan);
  EXPECT_EQ(NetOfGross(109, 900), 100);
}

TEST(Pricing, BelowFloorOnlyWithAFloor) {
  PriceAnswer a;
  EXPECT_FALSE(BelowFloor(a, 1));
  a.floor_e4 = 4500 * kYuan;
  EXPECT_TRUE(BelowFloor(a, 4499 * kYuan));
  EXPECT_FALSE(BelowFloor(a, 4500 * kYuan));
}

TEST(Pricing, SourceNames) {
  EXPECT_EQ(PriceSourceName(PriceSource::kCustomerPrice), "customer_price");
  EXPECT_EQ(PriceSourceName(PriceSource::kSeasonList), "season_list");
  EXPECT_EQ(PriceSourceName(PriceSource::kBaseList), "base_list");
  EXPECT_EQ(PriceSourceName(PriceSource::kNone), "none");
}

}  // namespace
}  // namespace sd::catalog
