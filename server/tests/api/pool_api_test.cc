// The customer pool (公海) through the API on SQLite and PostgreSQL: settings with their
// defaults, claiming up to the cap, releasing, and the sweep that returns idle customers
// (moved clock) with a notice to the former owner and an audit record.
#include "crm/notice_store.h"
#include "crm/pool.h"
#include "crm_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class PoolApi : public CrmApiTest {
 protected:
  // Active customers the staff member owns, through the list of someone who sees all.
  int64_t OwnedBy(int64_t staff_id) {
    Resp r = Get("/api/v1/customers?size=1&owner_staff_id=" + std::to_string(staff_id), admin_);
    return r.body["total"];
  }

  bool InPool(int64_t id) {
    Resp r = Get("/api/v1/pool?size=200", admin_);
    for (const json& c : r.body["items"]) {
      if (c["id"] == id) return true;
    }
    return false;
  }

  std::vector<crm::store::Notice> NoticesOf(int64_t staff_id) {
    std::vector<crm::store::Notice> out;
    auto done = db_->Read([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(out, crm::store::ListNotices(tx, staff_id, true));
      return Ok();
    });
    EXPECT_TRUE(done.has_value());
    return out;
  }

  // A pool customer: made by the administrator (no staff member) with no owner.
  json MakePoolCustomer(const std::string& name) {
    json c = MakeCustomer(admin_, {{"name", name}, {"class", "regular"}});
    EXPECT_TRUE(c["owner_staff_id"].is_null()) << c.dump();
    return c;
  }
};

TEST_P(PoolApi, SettingsHaveDefaultsAndNeedCrmSettingsToChange) {
  Caller chen = LoginApi("rep.chen");
  Resp got = Get("/api/v1/crm/settings", chen);
  ASSERT_EQ(got.status, 200) << got.text;
  EXPECT_EQ(got.body, (json{{"cap_per_rep", 50},
                            {"idle_days", {{"key", 90}, {"regular", 60}, {"prospect", 30}}}}));
  json body = {{"cap_per_rep", 10}, {"idle_days", {{"key", 0}, {"regular", 45}, {"prospect", 20}}}};
  EXPECT_EQ(Put("/api/v1/crm/settings", chen, body).status, 403);
  Resp bad =
      Put("/api/v1/crm/settings", admin_,
          {{"cap_per_rep", -1}, {"idle_days", {{"key", 0}, {"regular", 45}, {"prospect", 99999}}}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"cap_per_rep:common.field.out_of_range",
                                                  "idle_days.prospect:common.field.out_of_range"}));
  Resp put = Put("/api/v1/crm/settings", admin_, body);
  ASSERT_EQ(put.status, 200) << put.text;
  EXPECT_EQ(Get("/api/v1/crm/settings", chen).body, body);
  EXPECT_EQ(CountAudit("crm_settings", "update"), 1);
}

TEST_P(PoolApi, ClaimStopsAtTheCap) {
  Caller chen = LoginApi("rep.chen");
  const int64_t chen_id = StaffId("E005");
  json first = MakePoolCustomer("测公海一号沥青有限公司");
  json second = MakePoolCustomer("测公海二号路桥有限公司");
  EXPECT_TRUE(InPool(first["id"]));
  // Archive lists leave pool customers out for a rep.
  EXPECT_EQ(Get(Path(first), chen).status, 404);
  const int64_t owned = OwnedBy(chen_id);
  json settings = {{"cap_per_rep", owned + 1},
                   {"idle_days", {{"key", 90}, {"regular", 60}, {"prospect", 30}}}};
  ASSERT_EQ(Put("/api/v1/crm/settings", admin_, settings).status, 200);
  const std::string claim_first = "/api/v1/pool/" + std::to_string(first["id"].get<int64_t>());
  const std::string claim_second = "/api/v1/pool/" + std::to_string(second["id"].get<int64_t>());
  Resp claimed = Post(claim_first + "/claim", chen, json::object());
  ASSERT_EQ(claimed.status, 200) << claimed.text;
  EXPECT_EQ(claimed.body["owner_staff_id"], chen_id);
  EXPECT_EQ(Get(Path(first), chen).status, 200);
  EXPECT_FALSE(InPool(first["id"]));
  Resp capped = Post(claim_second + "/claim", chen, json::object());
  ASSERT_EQ(capped.status, 422) << capped.text;
  EXPECT_EQ(capped.body["code"], "crm.pool.cap_reached");
  EXPECT_EQ(capped.body["params"]["cap"], std::to_string(owned + 1));
  // Someone else's customer is not in the pool.
  Caller wu = LoginApi("rep.wu");
  Resp taken = Post(claim_first + "/claim", wu, json::object());
  EXPECT_EQ(taken.status, 422);
  EXPECT_EQ(taken.body["code"], "crm.pool.not_in_pool");
  // finance.zhao reads but may not claim.
  EXPECT_EQ(Post(claim_second + "/claim", LoginApi("finance.zhao"), json::object()).status, 403);
  EXPECT_EQ(CountAudit("customer", "claim"), 1);
}

TEST_P(PoolApi, TheOwnerReleasesToThePool) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测释放测试建材有限公司"}});
  Caller wu = LoginApi("rep.wu");
  EXPECT_EQ(Post(Path(c) + "/release", wu, {{"version", c["version"]}}).status, 404);
  Resp stale = Post(Path(c) + "/release", chen, {{"version", 99}});
  EXPECT_EQ(stale.status, 409);
  Resp released =
      Post(Path(c) + "/release", chen, {{"version", c["version"]}, {"reason", "无需求"}});
  ASSERT_EQ(released.status, 200) << released.text;
  EXPECT_TRUE(InPool(c["id"]));
  Resp pool = Get("/api/v1/pool?q=" + Enc("释放测试"), wu);
  ASSERT_EQ(pool.body["total"], 1) << pool.text;
  EXPECT_FALSE(pool.body["items"][0]["returned_at"].is_null());
  EXPECT_FALSE(pool.body["items"][0].contains("contacts"));
  EXPECT_EQ(CountAudit("customer", "release"), 1);
}

TEST_P(PoolApi, IdleCustomersReturnAfterTheirClassDaysWithANotice) {
  Caller chen = LoginApi("rep.chen");
  const int64_t chen_id = StaffId("E005");
  json prospect = MakeCustomer(chen, {{"name", "测闲置潜在客户有限公司"}, {"class", "prospect"}});
  json regular = MakeCustomer(chen, {{"name", "测闲置普通客户有限公司"}, {"class", "regular"}});
  const size_t notices_before = NoticesOf(chen_id).size();
  // 29 days: nothing is idle yet.
  clock_.Advance(29 * kMicrosPerDay);
  // Sessions do not outlive a month: sign in again at the new time.
  chen = LoginApi("rep.chen");
  Caller head = LoginApi("admin");
  ASSERT_EQ(Post("/api/v1/crm/pool/sweep", head, json::object()).status, 200);
  EXPECT_EQ(Get(Path(prospect), chen).status, 200);
  EXPECT_EQ(Post("/api/v1/crm/pool/sweep", chen, json::object()).status, 403);
  // 31 days: the prospect (30) returns, the regular customer (60) stays.
  const int64_t audits = CountAudit("customer", "return_to_pool");
  clock_.Advance(2 * kMicrosPerDay);
  chen = LoginApi("rep.chen");
  head = LoginApi("admin");
  admin_ = head;
  Resp swept = Post("/api/v1/crm/pool/sweep", head, json::object());
  ASSERT_EQ(swept.status, 200) << swept.text;
  EXPECT_GE(swept.body["returned"].get<int64_t>(), 1);
  EXPECT_EQ(Get(Path(prospect), chen).status, 404);
  EXPECT_TRUE(InPool(prospect["id"]));
  EXPECT_EQ(Get(Path(regular), chen).status, 200);
  EXPECT_GE(CountAudit("customer", "return_to_pool"), audits + 1);
  std::vector<crm::store::Notice> notices = NoticesOf(chen_id);
  ASSERT_GT(notices.size(), notices_before);
  bool found = false;
  for (const crm::store::Notice& n : notices) {
    if (n.kind == "pool_returned" && n.customer_id == prospect["id"].get<int64_t>()) {
      found = true;
      json params = json::parse(n.params);
      EXPECT_EQ(params["code"], prospect["code"]);
      EXPECT_EQ(params["days"], "30");
    }
  }
  EXPECT_TRUE(found);
  // A claim restarts the idle clock: claimed back, it stays through another sweep.
  ASSERT_EQ(Post("/api/v1/pool/" + std::to_string(prospect["id"].get<int64_t>()) + "/claim", chen,
                 json::object())
                .status,
            200);
  ASSERT_EQ(Post("/api/v1/crm/pool/sweep", head, json::object()).status, 200);
  EXPECT_EQ(Get(Path(prospect), chen).status, 200);
}

SD_API_BACKENDS(PoolApi);

}  // namespace
}  // namespace sd::testing
