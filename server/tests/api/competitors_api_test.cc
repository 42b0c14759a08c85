// The competitor archive through the API on SQLite and PostgreSQL: competitor.manage to write,
// customer.read to read, prices as decimal strings, customers out of scope not disclosed.
#include <set>

#include "staff_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class CompetitorsApi : public StaffApiTest {};

TEST_P(CompetitorsApi, ManagersRecordCompetitorsWithPricesSeen) {
  Caller li = LoginApi("head.li");
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  const int64_t prices_before = CountAudit("competitor_price", "create");
  const int64_t updates_before = CountAudit("competitor", "update");
  json body = {{"name", "测试沥青科技有限公司"},
               {"brands", "测宝牌, 通途"},
               {"strengths", "价格低"},
               {"weaknesses", "供货不稳"}};
  EXPECT_EQ(Post("/api/v1/competitors", chen, body).status, 403);
  Resp made = Post("/api/v1/competitors", li, body);
  ASSERT_EQ(made.status, 201) << made.text;
  EXPECT_EQ(made.body["price_count"], 0);
  Resp dup = Post("/api/v1/competitors", li, body);
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.body["code"], "crm.competitor.name_taken");
  const std::string path = "/api/v1/competitors/" + std::to_string(made.body["id"].get<int64_t>());

  Resp customer = Post("/api/v1/customers", chen, {{"name", "衡阳竞品测试路桥有限公司"}});
  ASSERT_EQ(customer.status, 201) << customer.text;
  Resp bad =
      Post(path + "/prices", li, {{"product", ""}, {"price", "38.123456"}, {"seen_on", "x"}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"price:common.decimal.invalid",
                                                  "product:common.field.required"}));
  bad = Post(path + "/prices", li, {{"product", "SBS"}, {"seen_on", "x"}, {"region_id", 999999}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"seen_on:common.field.invalid_date",
                                                  "region_id:crm.competitor.region_unknown"}));
  Resp price = Post(path + "/prices", li,
                    {{"product", "SBS改性沥青"},
                     {"brand", "测宝牌"},
                     {"price", "3850.00"},
                     {"unit", "吨"},
                     {"seen_on", "2026-05-20"},
                     {"customer_id", customer.body["id"]},
                     {"notes", "到厂价"}});
  ASSERT_EQ(price.status, 201) << price.text;
  EXPECT_EQ(price.body["price"], "3850.0000");
  EXPECT_EQ(price.body["customer_name"], "衡阳竞品测试路桥有限公司");
  Resp older = Post(path + "/prices", li,
                    {{"product", "道路沥青70#"}, {"price", "3400"}, {"seen_on", "2026-04-01"}});
  ASSERT_EQ(older.status, 201) << older.text;
  // A customer outside the recorder's scope is not found.
  Resp role = Post("/api/v1/roles", admin_,
                   {{"code", "t_market"},
                    {"name", "市场调研"},
                    {"data_scope", "own"},
                    {"permissions", {"competitor.manage", "customer.read"}}});
  ASSERT_EQ(role.status, 201) << role.text;
  Resp user = Post("/api/v1/users", admin_,
                   {{"login", "t.market"},
                    {"display_name", "市场"},
                    {"password", "test-pass-1"},
                    {"roles", {"t_market"}}});
  ASSERT_EQ(user.status, 201) << user.text;
  Resp hidden =
      Post(path + "/prices", LoginApi("t.market", "test-pass-1"),
           {{"product", "X"}, {"seen_on", "2026-05-01"}, {"customer_id", customer.body["id"]}});
  EXPECT_EQ(hidden.status, 404) << hidden.text;

  Resp got = Get(path, chen);
  ASSERT_EQ(got.status, 200) << got.text;
  EXPECT_EQ(got.body["price_count"], 2);
  EXPECT_EQ(got.body["last_seen_on"], "2026-05-20");
  ASSERT_EQ(got.body["prices"].size(), 2u);
  EXPECT_EQ(got.body["prices"][0]["product"], "SBS改性沥青");
  EXPECT_EQ(got.body["prices"][0]["customer_id"], customer.body["id"]);
  // rep.zhang reads the archive, not who the price was seen at.
  Resp theirs = Get(path + "/prices", zhang);
  ASSERT_EQ(theirs.status, 200) << theirs.text;
  EXPECT_TRUE(theirs.body["items"][0]["customer_id"].is_null());
  EXPECT_EQ(theirs.body["items"][0]["customer_name"], "");
  EXPECT_EQ(theirs.body["items"][0]["price"], "3850.0000");

  Resp list = Get("/api/v1/competitors?q=测宝牌", zhang);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body["total"], 1);
  EXPECT_EQ(Patch(path, li, {{"version", 9}, {"notes", "x"}}).status, 409);
  Resp patched = Patch(path, li, {{"version", 1}, {"notes", "华中主要对手"}});
  ASSERT_EQ(patched.status, 200) << patched.text;
  EXPECT_EQ(patched.body["version"], 2);
  EXPECT_EQ(Patch(path, chen, {{"version", 2}, {"notes", "y"}}).status, 403);
  EXPECT_EQ(Get("/api/v1/competitors/999999", chen).status, 404);
  EXPECT_EQ(CountAudit("competitor_price", "create"), prices_before + 2);
  EXPECT_EQ(CountAudit("competitor", "update"), updates_before + 1);
}

SD_API_BACKENDS(CompetitorsApi);

}  // namespace
}  // namespace sd::testing
