// Follow-up plans and records through the API on SQLite and PostgreSQL: a record moves the
// customer's last and next follow-up, due customers and plans show in the inbox, plans close
// when logged, and customers outside the caller's scope stay not found.
#include <set>

#include "staff_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class FollowUpsApi : public StaffApiTest {
 protected:
  // A customer owned by the caller (a rep), with one contact.
  json MakeCustomer(const Caller& rep, const std::string& name) {
    Resp r = Post("/api/v1/customers", rep,
                  {{"name", name},
                   {"kind", "end_user"},
                   {"contacts", {{{"name", "赵经理"}, {"mobile", "13900002222"}}}}});
    EXPECT_EQ(r.status, 201) << r.text;
    return r.body;
  }

  static bool InInbox(const Resp& inbox, const std::string& type, int64_t id) {
    for (const json& i : inbox.body["items"]) {
      if (i["kind"] == "follow_up_due" && i["link"]["type"] == type && i["link"]["id"] == id) {
        return true;
      }
    }
    return false;
  }

  std::string Today(const Caller& who) {
    Resp inbox = Get("/api/v1/inbox", who);
    EXPECT_EQ(inbox.status, 200) << inbox.text;
    return inbox.body["today"];
  }
};

TEST_P(FollowUpsApi, AVisitWithAPastFollowUpDateIsDueInTheInbox) {
  Caller chen = LoginApi("rep.chen");
  json customer = MakeCustomer(chen, "长沙跟进测试工程有限公司");
  const int64_t id = customer["id"];
  const std::string today = Today(chen);
  const int64_t logged = CountAudit("follow_up", "create");
  EXPECT_FALSE(InInbox(Get("/api/v1/inbox", chen), "customer", id));

  Resp visit = Post("/api/v1/follow-ups", chen,
                    {{"kind", "visit"},
                     {"customer_id", id},
                     {"contact_id", customer["contacts"][0]["id"]},
                     {"happened_on", "2026-05-10"},
                     {"duration_min", 90},
                     {"purpose", "介绍改性沥青"},
                     {"outcome", "有意向，待报价"},
                     {"next_step", "寄样"},
                     {"follow_up_on", "2026-05-20"}});
  ASSERT_EQ(visit.status, 201) << visit.text;
  EXPECT_EQ(visit.body["contact_name"], "赵经理");
  EXPECT_EQ(visit.body["staff_name"], "陈磊");
  Resp got = Get("/api/v1/customers/" + std::to_string(id), chen);
  ASSERT_EQ(got.status, 200) << got.text;
  EXPECT_EQ(got.body["next_follow_up_on"], "2026-05-20");
  EXPECT_FALSE(got.body["last_follow_up_at"].is_null());
  EXPECT_EQ(got.body["follow_up_overdue"], true);

  Resp inbox = Get("/api/v1/inbox", chen);
  ASSERT_TRUE(InInbox(inbox, "customer", id)) << inbox.text;
  for (const json& i : inbox.body["items"]) {
    if (i["link"]["type"] == "customer" && i["link"]["id"] == id) {
      EXPECT_EQ(i["due_on"], "2026-05-20");
      EXPECT_EQ(i["title_key"], "crm.inbox.follow_up_due");
    }
  }
  Resp records = Get("/api/v1/customers/" + std::to_string(id) + "/follow-ups", chen);
  ASSERT_EQ(records.status, 200);
  ASSERT_EQ(records.body["items"].size(), 1u);
  EXPECT_EQ(records.body["items"][0]["outcome"], "有意向，待报价");
  EXPECT_EQ(CountAudit("follow_up", "create"), logged + 1);

  // A later follow-up date clears it from the inbox.
  Resp call = Post("/api/v1/follow-ups", chen,
                   {{"kind", "call"},
                    {"customer_id", id},
                    {"happened_on", today},
                    {"follow_up_on", "2099-01-01"}});
  ASSERT_EQ(call.status, 201) << call.text;
  EXPECT_FALSE(InInbox(Get("/api/v1/inbox", chen), "customer", id));
}

TEST_P(FollowUpsApi, ACallPlanForTodayIsDueAndClosesWhenLogged) {
  Caller chen = LoginApi("rep.chen");
  json customer = MakeCustomer(chen, "岳阳计划测试建设有限公司");
  const int64_t id = customer["id"];
  const std::string today = Today(chen);
  Resp plan = Post("/api/v1/follow-up-plans", chen,
                   {{"kind", "call"},
                    {"customer_id", id},
                    {"planned_on", today},
                    {"planned_time", "10:30"},
                    {"purpose", "确认需求量"}});
  ASSERT_EQ(plan.status, 201) << plan.text;
  EXPECT_EQ(plan.body["state"], "planned");
  EXPECT_EQ(plan.body["customer_name"], "岳阳计划测试建设有限公司");
  const int64_t plan_id = plan.body["id"];
  EXPECT_TRUE(InInbox(Get("/api/v1/inbox", chen), "plan", plan_id));

  Resp feed = Get("/api/v1/follow-up-plans?from=" + today + "&to=" + today + "&kind=call", chen);
  ASSERT_EQ(feed.status, 200) << feed.text;
  bool listed = false;
  for (const json& p : feed.body["items"]) listed = listed || p["id"] == plan_id;
  EXPECT_TRUE(listed);
  EXPECT_EQ(Get("/api/v1/follow-up-plans?from=28-05-2026", chen).status, 400);
  // deputy.zhou (department SALES-S) sees rep.chen's calendar; rep.zhang does not.
  Resp zhou =
      Get("/api/v1/follow-up-plans?customer_id=" + std::to_string(id), LoginApi("deputy.zhou"));
  ASSERT_EQ(zhou.status, 200) << zhou.text;
  EXPECT_EQ(zhou.body["items"].size(), 1u);
  Caller zhang = LoginApi("rep.zhang");
  EXPECT_EQ(Get("/api/v1/follow-up-plans?customer_id=" + std::to_string(id), zhang).status, 404);
  Resp others = Get("/api/v1/follow-up-plans", zhang);
  ASSERT_EQ(others.status, 200);
  for (const json& p : others.body["items"]) EXPECT_NE(p["id"], plan_id);

  Resp logged = Post("/api/v1/follow-ups", chen,
                     {{"kind", "call"},
                      {"customer_id", id},
                      {"plan_id", plan_id},
                      {"happened_on", today},
                      {"duration_min", 12},
                      {"outcome", "月底下单"}});
  ASSERT_EQ(logged.status, 201) << logged.text;
  EXPECT_EQ(logged.body["plan_id"], plan_id);
  EXPECT_FALSE(InInbox(Get("/api/v1/inbox", chen), "plan", plan_id));
  Resp closed = Patch("/api/v1/follow-up-plans/" + std::to_string(plan_id), chen,
                      {{"version", 2}, {"state", "cancelled"}});
  EXPECT_EQ(closed.status, 422) << closed.text;
  EXPECT_EQ(closed.body["code"], "crm.follow_up.plan_closed");
  Resp twice =
      Post("/api/v1/follow-ups", chen,
           {{"kind", "call"}, {"customer_id", id}, {"plan_id", plan_id}, {"happened_on", today}});
  EXPECT_EQ(twice.status, 422);

  // A second plan is moved, then cancelled; a stale version conflicts.
  Resp visit = Post("/api/v1/follow-up-plans", chen,
                    {{"kind", "visit"}, {"customer_id", id}, {"planned_on", "2099-06-01"}});
  ASSERT_EQ(visit.status, 201);
  const std::string path =
      "/api/v1/follow-up-plans/" + std::to_string(visit.body["id"].get<int64_t>());
  Resp moved = Patch(path, chen, {{"version", 1}, {"planned_on", "2099-06-02"}});
  ASSERT_EQ(moved.status, 200) << moved.text;
  EXPECT_EQ(moved.body["planned_on"], "2099-06-02");
  EXPECT_EQ(Patch(path, chen, {{"version", 1}, {"state", "cancelled"}}).status, 409);
  Resp done = Patch(path, chen, {{"version", 2}, {"state", "done"}});
  EXPECT_EQ(done.status, 400);
  Resp cancelled = Patch(path, chen, {{"version", 2}, {"state", "cancelled"}});
  ASSERT_EQ(cancelled.status, 200) << cancelled.text;
  EXPECT_EQ(cancelled.body["state"], "cancelled");
  EXPECT_GE(CountAudit("follow_up_plan", "cancel"), 1);
}

TEST_P(FollowUpsApi, ScopeFieldRulesAndPermissions) {
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  json customer = MakeCustomer(chen, "株洲范围测试公路有限公司");
  const int64_t id = customer["id"];
  const std::string records = "/api/v1/customers/" + std::to_string(id) + "/follow-ups";
  EXPECT_EQ(Get(records, zhang).status, 404);
  Resp foreign = Post("/api/v1/follow-ups", zhang,
                      {{"kind", "visit"}, {"customer_id", id}, {"happened_on", "2026-05-28"}});
  EXPECT_EQ(foreign.status, 404);
  Resp plan = Post("/api/v1/follow-up-plans", zhang,
                   {{"kind", "visit"}, {"customer_id", id}, {"planned_on", "2026-06-01"}});
  EXPECT_EQ(plan.status, 404);

  Resp bad = Post("/api/v1/follow-ups", chen,
                  {{"kind", "meeting"},
                   {"customer_id", id},
                   {"happened_on", "2026-02-30"},
                   {"follow_up_on", "tomorrow"},
                   {"duration_min", -1}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"kind:common.field.invalid_choice"}));
  bad = Post("/api/v1/follow-ups", chen,
             {{"kind", "visit"},
              {"customer_id", id},
              {"happened_on", "2026-02-30"},
              {"follow_up_on", "tomorrow"},
              {"duration_min", -1},
              {"contact_id", 999999}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"happened_on:common.field.invalid_date",
                                                  "follow_up_on:common.field.invalid_date",
                                                  "duration_min:common.field.out_of_range",
                                                  "contact_id:crm.follow_up.contact_unknown"}));
  Resp other_staff = Post("/api/v1/follow-up-plans", chen,
                          {{"kind", "visit"},
                           {"customer_id", id},
                           {"planned_on", "2026-06-01"},
                           {"staff_id", customer["owner_staff_id"].get<int64_t>() + 100000}});
  EXPECT_EQ(other_staff.status, 400);
  EXPECT_EQ(FieldSet(other_staff),
            (std::set<std::string>{"staff_id:crm.follow_up.staff_out_of_scope"}));

  // office.ma supports rep.chen: may log a call for the customer.
  Resp support = Post("/api/v1/follow-ups", LoginApi("office.ma"),
                      {{"kind", "call"}, {"customer_id", id}, {"happened_on", "2026-05-28"}});
  EXPECT_EQ(support.status, 201) << support.text;
  // finance.zhao reads everything but may not log.
  Caller zhao = LoginApi("finance.zhao");
  EXPECT_EQ(Get(records, zhao).status, 200);
  EXPECT_EQ(Post("/api/v1/follow-ups", zhao,
                 {{"kind", "call"}, {"customer_id", id}, {"happened_on", "2026-05-28"}})
                .status,
            403);
}

SD_API_BACKENDS(FollowUpsApi);

}  // namespace
}  // namespace sd::testing
