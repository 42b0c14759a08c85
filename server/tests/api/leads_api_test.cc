// Leads and foreign inquiries through the API on SQLite and PostgreSQL: routing by region
// (owner, owner left → superior, nobody → unassigned), the workflow with response time,
// conversion into a customer only its owner's side sees, the inbox, inquiries with the
// buyer's local time, and samples approved by a manager who did not ask for them.
#include <set>

#include "crm/inquiry.h"
#include "crm/lead_states.h"
#include "crm/sample.h"
#include "staff_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class LeadsApi : public StaffApiTest {
 protected:
  int64_t RegionId(const std::string& code) {
    Resp r = Get("/api/v1/regions?q=" + code, admin_);
    EXPECT_EQ(r.status, 200) << r.text;
    for (const json& region : r.body["items"]) {
      if (region["code"] == code) return region["id"];
    }
    ADD_FAILURE() << "no region " << code;
    return 0;
  }

  // The staff member with this 工号, through the staff API.
  json StaffByCode(const std::string& code) {
    Resp r = Get("/api/v1/staff?q=" + code, admin_);
    EXPECT_EQ(r.status, 200) << r.text;
    for (const json& s : r.body["items"]) {
      if (s["code"] == code) return s;
    }
    ADD_FAILURE() << "no staff " << code;
    return json::object();
  }

  // Inbox items of `kind` linking to id.
  static std::vector<json> InboxItems(const Resp& inbox, const std::string& kind, int64_t id) {
    std::vector<json> out;
    for (const json& i : inbox.body["items"]) {
      if (i["kind"] == kind && i["link"]["id"] == id) out.push_back(i);
    }
    return out;
  }

  json NewLead(const Caller& who, json body, int expect = 201) {
    Resp r = Post("/api/v1/leads", who, body);
    EXPECT_EQ(r.status, expect) << r.text;
    return r.body;
  }

  std::string Path(const json& lead, const std::string& tail = "") {
    return "/api/v1/leads/" + std::to_string(lead["id"].get<int64_t>()) + tail;
  }
};

TEST_P(LeadsApi, HunanLeadGoesToRepChenWhoContactsAndConvertsIt) {
  Caller lin = LoginApi("online.lin");
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  const int64_t hunan = RegionId("430000");
  const int64_t chen_id = StaffByCode("E005")["id"];
  const int64_t created = CountAudit("lead", "create");
  const int64_t converted_before = CountAudit("lead", "convert");

  json lead = NewLead(lin, {{"source", "1688"},
                            {"company", "湖南测试路桥建设有限公司"},
                            {"contact_name", "刘工"},
                            {"phone", "13900001111"},
                            {"region_id", hunan},
                            {"products", "SBS改性沥青 500吨"},
                            {"message", "请报价"}});
  EXPECT_EQ(lead["state"], "assigned");
  EXPECT_EQ(lead["assignee_staff_id"], chen_id);
  EXPECT_EQ(lead["assignee_name"], "陈磊");
  EXPECT_TRUE(lead["response_minutes"].is_null());
  EXPECT_EQ(CountAudit("lead", "create"), created + 1);

  // rep.chen's inbox: the lead to contact and the notice that it was assigned.
  Resp inbox = Get("/api/v1/inbox", chen);
  ASSERT_EQ(inbox.status, 200) << inbox.text;
  EXPECT_EQ(InboxItems(inbox, "lead_to_contact", lead["id"]).size(), 1u) << inbox.text;
  std::vector<json> notices = InboxItems(inbox, "notice", lead["id"]);
  ASSERT_EQ(notices.size(), 1u) << inbox.text;
  EXPECT_EQ(notices[0]["title_key"], "crm.notice.lead_assigned");
  EXPECT_EQ(notices[0]["params"]["company"], "湖南测试路桥建设有限公司");
  EXPECT_GE(inbox.body["counts"]["lead_to_contact"].get<int64_t>(), 1);

  // The notice read goes away; reading someone else's is not found.
  const std::string read =
      "/api/v1/inbox/notices/" + std::to_string(notices[0]["notice_id"].get<int64_t>()) + "/read";
  EXPECT_EQ(Post(read, zhang, json::object()).status, 404);
  EXPECT_EQ(Post(read, chen, json::object()).status, 204);
  EXPECT_TRUE(InboxItems(Get("/api/v1/inbox", chen), "notice", lead["id"]).empty());

  // Nobody else but the assignee contacts it; rep.zhang does not even see it.
  EXPECT_EQ(Get(Path(lead), zhang).status, 404);
  EXPECT_EQ(Post(Path(lead, "/contact"), zhang, {{"version", lead["version"]}}).status, 404);
  Resp by_lin = Post(Path(lead, "/contact"), lin, {{"version", lead["version"]}});
  EXPECT_EQ(by_lin.status, 403) << by_lin.text;
  Resp got = Get(Path(lead), chen);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.body["actions"], json({"contact", "discard"}));

  clock_.Advance(37 * kMicrosPerMinute);
  // Idle sessions expire over that time: sign in again.
  chen = LoginApi("rep.chen");
  lin = LoginApi("online.lin");
  zhang = LoginApi("rep.zhang");
  EXPECT_EQ(Post(Path(lead, "/contact"), chen, {{"version", 99}}).status, 409);
  Resp contacted =
      Post(Path(lead, "/contact"), chen, {{"version", lead["version"]}, {"note", "电话已联系"}});
  ASSERT_EQ(contacted.status, 200) << contacted.text;
  EXPECT_EQ(contacted.body["state"], "contacted");
  EXPECT_EQ(contacted.body["response_minutes"], 37);
  EXPECT_TRUE(InboxItems(Get("/api/v1/inbox", chen), "lead_to_contact", lead["id"]).empty());
  Resp again = Post(Path(lead, "/contact"), chen, {{"version", contacted.body["version"]}});
  EXPECT_EQ(again.status, 422);
  EXPECT_EQ(again.body["code"], "crm.lead.action_not_allowed");

  Resp stats = Get("/api/v1/leads/stats", lin);
  ASSERT_EQ(stats.status, 200) << stats.text;
  bool found = false;
  for (const json& row : stats.body["items"]) {
    if (row["staff_id"] == chen_id) {
      found = true;
      EXPECT_EQ(row["average_response_minutes"], 37);
      EXPECT_EQ(row["p90_response_minutes"], 37);
    }
  }
  EXPECT_TRUE(found) << stats.text;
  EXPECT_EQ(Get("/api/v1/leads/stats", chen).status, 403);

  Resp converted = Post(Path(lead, "/convert"), chen,
                        {{"version", contacted.body["version"]},
                         {"customer",
                          {{"name", "湖南测试路桥建设有限公司"},
                           {"kind", "end_user"},
                           {"industry", "路桥施工"},
                           {"contacts", {{{"name", "刘工"}, {"mobile", "13900001111"}}}}}}});
  ASSERT_EQ(converted.status, 200) << converted.text;
  EXPECT_EQ(converted.body["state"], "converted");
  EXPECT_TRUE(converted.body["actions"].empty());
  const int64_t customer_id = converted.body["customer_id"];
  const std::string customer = "/api/v1/customers/" + std::to_string(customer_id);
  Resp mine = Get(customer, chen);
  ASSERT_EQ(mine.status, 200) << mine.text;
  EXPECT_EQ(mine.body["owner_staff_id"], chen_id);
  EXPECT_EQ(mine.body["source"], "1688");
  EXPECT_EQ(mine.body["region_id"], hunan);
  EXPECT_EQ(Get(customer, zhang).status, 404);
  EXPECT_EQ(CountAudit("lead", "convert"), converted_before + 1);
}

TEST_P(LeadsApi, LeadsWithoutOwnerWaitForAssignmentAndOwnersWhoLeftPassToTheirSuperior) {
  Caller lin = LoginApi("online.lin");
  Caller chen = LoginApi("rep.chen");
  json nowhere = NewLead(lin, {{"company", "无片区线索有限公司"}, {"source", "website"}});
  EXPECT_EQ(nowhere["state"], "new");
  EXPECT_TRUE(nowhere["assignee_staff_id"].is_null());
  EXPECT_EQ(nowhere["actions"], json({"assign", "discard"}));

  // Unassigned leads show to lead.assign holders, not to reps.
  EXPECT_EQ(InboxItems(Get("/api/v1/inbox", lin), "lead_unassigned", nowhere["id"]).size(), 1u);
  EXPECT_TRUE(InboxItems(Get("/api/v1/inbox", chen), "lead_unassigned", nowhere["id"]).empty());
  EXPECT_EQ(Get(Path(nowhere), chen).status, 404);
  Resp listed = Get("/api/v1/leads?state=new", lin);
  ASSERT_EQ(listed.status, 200) << listed.text;
  EXPECT_GE(listed.body["total"].get<int64_t>(), 1);
  EXPECT_EQ(Get("/api/v1/leads?state=open", lin).status, 400);

  const int64_t chen_id = StaffByCode("E005")["id"];
  EXPECT_EQ(Post(Path(nowhere, "/assign"), chen, {{"version", 1}, {"staff_id", chen_id}}).status,
            403);
  Resp bad = Post(Path(nowhere, "/assign"), lin, {{"version", 1}, {"staff_id", 999999}});
  EXPECT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"staff_id:crm.lead.assignee_unknown"}));
  Resp assigned = Post(Path(nowhere, "/assign"), lin, {{"version", 1}, {"staff_id", chen_id}});
  ASSERT_EQ(assigned.status, 200) << assigned.text;
  EXPECT_EQ(assigned.body["state"], "assigned");
  EXPECT_EQ(InboxItems(Get("/api/v1/inbox", chen), "lead_to_contact", nowhere["id"]).size(), 1u);
  Resp discard = Post(Path(nowhere, "/discard"), chen, {{"version", assigned.body["version"]}});
  EXPECT_EQ(discard.status, 400);  // reason required
  discard = Post(Path(nowhere, "/discard"), chen,
                 {{"version", assigned.body["version"]}, {"reason", "重复询价"}});
  ASSERT_EQ(discard.status, 200) << discard.text;
  EXPECT_EQ(discard.body["discard_reason"], "重复询价");

  // Unknown region: a field error.
  Resp unknown = Post("/api/v1/leads", lin, {{"company", "X公司"}, {"region_id", 999999}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(FieldSet(unknown), (std::set<std::string>{"region_id:crm.lead.region_unknown"}));
  EXPECT_EQ(Post("/api/v1/leads", chen, {{"company", "X公司"}}).status, 403);

  // rep.chen leaves: a 湖南 lead goes to deputy.zhou, the superior.
  json e005 = StaffByCode("E005");
  Resp left = Patch("/api/v1/staff/" + std::to_string(e005["id"].get<int64_t>()), admin_,
                    {{"version", e005["version"]}, {"status", "left"}, {"left_on", "2026-05-27"}});
  ASSERT_EQ(left.status, 200) << left.text;
  json routed =
      NewLead(lin, {{"company", "岳阳测试沥青有限公司"}, {"region_id", RegionId("430000")}});
  EXPECT_EQ(routed["assignee_staff_id"], StaffByCode("E003")["id"]);
}

TEST_P(LeadsApi, InquiryShowsTheBuyersLocalTimeAndRefusesUnknownZones) {
  Caller xu = LoginApi("trade.xu");
  Resp bad =
      Post("/api/v1/inquiries", xu,
           {{"company", "Construtora Teste Salesdesk Ltda"}, {"time_zone", "Brazil/Somewhere"}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"time_zone:crm.inquiry.time_zone_invalid"}));
  EXPECT_EQ(Post("/api/v1/inquiries", xu, {{"company", "No Zone Ltd"}}).status, 400);
  EXPECT_EQ(
      Post("/api/v1/inquiries", LoginApi("rep.chen"), {{"company", "X"}, {"time_zone", "UTC"}})
          .status,
      403);

  Resp made = Post("/api/v1/inquiries", xu,
                   {{"company", "Construtora Teste Salesdesk Ltda"},
                    {"country", "BR"},
                    {"time_zone", "America/Sao_Paulo"},
                    {"contact_name", "João Silva"},
                    {"email", "joao@example.com.br"},
                    {"products", "SBS modified bitumen, 2 containers"},
                    {"source", "alibaba.com"}});
  ASSERT_EQ(made.status, 201) << made.text;
  EXPECT_EQ(made.body["kind"], "inquiry");
  EXPECT_EQ(made.body["state"], "assigned");
  EXPECT_EQ(made.body["assignee_staff_id"], StaffByCode("E014")["id"]);
  EXPECT_EQ(made.body["utc_offset"], "-03:00");
  EXPECT_EQ(made.body["buyer_local_time"],
            crm::TimeInZone("America/Sao_Paulo", clock_.NowMicros())->local_time);
  const std::string path = "/api/v1/inquiries/" + std::to_string(made.body["id"].get<int64_t>());
  // An inquiry is not a lead.
  EXPECT_EQ(Get("/api/v1/leads/" + std::to_string(made.body["id"].get<int64_t>()), xu).status, 404);

  Resp patched = Patch(path, xu,
                       {{"version", made.body["version"]},
                        {"analysis", "Real buyer, road works in São Paulo"},
                        {"reply", "Quoted FOB Shanghai"}});
  ASSERT_EQ(patched.status, 200) << patched.text;
  EXPECT_EQ(patched.body["analysis"], "Real buyer, road works in São Paulo");
  Resp zone = Patch(path, xu, {{"version", patched.body["version"]}, {"time_zone", "Nowhere"}});
  EXPECT_EQ(zone.status, 400);
  Resp as_leads = Get("/api/v1/leads?kind=inquiry&q=Salesdesk", xu);
  ASSERT_EQ(as_leads.status, 200) << as_leads.text;
  EXPECT_EQ(as_leads.body["total"], 1);
  EXPECT_EQ(Get("/api/v1/leads?kind=order", xu).status, 400);
  Resp listed = Get("/api/v1/inquiries?q=Salesdesk", xu);
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(listed.body["total"], 1);
  EXPECT_EQ(listed.body["items"][0]["utc_offset"], "-03:00");
}

TEST_P(LeadsApi, SamplesNeedAnotherManagersApprovalThenShipWithTracking) {
  Caller xu = LoginApi("trade.xu");
  Caller li = LoginApi("head.li");
  const int64_t approvals = CountAudit("sample", "approve");
  Resp inquiry = Post("/api/v1/inquiries", xu,
                      {{"company", "Asphalt Buyer FZE"}, {"time_zone", "Asia/Dubai"}});
  ASSERT_EQ(inquiry.status, 201) << inquiry.text;
  const std::string base = "/api/v1/inquiries/" + std::to_string(inquiry.body["id"].get<int64_t>());
  EXPECT_EQ(Post(base + "/samples", xu, {{"product", "SBS改性沥青"}, {"cost", "1.234"}}).status,
            400);
  Resp sample = Post(base + "/samples", xu,
                     {{"product", "SBS改性沥青"}, {"qty", "5 kg"}, {"cost", "120.00"}});
  ASSERT_EQ(sample.status, 201) << sample.text;
  EXPECT_EQ(sample.body["state"], "requested");
  EXPECT_EQ(sample.body["cost"], "120.00");
  const std::string path = "/api/v1/samples/" + std::to_string(sample.body["id"].get<int64_t>());
  EXPECT_EQ(Post(path + "/approve", xu, {{"version", 1}}).status, 403);

  // A trade manager holding both inquiry.manage and sample.approve cannot approve their own.
  json staff = MakeStaff("T901", "外贸经理测", "SALES");
  Resp role = Post("/api/v1/roles", admin_,
                   {{"code", "t_trade_manager"},
                    {"name", "外贸经理"},
                    {"data_scope", "department"},
                    {"permissions", {"inquiry.manage", "sample.approve", "customer.read"}}});
  ASSERT_EQ(role.status, 201) << role.text;
  Resp user = Post("/api/v1/users", admin_,
                   {{"login", "t.trade.mgr"},
                    {"display_name", "外贸经理测"},
                    {"password", "test-pass-1"},
                    {"staff_id", staff["id"]},
                    {"roles", {"t_trade_manager"}}});
  ASSERT_EQ(user.status, 201) << user.text;
  Caller mgr = LoginApi("t.trade.mgr", "test-pass-1");
  Resp own_inquiry = Post("/api/v1/inquiries", mgr,
                          {{"company", "Own Buyer LLC"}, {"time_zone", "Europe/Berlin"}});
  ASSERT_EQ(own_inquiry.status, 201) << own_inquiry.text;
  Resp own = Post(
      "/api/v1/inquiries/" + std::to_string(own_inquiry.body["id"].get<int64_t>()) + "/samples",
      mgr, {{"product", "道路沥青70#"}});
  ASSERT_EQ(own.status, 201) << own.text;
  EXPECT_TRUE(own.body["actions"].empty()) << own.text;
  Resp self = Post("/api/v1/samples/" + std::to_string(own.body["id"].get<int64_t>()) + "/approve",
                   mgr, {{"version", 1}});
  EXPECT_EQ(self.status, 422) << self.text;
  EXPECT_EQ(self.body["code"], "crm.sample.self_approval");

  // head.li (sales head, department scope) sees trade.xu's request in the inbox and approves.
  Resp inbox = Get("/api/v1/inbox", li);
  ASSERT_EQ(inbox.status, 200) << inbox.text;
  bool listed = false;
  for (const json& i : inbox.body["items"]) {
    if (i["kind"] == "sample_to_approve" && i["link"]["id"] == sample.body["id"]) listed = true;
  }
  EXPECT_TRUE(listed) << inbox.text;
  Resp approved = Post(path + "/approve", li, {{"version", 1}, {"note", "同意寄样"}});
  ASSERT_EQ(approved.status, 200) << approved.text;
  EXPECT_EQ(approved.body["state"], "approved");
  EXPECT_EQ(approved.body["actions"], json::array());
  EXPECT_EQ(Post(path + "/approve", li, {{"version", 2}}).status, 422);

  Resp no_tracking = Post(path + "/ship", xu, {{"version", 2}, {"courier", "DHL"}});
  EXPECT_EQ(no_tracking.status, 400);
  Resp shipped = Post(path + "/ship", xu,
                      {{"version", 2},
                       {"courier", "DHL"},
                       {"tracking_no", "1234567890"},
                       {"shipped_on", "2026-05-29"}});
  ASSERT_EQ(shipped.status, 200) << shipped.text;
  EXPECT_EQ(shipped.body["state"], "shipped");
  EXPECT_EQ(shipped.body["tracking_no"], "1234567890");
  Resp feedback =
      Post(path + "/feedback", xu, {{"version", 3}, {"feedback", "Softening point OK"}});
  ASSERT_EQ(feedback.status, 200) << feedback.text;
  EXPECT_EQ(feedback.body["state"], "feedback");
  Resp list = Get(base + "/samples", xu);
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.body["items"].size(), 1u);
  EXPECT_EQ(Get(path, LoginApi("rep.zhang")).status, 404);
  EXPECT_EQ(CountAudit("sample", "approve"), approvals + 1);
}

TEST_P(LeadsApi, ImportRoutesEveryRowOrWritesNothing) {
  Caller lin = LoginApi("online.lin");
  const int64_t created = CountAudit("lead", "create");
  const std::string bad =
      "公司名称,联系人,电话,片区,邮箱\n"
      ",王工,13900003333,430000,\n"
      "火星测试有限公司,李工,,火星,li.example.com\n";
  Resp refused = Call("POST", "/api/v1/leads/import?filename=leads.csv", &lin, bad);
  ASSERT_EQ(refused.status, 422) << refused.text;
  EXPECT_EQ(refused.body["code"], "crm.import.rows_invalid");
  std::set<std::string> rows;
  for (const json& r : refused.body["rows"]) {
    rows.insert(std::to_string(r["row"].get<int64_t>()) + ":" + r["field"].get<std::string>() +
                ":" + r["code"].get<std::string>());
  }
  EXPECT_EQ(rows, (std::set<std::string>{"2:company:common.field.required",
                                         "3:region:crm.import.region_unknown",
                                         "3:email:crm.lead.email_invalid"}));
  EXPECT_EQ(CountAudit("lead", "create"), created);

  const std::string good =
      "公司名称,联系人,电话,片区,来源,备注列\n"
      "长沙导入测试有限公司,王工,13900003333,430000,website,x\n"
      "无片区导入有限公司,李工,,,1688,y\n";
  Resp dry = Call("POST", "/api/v1/leads/import?dry_run=true&filename=leads.csv", &lin, good);
  ASSERT_EQ(dry.status, 200) << dry.text;
  EXPECT_EQ(dry.body["leads"], 2);
  EXPECT_EQ(dry.body["preview"][0]["assignee_staff_id"], StaffByCode("E005")["id"]);
  EXPECT_TRUE(dry.body["preview"][1]["assignee_staff_id"].is_null());
  EXPECT_EQ(CountAudit("lead", "create"), created);
  Resp done = Call("POST", "/api/v1/leads/import?filename=leads.csv", &lin, good);
  ASSERT_EQ(done.status, 200) << done.text;
  EXPECT_EQ(done.body["imported"], 2);
  EXPECT_EQ(done.body["assigned"], 1);
  EXPECT_EQ(CountAudit("lead", "create"), created + 2);
  EXPECT_EQ(CountAudit("lead", "import"), 1);
  Caller chen = LoginApi("rep.chen");
  EXPECT_EQ(Call("POST", "/api/v1/leads/import?filename=leads.csv", &chen, good).status, 403);
}

TEST_P(LeadsApi, OpenApiServesTheWorkflowTables) {
  Resp doc = Call("GET", "/api/v1/openapi.json", nullptr);
  ASSERT_EQ(doc.status, 200);
  const json& schemas = doc.body["components"]["schemas"];
  ASSERT_EQ(schemas["Lead"]["x-transitions"].size(), std::size(crm::kLeadTransitions));
  EXPECT_EQ(
      schemas["Lead"]["x-transitions"][0],
      json({{"from", "new"}, {"action", "assign"}, {"to", "assigned"}, {"by", "lead.assign"}}));
  EXPECT_EQ(schemas["Sample"]["x-transitions"].size(), std::size(crm::kSampleTransitions));
  EXPECT_TRUE(doc.body["paths"].contains("/api/v1/leads/{id}/convert"));
  EXPECT_TRUE(doc.body["paths"].contains("/api/v1/samples/{id}/approve"));
}

SD_API_BACKENDS(LeadsApi);

}  // namespace
}  // namespace sd::testing
