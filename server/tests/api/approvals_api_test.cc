// Approvals through doc steps (issue 10), on SQLite and PostgreSQL: a credit rating or transfer
// is never decided by whoever made it, and a step waits in the inbox of those who may decide
// it only — never the maker's, never someone whose scope lacks the customer.
#include "api/crm_fixture.h"

namespace sd::testing {
namespace {

using json = nlohmann::json;

class ApprovalsApi : public CrmApiTest {
 protected:
  // Whether the inbox holds an item of kind for the linked record.
  bool InInbox(const Caller& who, const std::string& kind, const std::string& type, int64_t id) {
    Resp inbox = Get("/api/v1/inbox", who);
    EXPECT_EQ(inbox.status, 200) << inbox.text;
    for (const json& i : inbox.body["items"]) {
      if (i["kind"] == kind && i["link"]["type"] == type && i["link"]["id"] == id) return true;
    }
    return false;
  }
};

TEST_P(ApprovalsApi, ACreditProposalWaitsForOthersInScopeOnly) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测衡阳路面材料有限公司"}});
  Caller zhou = LoginApi("deputy.zhou");
  Resp proposed = Post(Path(c) + "/credit-ratings", zhou, {{"rating", "C"}, {"reason", "新客户"}});
  ASSERT_EQ(proposed.status, 201) << proposed.text;
  const int64_t id = proposed.body["id"];
  // Not in the maker's own inbox or pending list; in the admin's; not in the north deputy's,
  // whose scope lacks the south rep's customer.
  EXPECT_FALSE(InInbox(zhou, "credit_to_approve", "credit_rating", id));
  EXPECT_FALSE(Holds(Get("/api/v1/credit-ratings", zhou), id));
  EXPECT_TRUE(Holds(Get("/api/v1/credit-ratings", admin_), id));
  EXPECT_TRUE(InInbox(admin_, "credit_to_approve", "credit_rating", id));
  Caller wang = LoginApi("deputy.wang");
  EXPECT_FALSE(InInbox(wang, "credit_to_approve", "credit_rating", id));
  // The maker cannot decide either way; someone else can, once.
  const std::string decide = "/api/v1/credit-ratings/" + std::to_string(id);
  for (const char* verb : {"/approve", "/reject"}) {
    Resp self = Post(decide + verb, zhou, {{"version", 1}});
    EXPECT_EQ(self.status, 422) << self.text;
    EXPECT_EQ(self.body["code"], "crm.credit.self_approval");
  }
  Resp rejected = Post(decide + "/reject", admin_, {{"version", 1}, {"note", "资料不全"}});
  ASSERT_EQ(rejected.status, 200) << rejected.text;
  EXPECT_EQ(rejected.body["state"], "rejected");
  EXPECT_FALSE(InInbox(admin_, "credit_to_approve", "credit_rating", id));
  Resp again = Post(decide + "/approve", admin_, {{"version", rejected.body["version"]}});
  EXPECT_EQ(again.status, 422);
  EXPECT_EQ(again.body["code"], "crm.credit.not_proposed");
}

TEST_P(ApprovalsApi, ATransferRequestWaitsForTheApproverNotTheRequester) {
  Caller chen = LoginApi("rep.chen");
  json c = MakeCustomer(chen, {{"name", "测常德公路养护有限公司"}});
  Resp requested = Post(Path(c) + "/transfer", chen, {{"to_staff_id", StaffId("E007")}});
  ASSERT_EQ(requested.status, 201) << requested.text;
  const int64_t id = requested.body["id"];
  EXPECT_FALSE(InInbox(chen, "transfer_to_approve", "transfer", id));
  Caller zhou = LoginApi("deputy.zhou");
  EXPECT_TRUE(InInbox(zhou, "transfer_to_approve", "transfer", id));
  EXPECT_FALSE(InInbox(LoginApi("deputy.wang"), "transfer_to_approve", "transfer", id));
  // The requester may not decide it (no approving permission, 403); a second request waits.
  EXPECT_EQ(
      Post("/api/v1/transfers/" + std::to_string(id) + "/approve", chen, {{"version", 1}}).status,
      403);
  Resp second = Post(Path(c) + "/transfer", chen, {{"to_staff_id", StaffId("E009")}});
  EXPECT_EQ(second.status, 422);
  EXPECT_EQ(second.body["code"], "crm.transfer.pending");
  Resp approved =
      Post("/api/v1/transfers/" + std::to_string(id) + "/approve", zhou, {{"version", 1}});
  ASSERT_EQ(approved.status, 200) << approved.text;
  EXPECT_FALSE(InInbox(zhou, "transfer_to_approve", "transfer", id));
}

TEST_P(ApprovalsApi, TheTablesAreServedInOpenApi) {
  Resp doc = Get("/api/v1/openapi.json", admin_);
  ASSERT_EQ(doc.status, 200);
  const json& schemas = doc.body["components"]["schemas"];
  for (const char* name : {"CreditRating", "Transfer", "Sample", "Lead", "FollowUpPlan"}) {
    EXPECT_FALSE(schemas[name]["x-transitions"].empty()) << name;
  }
  EXPECT_EQ(schemas["CreditRating"]["x-transitions"][0], json({{"from", "proposed"},
                                                               {"action", "approve"},
                                                               {"to", "approved"},
                                                               {"by", "customer.credit_approve"},
                                                               {"who", "approver"}}));
}

SD_API_BACKENDS(ApprovalsApi);

}  // namespace
}  // namespace sd::testing
