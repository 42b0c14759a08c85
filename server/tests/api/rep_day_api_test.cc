// The rep's day through the API, on SQLite and PostgreSQL: the signed-in view names the staff
// member's department and positions (the 工作台), and the visit calendar shows the visits logged
// and the next follow-up dates beside the plans, within the customer scope.
#include "crm_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class RepDayApi : public CrmApiTest {};

TEST_P(RepDayApi, TheSessionNamesTheStaffMembersDepartmentAndPositions) {
  Caller wu = LoginApi("rep.wu");
  Resp me = Get("/api/v1/auth/me", wu);
  ASSERT_EQ(me.status, 200) << me.text;
  EXPECT_EQ(me.body["user"]["department_name"], "销售二区（华南）");
  ASSERT_FALSE(me.body["positions"].empty()) << me.text;
  EXPECT_EQ(me.body["positions"][0]["name"], "销售代表");
}

TEST_P(RepDayApi, TheCalendarShowsVisitsLoggedAndNextFollowUpDates) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测娄底公路材料有限公司"}});
  const int64_t id = c["id"];
  Resp visit = Post("/api/v1/follow-ups", chen,
                    {{"kind", "visit"},
                     {"customer_id", id},
                     {"happened_on", "2026-05-12"},
                     {"purpose", "介绍改性沥青"},
                     {"outcome", "待报价"},
                     {"follow_up_on", "2026-06-03"}});
  ASSERT_EQ(visit.status, 201) << visit.text;
  const std::string chen_id = std::to_string(StaffId("E005"));
  Resp cal = Get(
      "/api/v1/follow-up-calendar?staff_id=" + chen_id + "&from=2026-05-01&to=2026-06-14", chen);
  ASSERT_EQ(cal.status, 200) << cal.text;
  bool logged = false;
  for (const json& r : cal.body["follow_ups"]) {
    if (r["customer_id"] == id) {
      logged = true;
      EXPECT_EQ(r["on"], "2026-05-12");
      EXPECT_EQ(r["kind"], "visit");
      EXPECT_EQ(r["text"], "介绍改性沥青 — 待报价");
    }
  }
  EXPECT_TRUE(logged) << cal.text;
  bool next = false;
  for (const json& n : cal.body["next_follow_ups"]) {
    if (n["customer_id"] == id) {
      next = true;
      EXPECT_EQ(n["on"], "2026-06-03");
      EXPECT_EQ(n["customer_name"], "测娄底公路材料有限公司");
    }
  }
  EXPECT_TRUE(next) << cal.text;

  // Another group's rep reads nothing of 陈磊's calendar; a bad range is a field error.
  Caller zhang = LoginApi("rep.zhang");
  Resp other = Get(
      "/api/v1/follow-up-calendar?staff_id=" + chen_id + "&from=2026-05-01&to=2026-06-14", zhang);
  ASSERT_EQ(other.status, 200) << other.text;
  EXPECT_TRUE(other.body["follow_ups"].empty());
  EXPECT_TRUE(other.body["next_follow_ups"].empty());
  Resp bad = Get("/api/v1/follow-up-calendar?from=2026-06-14&to=2026-05-01", chen);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"to:common.field.out_of_range"}));
}

}  // namespace

SD_API_BACKENDS(RepDayApi);

}  // namespace sd::testing
