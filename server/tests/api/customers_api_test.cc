// The customer archive through the API on SQLite and PostgreSQL: field errors, duplicate
// detection (credit code, similar names), data scope (own, supported reps, department),
// search by pinyin initials and contact phones, PATCH with version, actions, transfers and
// credit ratings with their audit records.
#include "crm_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class CustomersApi : public CrmApiTest {};

TEST_P(CustomersApi, ReadsNeedCustomerReadAndCreateCustomerCreate) {
  EXPECT_EQ(Call("GET", "/api/v1/customers", nullptr).status, 401);
  Caller finance = LoginApi("finance.zhao");
  EXPECT_EQ(Get("/api/v1/customers", finance).status, 200);
  Resp denied = Post("/api/v1/customers", finance, {{"name", "测试无权公司"}});
  EXPECT_EQ(denied.status, 403) << denied.text;
}

TEST_P(CustomersApi, BadCreditCodeIsAFieldError) {
  Caller zhang = LoginApi("rep.zhang");
  Resp bad = Post("/api/v1/customers", zhang,
                  {{"name", "测北方道路材料有限公司"},
                   {"credit_code", "91350100M000100Y44"},
                   {"contacts", {{{"name", "赵工"}, {"mobile", "2380013800"}}}}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(bad.body["code"], "common.validation_failed");
  EXPECT_EQ(FieldSet(bad),
            (std::set<std::string>{"credit_code:crm.credit_code.invalid",
                                   "contacts[0].mobile:crm.contact.mobile_invalid"}));
}

TEST_P(CustomersApi, CreateFillsOwnerCodeMnemonicAndAudits) {
  Caller chen = LoginApi("rep.chen");
  const int64_t before = CountAudit("customer", "create");
  json c = MakeCustomer(
      chen,
      {{"name", "测巴陵沥青有限公司"},
       {"credit_code", CreditCode(1)},
       {"class", "regular"},
       {"credit_limit", "1000.5"},
       {"contacts",
        {{{"name", "王工"}, {"mobile", "13907300001"}, {"role", "purchasing"}},
         {{"name", "李工"}, {"phone", "0730-8450001"}}}},
       {"varieties", {{{"variety", "SBS改性沥青"}, {"annual_qty", "1200"}, {"unit", "吨"}}}}});
  EXPECT_EQ(c["owner_staff_id"], StaffId("E005"));
  EXPECT_EQ(c["mnemonic"], "cbllqyxgs");
  EXPECT_EQ(c["credit_limit"], "1000.50");
  EXPECT_EQ(c["class"], "regular");
  EXPECT_TRUE(c["code"].get<std::string>().starts_with("C"));
  ASSERT_EQ(c["contacts"].size(), 2u);
  EXPECT_TRUE(c["contacts"][0]["is_primary"].get<bool>());
  EXPECT_EQ(c["varieties"][0]["annual_qty"], "1200.0000");
  EXPECT_EQ(CountAudit("customer", "create"), before + 1);
  Resp got = Get(Path(c), chen);
  ASSERT_EQ(got.status, 200);
  std::set<std::string> actions(got.body["actions"].begin(), got.body["actions"].end());
  EXPECT_TRUE(actions.count("update") && actions.count("transfer") && actions.count("release"));
}

TEST_P(CustomersApi, SameCreditCodeIs409NamingTheExistingCustomer) {
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  json first = MakeCustomer(chen, {{"name", "测湘江路桥有限公司"}, {"credit_code", CreditCode(2)}});
  for (bool confirm : {false, true}) {
    Resp dup = Post("/api/v1/customers", zhang,
                    {{"name", "测完全不同的名字公司"},
                     {"credit_code", CreditCode(2)},
                     {"confirm_similar", confirm}});
    ASSERT_EQ(dup.status, 409) << dup.text;
    EXPECT_EQ(dup.body["code"], "crm.customer.duplicate_credit_code");
    EXPECT_EQ(dup.body["params"]["code"], first["code"]);
    EXPECT_EQ(dup.body["params"]["name"], "测湘江路桥有限公司");
  }
}

TEST_P(CustomersApi, SimilarNameIs409UntilConfirmed) {
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  json first = MakeCustomer(chen, {{"name", "测洞庭湖沥青科技有限责任公司"}});
  // (An equal name is an exact duplicate: duplicate_names_api_test.cc.)
  Resp similar = Post("/api/v1/customers", zhang, {{"name", "测洞庭湖沥青科技发展公司"}});
  ASSERT_EQ(similar.status, 409) << similar.text;
  EXPECT_EQ(similar.body["code"], "crm.customer.similar_name");
  EXPECT_EQ(similar.body["params"]["code"], first["code"]);
  EXPECT_EQ(similar.body["params"]["owner"], first["owner_name"]);
  // Contained in a longer name counts too.
  EXPECT_EQ(Post("/api/v1/customers", zhang, {{"name", "湖南测洞庭湖沥青科技"}}).status, 409);
  Resp confirmed = Post("/api/v1/customers", zhang,
                        {{"name", "测洞庭湖沥青科技发展公司"}, {"confirm_similar", true}});
  EXPECT_EQ(confirmed.status, 201) << confirmed.text;
}

TEST_P(CustomersApi, RepsSeeOnlyTheirOwnCustomers) {
  Caller chen = LoginApi("rep.chen");
  Caller zhang = LoginApi("rep.zhang");
  json c = MakeCustomer(chen, {{"name", "测岳阳石化工程有限公司"},
                               {"contacts", {{{"name", "周工"}, {"mobile", "13912345678"}}}}});
  const int64_t id = c["id"];
  Resp hidden = Get(Path(c), zhang);
  EXPECT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.body["code"], "common.not_found");
  EXPECT_FALSE(Holds(Get("/api/v1/customers?size=200", zhang), id));
  Resp by_phone = Get("/api/v1/customers?q=13912345678", zhang);
  EXPECT_EQ(by_phone.body["total"], 0) << by_phone.text;
  EXPECT_EQ(Patch(Path(c), zhang, {{"version", 1}, {"notes", "x"}}).status, 404);
  // The owner finds it by phone, by pinyin initials and by part of the name.
  EXPECT_TRUE(Holds(Get("/api/v1/customers?q=1391234", chen), id));
  EXPECT_TRUE(Holds(Get("/api/v1/customers?q=cyysh", chen), id));
  EXPECT_TRUE(Holds(Get("/api/v1/customers?q=" + Enc("岳阳石化"), chen), id));
  EXPECT_FALSE(Holds(Get("/api/v1/customers?q=cyyshx", chen), id));
}

TEST_P(CustomersApi, DeputySeesTheDepartmentAndOfficeTheRepsSheSupports) {
  Caller chen = LoginApi("rep.chen");
  Caller wu = LoginApi("rep.wu");
  json of_chen = MakeCustomer(chen, {{"name", "测株洲建材有限公司"}});
  json of_wu = MakeCustomer(wu, {{"name", "测衡阳公路养护有限公司"}});
  Caller zhou = LoginApi("deputy.zhou");
  Resp list = Get("/api/v1/customers?size=200", zhou);
  EXPECT_TRUE(Holds(list, of_chen["id"]));
  EXPECT_TRUE(Holds(list, of_wu["id"]));
  EXPECT_EQ(Get(Path(of_wu), zhou).status, 200);
  Caller wang = LoginApi("deputy.wang");
  EXPECT_EQ(Get(Path(of_chen), wang).status, 404);
  Caller ma = LoginApi("office.ma");
  EXPECT_EQ(Get(Path(of_chen), ma).status, 200);
  EXPECT_TRUE(Holds(Get("/api/v1/customers?size=200", ma), of_wu["id"]));
  // (内勤 hold department scope over SALES in the demo templates, so office.liu sees them too.)
  // Filters: owner and class.
  Resp by_owner =
      Get("/api/v1/customers?size=200&owner_staff_id=" + std::to_string(StaffId("E007")), zhou);
  EXPECT_TRUE(Holds(by_owner, of_wu["id"]));
  EXPECT_FALSE(Holds(by_owner, of_chen["id"]));
  EXPECT_EQ(Get("/api/v1/customers?class=vip", zhou).status, 400);
}

TEST_P(CustomersApi, ListSortsByPinyin) {
  Caller chen = LoginApi("rep.chen");
  for (const char* name : {"测中铁路面公司", "测阿拉沥青公司", "测北辰材料公司"}) {
    MakeCustomer(chen, {{"name", name}});
  }
  Resp list = Get("/api/v1/customers?size=200&q=" + Enc("测"), chen);
  std::vector<std::string> names;
  for (const json& c : list.body["items"]) names.push_back(c["name"]);
  EXPECT_EQ(names,
            (std::vector<std::string>{"测阿拉沥青公司", "测北辰材料公司", "测中铁路面公司"}));
}

TEST_P(CustomersApi, PatchNeedsTheVersionAndKeepsContactRows) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测常德沥青有限公司"},
                               {"contacts", {{{"name", "王工"}, {"mobile", "13907360001"}}}}});
  const int64_t contact_id = c["contacts"][0]["id"];
  Resp changed = Patch(Path(c), chen,
                       {{"version", c["version"]},
                        {"class", "key"},
                        {"contacts",
                         {{{"id", contact_id}, {"name", "王总"}, {"mobile", "13907360001"}},
                          {{"name", "新联系人"}, {"mobile", "13907360002"}}}}});
  ASSERT_EQ(changed.status, 200) << changed.text;
  EXPECT_EQ(changed.body["class"], "key");
  EXPECT_EQ(changed.body["version"], c["version"].get<int64_t>() + 1);
  EXPECT_EQ(changed.body["contacts"][0]["id"], contact_id);
  EXPECT_EQ(changed.body["contacts"][0]["name"], "王总");
  EXPECT_EQ(changed.body["contacts"].size(), 2u);
  Resp stale = Patch(Path(c), chen, {{"version", c["version"]}, {"notes", "x"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["code"], "common.version_conflict");
  Resp bad = Patch(Path(c), chen, {{"version", changed.body["version"]}, {"owner_staff_id", 1}});
  EXPECT_EQ(bad.status, 400);  // the owner changes by transfer only
  EXPECT_GE(CountAudit("customer", "update"), 1);
  Resp timeline = Get(Path(c) + "/timeline", chen);
  ASSERT_EQ(timeline.status, 200);
  ASSERT_GE(timeline.body["items"].size(), 2u);
  EXPECT_EQ(timeline.body["items"][0]["action"], "update");
}

TEST_P(CustomersApi, ARepTransferIsRequestedThenApprovedByTheDeputy) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测郴州道路工程有限公司"}});
  const int64_t wu = StaffId("E007");
  Resp requested = Post(Path(c) + "/transfer", chen, {{"to_staff_id", wu}, {"reason", "片区调整"}});
  ASSERT_EQ(requested.status, 201) << requested.text;
  EXPECT_EQ(requested.body["state"], "requested");
  EXPECT_EQ(Get(Path(c), chen).body["owner_staff_id"], StaffId("E005"));
  // A rep cannot transfer someone else's customer (it is not even visible).
  Caller rep_wu = LoginApi("rep.wu");
  EXPECT_EQ(Post(Path(c) + "/transfer", rep_wu, {{"to_staff_id", wu}}).status, 404);
  Caller zhou = LoginApi("deputy.zhou");
  Resp pending = Get("/api/v1/transfers?state=requested", zhou);
  bool listed = false;
  for (const json& t : pending.body["items"]) listed = listed || t["id"] == requested.body["id"];
  EXPECT_TRUE(listed) << pending.text;
  EXPECT_EQ(
      Post("/api/v1/transfers/" + std::to_string(requested.body["id"].get<int64_t>()) + "/approve",
           chen, {{"version", 1}})
          .status,
      403);
  const int64_t before = CountAudit("customer", "transfer");
  Resp approved =
      Post("/api/v1/transfers/" + std::to_string(requested.body["id"].get<int64_t>()) + "/approve",
           zhou, {{"version", requested.body["version"]}, {"note", "同意"}});
  ASSERT_EQ(approved.status, 200) << approved.text;
  EXPECT_EQ(approved.body["state"], "approved");
  EXPECT_EQ(Get(Path(c), rep_wu).body["owner_staff_id"], wu);
  EXPECT_EQ(Get(Path(c), chen).status, 404);
  EXPECT_EQ(CountAudit("customer", "transfer"), before + 1);
}

TEST_P(CustomersApi, AManagerTransfersAtOnce) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测永州交通建设有限公司"}});
  Caller zhou = LoginApi("deputy.zhou");
  const int64_t before = CountAudit("customer", "transfer");
  Resp done = Post(Path(c) + "/transfer", zhou, {{"to_staff_id", StaffId("E007")}});
  ASSERT_EQ(done.status, 200) << done.text;
  EXPECT_EQ(done.body["state"], "approved");
  EXPECT_EQ(Get(Path(c), zhou).body["owner_staff_id"], StaffId("E007"));
  EXPECT_EQ(CountAudit("customer", "transfer"), before + 1);
  json latest = Get(Path(c) + "/timeline", zhou).body["items"][0];
  EXPECT_EQ(latest["action"], "transfer");
  EXPECT_EQ(latest["by"], "deputy.zhou");
  EXPECT_EQ(latest["before"]["owner"], "E005 陈磊");
  EXPECT_EQ(latest["after"]["owner"], "E007 吴婷");
  Resp same = Post(Path(c) + "/transfer", zhou, {{"to_staff_id", StaffId("E007")}});
  EXPECT_EQ(same.status, 422);
  EXPECT_EQ(same.body["code"], "crm.transfer.same_owner");
}

TEST_P(CustomersApi, CreditRatingsNeedSomeoneElseToApprove) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测益阳沥青储运有限公司"}});
  EXPECT_EQ(Post(Path(c) + "/credit-ratings", chen, {{"rating", "A"}}).status, 403);
  Caller zhou = LoginApi("deputy.zhou");
  Resp proposed = Post(
      Path(c) + "/credit-ratings", zhou,
      {{"rating", "B"}, {"credit_limit", "500000"}, {"credit_days", 30}, {"reason", "回款及时"}});
  ASSERT_EQ(proposed.status, 201) << proposed.text;
  const std::string decide =
      "/api/v1/credit-ratings/" + std::to_string(proposed.body["id"].get<int64_t>());
  Resp self = Post(decide + "/approve", zhou, {{"version", proposed.body["version"]}});
  ASSERT_EQ(self.status, 422) << self.text;
  EXPECT_EQ(self.body["code"], "crm.credit.self_approval");
  Caller admin = admin_;
  const int64_t approvals = CountAudit("customer", "credit_approve");
  Resp approved = Post(decide + "/approve", admin, {{"version", proposed.body["version"]}});
  ASSERT_EQ(approved.status, 200) << approved.text;
  json after = Get(Path(c), chen).body;
  EXPECT_EQ(after["credit_rating"], "B");
  EXPECT_EQ(after["credit_limit"], "500000.00");
  EXPECT_EQ(after["credit_days"], 30);
  Resp again = Post(decide + "/reject", admin, {{"version", approved.body["version"]}});
  EXPECT_EQ(again.status, 422);
  EXPECT_EQ(Get(Path(c) + "/credit-ratings", chen).body["items"].size(), 1u);
  EXPECT_EQ(CountAudit("customer", "credit_approve"), approvals + 1);
}

SD_API_BACKENDS(CustomersApi);

}  // namespace
}  // namespace sd::testing
