// PriceFor on a real database, SQLite and PostgreSQL: the store's reads feed the resolution
// (customer price > season list > base list, regions up the tree, kind floors), unknown
// customers and products are NotFound, and catalog::CheckInvariants holds.
#include "base/embedded.h"
#include "catalog/invariants.h"
#include "catalog/price_store.h"
#include "catalog/pricing.h"
#include "db/migrate.h"
#include "db_test_support.h"

namespace sd::catalog {
namespace {

using db::testing::Describe;
constexpr int64_t kYuan = 10'000;

class PricingDbTest : public db::testing::DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto migrations = db::MigrationsFrom(SchemaFiles());
    ASSERT_TRUE(migrations.has_value()) << Describe(migrations.error());
    ASSERT_TRUE(db::Migrate(*db_, *migrations).has_value());
    Script(
        "INSERT INTO org_product_lines (id, code, name, created_at_us) VALUES (1, 'SBS', "
        "'SBS改性沥青', 0);"
        "INSERT INTO org_regions (id, parent_id, code, name, level, created_at_us, "
        "updated_at_us) VALUES (10, NULL, 'HN', '湖南省', 'province', 0, 0), (20, 10, 'CS', "
        "'长沙市', 'city', 0, 0), (30, 20, 'NX', '宁乡市', 'county', 0, 0);"
        "INSERT INTO catalog_products (id, code, name, product_line_id, base_unit, tax_rate_e4, "
        "standard_cost_fen, source, created_at_us, updated_at_us) VALUES (7, 'P00007', "
        "'SBS改性沥青', 1, 't', 1300, 420000, 'made', 0, 0);"
        "INSERT INTO crm_customers (id, code, name, name_key, name_sort, kind, price_level, "
        "region_id, created_at_us, updated_at_us) VALUES (100, 'C1', '宁乡路桥', 'a', 'a', "
        "'dealer', 'A', 30, 0, 0), (101, 'C2', '外省公司', 'b', 'b', 'dealer', '', NULL, 0, 0);");
  }

  int64_t List(PriceListFields f, PriceListState state, int64_t product, int64_t price_yuan) {
    int64_t id = 0;
    auto ok = db_->Write([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(id, store::InsertPriceList(tx, f, 0));
      SD_TRY(store::UpdatePriceList(tx, id, 1, f, state, 0));
      PriceLine l;
      l.list_id = id;
      l.product_id = product;
      l.unit_price_e4 = price_yuan * kYuan;
      SD_TRY(store::InsertLine(tx, l));
      return {};
    });
    EXPECT_TRUE(ok.has_value()) << Describe(ok.error());
    return id;
  }

  Result<PriceAnswer> Price(int64_t customer, int64_t product, const char* date) {
    return db::ReadValue<PriceAnswer>(*db_, [&](db::Tx& tx) {
      return PriceFor(tx, {customer, product, kYuan, date});
    });
  }
};

TEST_P(PricingDbTest, ResolvesInOrderAndReadsFloors) {
  int64_t peak_id = 0;
  SD_ASSERT_OK(db_->Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(peak_id, store::InsertSeason(tx, {"旺季", true, "03-15", "10-31", ""}, 0));
    PriceFloor all{0, 7, "", 4500 * kYuan, "2026-01-01", 1, "", ""};
    PriceFloor dealer{0, 7, "dealer", 4300 * kYuan, "2026-01-01", 1, "", ""};
    SD_TRY(store::InsertFloor(tx, all, 0));
    SD_TRY(store::InsertFloor(tx, dealer, 0));
    return {};
  }));
  auto none = Price(100, 7, "2026-05-01");
  SD_ASSERT_OK(none);
  EXPECT_EQ(none->source, PriceSource::kNone);
  EXPECT_EQ(none->floor_e4, 4300 * kYuan);
  EXPECT_EQ(none->tax_rate_e4, 1300);
  EXPECT_EQ(none->standard_cost_fen, 420000);

  PriceListFields base{"经销商基础价", "dealer",     "",           std::nullopt,
                       std::nullopt,   "2026-01-01", std::nullopt, ""};
  const int64_t base_id = List(base, PriceListState::kActive, 7, 5200);
  PriceListFields province = base;
  province.name = "湖南经销商价";
  province.region_id = 10;
  const int64_t province_id = List(province, PriceListState::kActive, 7, 5150);
  PriceListFields draft = base;
  draft.name = "草稿";
  draft.price_level = "A";
  List(draft, PriceListState::kDraft, 7, 100);  // drafts price nothing
  auto listed = Price(100, 7, "2026-01-05");
  SD_ASSERT_OK(listed);
  EXPECT_EQ(listed->source, PriceSource::kBaseList);
  EXPECT_EQ(listed->list_id, province_id);  // the county's province covers it
  EXPECT_EQ(listed->unit_price_e4, 5150 * kYuan);
  auto elsewhere = Price(101, 7, "2026-01-05");
  SD_ASSERT_OK(elsewhere);
  EXPECT_EQ(elsewhere->list_id, base_id);

  PriceListFields peak = base;
  peak.name = "经销商旺季价";
  peak.season_id = peak_id;
  List(peak, PriceListState::kActive, 7, 5400);
  auto seasonal = Price(100, 7, "2026-06-01");
  SD_ASSERT_OK(seasonal);
  EXPECT_EQ(seasonal->source, PriceSource::kSeasonList);
  EXPECT_EQ(seasonal->rule_name, "经销商旺季价 · 旺季");

  SD_ASSERT_OK(db_->Write([&](db::Tx& tx) -> Result<void> {
    CustomerPrice p;
    p.customer_id = 100;
    p.product_id = 7;
    p.unit_price_e4 = 5000 * kYuan;
    p.valid_from = "2026-05-01";
    p.valid_to = "2026-12-31";
    SD_TRY(store::InsertCustomerPrice(tx, p, 0));
    return {};
  }));
  auto agreed = Price(100, 7, "2026-06-01");
  SD_ASSERT_OK(agreed);
  EXPECT_EQ(agreed->source, PriceSource::kCustomerPrice);
  EXPECT_EQ(agreed->unit_price_e4, 5000 * kYuan);
  auto before = Price(100, 7, "2026-04-30");
  SD_ASSERT_OK(before);
  EXPECT_EQ(before->source, PriceSource::kSeasonList);

  SD_ASSERT_OK(db_->Read([](db::Tx& tx) { return CheckInvariants(tx); }));
}

TEST_P(PricingDbTest, UnknownCustomerOrProductIsNotFound) {
  auto customer = Price(999, 7, "2026-05-01");
  ASSERT_FALSE(customer.has_value());
  EXPECT_EQ(customer.error().code, Code::kNotFound);
  auto product = Price(100, 999, "2026-05-01");
  ASSERT_FALSE(product.has_value());
  EXPECT_EQ(product.error().code, Code::kNotFound);
  auto date = Price(100, 7, "2026-5-1");
  ASSERT_FALSE(date.has_value());
  EXPECT_EQ(date.error().code, Code::kInvalidArgument);
}

TEST_P(PricingDbTest, InvariantsFindOverlappingActiveLists) {
  PriceListFields a{"A",          "end_user",   "",           std::nullopt,
                    std::nullopt, "2026-01-01", "2026-06-30", ""};
  PriceListFields b = a;
  b.name = "B";
  b.valid_from = "2026-06-30";
  b.valid_to = std::nullopt;
  List(a, PriceListState::kActive, 7, 5000);
  List(b, PriceListState::kActive, 7, 5100);
  auto broken = db_->Read([](db::Tx& tx) { return CheckInvariants(tx); });
  ASSERT_FALSE(broken.has_value());
  EXPECT_NE(broken.error().detail.find("overlap"), std::string::npos) << broken.error().detail;
}

SD_INSTANTIATE_BACKENDS(PricingDbTest);

}  // namespace
}  // namespace sd::catalog
