// What a rep reads, on SQLite and PostgreSQL: the timeline and the audit log name fields,
// choices and referenced records in the request's language; a decided transfer leaves notices
// for the requester and the new owner; a customer goes only to someone who can own customers.
#include "crm_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class ReadableApi : public CrmApiTest {
 protected:
  Resp GetIn(const std::string& path, const Caller& who, const std::string& lang) {
    return Call("GET", path, &who, "", {{"Accept-Language", lang}});
  }

  // The change of `field` in a rendered item, or null.
  static json Change(const json& item, const std::string& field) {
    for (const json& c : item["changes"]) {
      if (c["field"] == field) return c;
    }
    return nullptr;
  }

  // The unread notices of `kind` about customer id in who's inbox.
  int CountNotices(const Caller& who, const std::string& kind, int64_t id) {
    int n = 0;
    const Resp inbox = Get("/api/v1/inbox", who);  // kept: the loop reads its body
    for (const json& i : inbox.body["items"]) {
      if (i["kind"] == "notice" && i["title_key"] == "crm.notice." + kind &&
          i["link"]["id"] == id) {
        ++n;
      }
    }
    return n;
  }

  int64_t Approve(int64_t transfer, int64_t version, const Caller& who, bool yes = true) {
    Resp r = Post("/api/v1/transfers/" + std::to_string(transfer) + (yes ? "/approve" : "/reject"),
                  who, {{"version", version}, {"note", "ok"}});
    EXPECT_EQ(r.status, 200) << r.text;
    return r.status;
  }
};

TEST_P(ReadableApi, TheTimelineNamesFieldsChoicesAndPeopleInTheReadersLanguage) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测湘江路面工程有限公司"}, {"kind", "end_user"}});
  Caller zhou = LoginApi("deputy.zhou");
  ASSERT_EQ(Post(Path(c) + "/transfer", zhou, {{"to_staff_id", StaffId("E007")}}).status, 200);

  Resp zh = GetIn(Path(c) + "/timeline", zhou, "zh-CN");
  ASSERT_EQ(zh.status, 200) << zh.text;
  const json& transfer = zh.body["items"][0];
  EXPECT_EQ(transfer["action_label"], "移交");
  EXPECT_EQ(transfer["subject"], c["code"].get<std::string>() + " 测湘江路面工程有限公司");
  json owner = Change(transfer, "owner_staff_id");
  ASSERT_FALSE(owner.is_null()) << transfer.dump();
  EXPECT_EQ(owner["label"], "负责人");
  EXPECT_EQ(owner["before"], "E005 陈磊");
  EXPECT_EQ(owner["after"], "E007 吴婷");
  EXPECT_TRUE(Change(transfer, "owner").is_null());  // the name beside the id is not repeated
  const json& created = zh.body["items"][1];
  EXPECT_EQ(created["action_label"], "新建");
  EXPECT_EQ(Change(created, "kind")["after"], "终端用户");
  EXPECT_EQ(Change(created, "kind")["label"], "客户类型");

  Resp en = GetIn(Path(c) + "/timeline", zhou, "en-US");
  EXPECT_EQ(en.body["items"][0]["action_label"], "transferred");
  EXPECT_EQ(Change(en.body["items"][0], "owner_staff_id")["label"], "owner");
  EXPECT_EQ(Change(en.body["items"][1], "kind")["after"], "end user");
  // The raw record stays beside the text.
  EXPECT_EQ(en.body["items"][0]["after"]["owner_staff_id"], StaffId("E007"));
}

TEST_P(ReadableApi, TheAuditLogNamesEntityActionAndRegion) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测衡阳公路养护有限公司"}});
  Resp region = Get("/api/v1/regions", admin_);
  ASSERT_EQ(region.status, 200) << region.text;
  const json& r0 = region.body["items"][0];
  Resp patched = Patch(Path(c), chen, {{"version", c["version"]}, {"region_id", r0["id"]}});
  ASSERT_EQ(patched.status, 200) << patched.text;
  Resp log =
      GetIn("/api/v1/audit?entity=customer&entity_id=" + std::to_string(c["id"].get<int64_t>()),
            admin_, "zh-CN");
  ASSERT_EQ(log.status, 200) << log.text;
  const json& update = log.body["items"][0];
  EXPECT_EQ(update["entity_label"], "客户");
  EXPECT_EQ(update["action_label"], "修改");
  json change = Change(update, "region_id");
  ASSERT_FALSE(change.is_null()) << update.dump();
  EXPECT_EQ(change["label"], "片区");
  EXPECT_EQ(change["after"], r0["name"]);
  Resp en =
      GetIn("/api/v1/audit?entity=customer&entity_id=" + std::to_string(c["id"].get<int64_t>()),
            admin_, "en-US");
  EXPECT_EQ(en.body["items"][0]["entity_label"], "customer");
  EXPECT_EQ(en.body["items"][0]["action_label"], "changed");
  EXPECT_EQ(Change(en.body["items"][0], "region_id")["label"], "region");
}

TEST_P(ReadableApi, ADecidedTransferNotifiesTheRequesterAndTheNewOwner) {
  Caller chen = LoginApi("rep.chen");
  Caller wu = LoginApi("rep.wu");
  Caller zhou = LoginApi("deputy.zhou");
  json c = MakeCustomer(chen, {{"name", "测岳阳港务道路有限公司"}});
  const int64_t id = c["id"];
  Resp req = Post(Path(c) + "/transfer", chen, {{"to_staff_id", StaffId("E007")}, {"reason", "x"}});
  ASSERT_EQ(req.status, 201) << req.text;
  EXPECT_EQ(CountNotices(chen, "transfer_approved", id), 0);
  Approve(req.body["id"], req.body["version"], zhou);
  EXPECT_EQ(CountNotices(chen, "transfer_approved", id), 1);
  EXPECT_EQ(CountNotices(chen, "transfer_lost", id), 0);  // the requester hears it once
  EXPECT_EQ(CountNotices(wu, "transfer_received", id), 1);
  EXPECT_EQ(CountNotices(zhou, "transfer_approved", id), 0);  // not told of one's own decision

  json d = MakeCustomer(chen, {{"name", "测常德桥梁工程有限公司"}});
  Resp req2 =
      Post(Path(d) + "/transfer", chen, {{"to_staff_id", StaffId("E007")}, {"reason", "y"}});
  ASSERT_EQ(req2.status, 201) << req2.text;
  Approve(req2.body["id"], req2.body["version"], zhou, false);
  EXPECT_EQ(CountNotices(chen, "transfer_rejected", d["id"]), 1);
  EXPECT_EQ(CountNotices(wu, "transfer_received", d["id"]), 0);
}

TEST_P(ReadableApi, CustomersGoOnlyToPeopleWhoCanOwnThem) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测株洲沥青路面有限公司"}});
  for (const char* code : {"E015", "E016"}) {  // finance, quality
    Resp bad = Post(Path(c) + "/transfer", chen, {{"to_staff_id", StaffId(code)}, {"reason", "x"}});
    ASSERT_EQ(bad.status, 400) << bad.text;
    EXPECT_EQ(FieldSet(bad), (std::set<std::string>{"to_staff_id:crm.transfer.cannot_own"}));
  }
  // The list the transfer dialog offers: active staff who can own customers.
  Resp owners = Get("/api/v1/staff?status=active&permission=customer.claim&size=200", admin_);
  ASSERT_EQ(owners.status, 200) << owners.text;
  std::set<std::string> codes;
  for (const json& s : owners.body["items"]) codes.insert(s["code"]);
  EXPECT_TRUE(codes.count("E005") && codes.count("E007")) << owners.text;
  EXPECT_FALSE(codes.count("E015") || codes.count("E016")) << owners.text;
}

}  // namespace

SD_API_BACKENDS(ReadableApi);

}  // namespace sd::testing
