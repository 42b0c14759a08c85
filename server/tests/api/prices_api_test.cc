// The price policy through the API on SQLite and PostgreSQL: the head of sales sets seasons,
// lists, floors and customer prices (price.set), everyone in sales reads them (price.read), a
// proposal is decided by a price.set holder who is not its proposer and applies the change, a
// customer out of scope reads as 404 everywhere, bad input is a field error that changes
// nothing, and the quote answers which rule won.
#include "crm_fixture.h"
#include "http/table_reader.h"
#include "http/xlsx.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class PricesApi : public CrmApiTest {
 protected:
  void SetUp() override {
    CrmApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    head_ = LoginApi("head.li");
  }

  // Closes the demo's active lists, so that a test's lists are the only ones pricing.
  void CloseDemoLists() {
    Resp r = Get("/api/v1/price-lists?status=active&size=200", head_);
    ASSERT_EQ(r.status, 200) << r.text;
    for (const json& l : r.body["items"]) {
      Resp c = Post("/api/v1/price-lists/" + l["id"].dump() + "/close", head_,
                    {{"version", l["version"]}});
      ASSERT_EQ(c.status, 200) << c.text;
    }
  }

  int64_t Total(const std::string& path, const Caller& who) {
    Resp r = Get(path, who);
    EXPECT_EQ(r.status, 200) << r.text;
    return r.body.value("total", int64_t{-1});
  }

  int64_t ProductId(const std::string& q) {
    Resp r = Get("/api/v1/products?q=" + Enc(q), admin_);
    EXPECT_EQ(r.status, 200) << r.text;
    if (r.body["items"].empty()) {
      ADD_FAILURE() << "no product " << q;
      return 0;
    }
    return r.body["items"][0]["id"];
  }

  // The first customer rep.zhang (northern group) owns.
  json NorthernCustomer() {
    Resp r = Get("/api/v1/customers?size=1", LoginApi("rep.zhang"));
    EXPECT_EQ(r.status, 200) << r.text;
    Resp c = Get("/api/v1/customers/" + r.body["items"][0]["id"].dump(), admin_);
    EXPECT_EQ(c.status, 200) << c.text;
    return c.body;
  }

  json MakeList(const std::string& name, const std::string& kind, json season = nullptr) {
    Resp r = Post("/api/v1/price-lists", head_,
                  {{"name", name},
                   {"customer_kind", kind},
                   {"season_id", season},
                   {"valid_from", "2026-01-01"}});
    EXPECT_EQ(r.status, 201) << r.text;
    return r.body;
  }

  json SetLine(const json& list, int64_t version, int64_t product, const std::string& price) {
    Resp r = Put("/api/v1/price-lists/" + list["id"].dump() + "/lines", head_,
                 {{"version", version}, {"product_id", product}, {"unit_price", price}});
    EXPECT_EQ(r.status, 200) << r.text;
    return r.body;
  }

  json Activate(const json& list) {
    Resp r = Post("/api/v1/price-lists/" + list["id"].dump() + "/activate", head_,
                  {{"version", list["version"]}});
    EXPECT_EQ(r.status, 200) << r.text;
    return r.body;
  }

  Resp Quote(const Caller& who, int64_t customer, int64_t product, const std::string& extra = "") {
    return Get("/api/v1/pricing/quote?customer_id=" + std::to_string(customer) +
                   "&product_id=" + std::to_string(product) + extra,
               who);
  }

  Caller head_;
};

TEST_P(PricesApi, TheHeadSetsSeasonListsAndFloorsAndTheQuoteFollows) {
  const json customer = NorthernCustomer();
  const int64_t cid = customer["id"];
  const std::string kind = customer["kind"];
  const int64_t sbs = ProductId("I-D");
  Caller rep = LoginApi("rep.zhang");
  CloseDemoLists();
  const std::string product_history = "/api/v1/price-history?product_id=" + std::to_string(sbs);
  const int64_t changes = Total(product_history, rep);
  const int64_t activations = CountAudit("price_list", "activate");

  EXPECT_EQ(
      Post("/api/v1/price-seasons", rep, {{"name", "旺季"}, {"starts", "03-15"}, {"ends", "10-31"}})
          .status,
      403);
  Resp season = Post("/api/v1/price-seasons", head_,
                     {{"name", "测试旺季"}, {"starts", "03-15"}, {"ends", "10-31"}});
  ASSERT_EQ(season.status, 201) << season.text;
  EXPECT_EQ(Get("/api/v1/price-seasons", rep).status, 200);

  json base = MakeList("测试基础价", kind);
  json line = SetLine(base, base["version"], sbs, "5200");
  EXPECT_EQ(line["lines"][0]["unit_price"], "5200.0000");
  EXPECT_EQ(line["lines"][0]["net_price"], "4601.7699");   // 5200 / 1.13
  EXPECT_EQ(Quote(rep, cid, sbs).body["source"], "none");  // a draft prices nothing
  Activate(line);
  Resp quoted = Quote(rep, cid, sbs, "&qty=10&date=2026-01-05");
  ASSERT_EQ(quoted.status, 200) << quoted.text;
  EXPECT_EQ(quoted.body["source"], "base_list");
  EXPECT_EQ(quoted.body["unit_price"], "5200.0000");
  EXPECT_EQ(quoted.body["rule_name"], "测试基础价");
  EXPECT_EQ(quoted.body["may_go_below_floor"], false);

  json peak = MakeList("测试旺季价", kind, season.body["id"]);
  Activate(SetLine(peak, peak["version"], sbs, "5600"));
  Resp in_season = Quote(rep, cid, sbs, "&date=2026-06-01");
  EXPECT_EQ(in_season.body["source"], "season_list");
  EXPECT_EQ(in_season.body["unit_price"], "5600.0000");
  EXPECT_EQ(Quote(rep, cid, sbs, "&date=2026-12-01").body["source"], "base_list");

  // A second active list with the same key and overlapping validity is refused.
  json twin = MakeList("测试基础价二", kind);
  Resp overlap = Post("/api/v1/price-lists/" + twin["id"].dump() + "/activate", head_,
                      {{"version", twin["version"]}});
  EXPECT_EQ(overlap.status, 409) << overlap.text;
  EXPECT_EQ(overlap.body["code"], "catalog.price_list.overlaps");

  Resp floor = Post("/api/v1/price-floors", head_,
                    {{"product_id", sbs}, {"floor", "4800"}, {"valid_from", "2026-01-01"}});
  ASSERT_EQ(floor.status, 201) << floor.text;
  Resp kind_floor = Post("/api/v1/price-floors", head_,
                         {{"product_id", sbs},
                          {"customer_kind", kind},
                          {"floor", "4700.5"},
                          {"valid_from", "2026-01-01"}});
  ASSERT_EQ(kind_floor.status, 201) << kind_floor.text;
  EXPECT_EQ(Quote(head_, cid, sbs).body["floor"], "4700.5000");
  EXPECT_EQ(Quote(head_, cid, sbs).body["may_go_below_floor"], true);
  EXPECT_EQ(Post("/api/v1/price-floors", rep,
                 {{"product_id", sbs}, {"floor", "1"}, {"valid_from", "2026-01-01"}})
                .status,
            403);

  Resp lists = Get("/api/v1/price-lists?status=active", rep);
  ASSERT_EQ(lists.status, 200) << lists.text;
  EXPECT_EQ(lists.body["total"], 2);
  EXPECT_EQ(lists.body["items"][0]["actions"], json::array());
  Resp xlsx = Get("/api/v1/price-lists/" + base["id"].dump() + "/export.xlsx", rep);
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_NE(xlsx.text.find("PK"), std::string::npos);  // a zip
  Resp history = Get(product_history, rep);
  ASSERT_EQ(history.status, 200) << history.text;
  EXPECT_EQ(history.body["total"], changes + 4);  // two lines, two floors
  EXPECT_EQ(history.body["items"][0]["user_login"], "head.li");
  EXPECT_EQ(CountAudit("price_list", "activate"), activations + 2);

  Resp closed =
      Post("/api/v1/price-lists/" + peak["id"].dump() + "/close", head_,
           {{"version", Get("/api/v1/price-lists/" + peak["id"].dump(), head_).body["version"]}});
  EXPECT_EQ(closed.status, 200) << closed.text;
  EXPECT_EQ(Quote(rep, cid, sbs, "&date=2026-06-01").body["source"], "base_list");
}

TEST_P(PricesApi, TheProposerCannotApproveTheirOwnChange) {
  const json customer = NorthernCustomer();
  const int64_t cid = customer["id"];
  const int64_t sbs = ProductId("I-D");
  Caller deputy = LoginApi("deputy.wang");
  const int64_t approvals = CountAudit("price_request", "approve");
  const int64_t agreements = CountAudit("customer_price", "create");
  json proposal = {{"rule_kind", "customer_price"},
                   {"product_id", sbs},
                   {"customer_id", cid},
                   {"new_price", "5050"},
                   {"effective_from", "2026-05-01"},
                   {"reason", "年度协议"}};
  EXPECT_EQ(Post("/api/v1/price-requests", head_, proposal).status, 403);  // sets, not proposes
  Resp proposed = Post("/api/v1/price-requests", deputy, proposal);
  ASSERT_EQ(proposed.status, 201) << proposed.text;
  EXPECT_EQ(proposed.body["status"], "pending");
  EXPECT_EQ(proposed.body["actions"], (json{"withdraw"}));
  const std::string path = "/api/v1/price-requests/" + proposed.body["id"].dump();
  EXPECT_EQ(Post(path + "/approve", deputy, {{"version", 1}}).status, 403);

  // Someone holding both permissions still cannot decide their own proposal.
  Resp own = Post("/api/v1/price-requests", admin_, proposal);
  ASSERT_EQ(own.status, 201) << own.text;
  EXPECT_EQ(own.body["actions"], (json{"withdraw"}));
  Resp refused = Post("/api/v1/price-requests/" + own.body["id"].dump() + "/approve", admin_,
                      {{"version", 1}});
  EXPECT_EQ(refused.status, 422) << refused.text;
  EXPECT_EQ(refused.body["code"], "catalog.price_request.own_request");

  Resp inbox = Get("/api/v1/inbox", head_);
  ASSERT_EQ(inbox.status, 200) << inbox.text;
  // The two proposals beside the demo's own pending one.
  EXPECT_EQ(inbox.body["counts"]["price_change_to_approve"], 3) << inbox.text;
  EXPECT_EQ(Get("/api/v1/price-requests?to_decide=true", head_).body["total"], 3);
  EXPECT_EQ(Get(path, head_).body["actions"], (json{"approve", "reject"}));

  Resp approved = Post(path + "/approve", head_, {{"version", 1}, {"note", "同意"}});
  ASSERT_EQ(approved.status, 200) << approved.text;
  EXPECT_EQ(approved.body["status"], "approved");
  EXPECT_EQ(approved.body["decided_by_name"], "李志远");
  Resp quoted = Quote(deputy, cid, sbs, "&date=2026-05-01");
  EXPECT_EQ(quoted.body["source"], "customer_price");
  EXPECT_EQ(quoted.body["unit_price"], "5050.0000");
  Resp history = Get("/api/v1/price-history?customer_id=" + std::to_string(cid), deputy);
  ASSERT_EQ(history.status, 200) << history.text;
  EXPECT_EQ(history.body["items"][0]["change_id"], proposed.body["id"]);
  EXPECT_EQ(history.body["items"][0]["new_price"], "5050.0000");
  EXPECT_EQ(Post(path + "/approve", head_, {{"version", 2}}).status, 422);  // decided
  Resp rejected = Post("/api/v1/price-requests/" + own.body["id"].dump() + "/reject", head_,
                       {{"version", 1}, {"note", "价格过低"}});
  EXPECT_EQ(rejected.status, 200) << rejected.text;
  EXPECT_EQ(CountAudit("price_request", "approve"), approvals + 1);
  EXPECT_EQ(CountAudit("customer_price", "create"), agreements + 1);
}

TEST_P(PricesApi, TheProposerWithdrawsAPendingChangeAndOnlyTheProposer) {
  const int64_t cid = NorthernCustomer()["id"];
  const int64_t sbs = ProductId("I-D");
  Caller deputy = LoginApi("deputy.wang");
  Resp proposed = Post("/api/v1/price-requests", deputy,
                       {{"rule_kind", "customer_price"},
                        {"product_id", sbs},
                        {"customer_id", cid},
                        {"new_price", "5020"},
                        {"effective_from", "2026-07-01"},
                        {"reason", "客户承诺增量"}});
  ASSERT_EQ(proposed.status, 201) << proposed.text;
  const std::string path = "/api/v1/price-requests/" + proposed.body["id"].dump();
  const int64_t to_decide = Total("/api/v1/price-requests?to_decide=true", head_);
  EXPECT_EQ(Get(path, head_).body["actions"], (json{"approve", "reject"}));
  EXPECT_EQ(Post(path + "/withdraw", head_, {{"version", 1}}).status, 403);  // not the proposer
  Resp withdrawn = Post(path + "/withdraw", deputy, {{"version", 1}, {"note", "客户改主意"}});
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.text;
  EXPECT_EQ(withdrawn.body["status"], "withdrawn");
  EXPECT_EQ(withdrawn.body["actions"], json::array());
  EXPECT_EQ(withdrawn.body["decided_by_name"], "");  // nobody decided it
  EXPECT_EQ(Total("/api/v1/price-requests?to_decide=true", head_), to_decide - 1);
  EXPECT_EQ(Total("/api/v1/price-requests?status=withdrawn", deputy), 1);
  Resp late = Post(path + "/approve", head_, {{"version", 2}});
  EXPECT_EQ(late.status, 422) << late.text;
  EXPECT_EQ(Quote(deputy, cid, sbs, "&date=2026-07-02").body["unit_price"] == "5020.0000", false);
  EXPECT_EQ(CountAudit("price_request", "withdraw"), 1);
}

TEST_P(PricesApi, ACustomerOutOfScopeIsNotFound) {
  const int64_t cid = NorthernCustomer()["id"];
  const int64_t sbs = ProductId("I-D");
  Caller south = LoginApi("rep.chen");
  Caller north = LoginApi("rep.zhang");
  const int64_t south_seen = Total("/api/v1/customer-prices", south);
  const int64_t north_seen = Total("/api/v1/customer-prices", north);
  const std::string product_history = "/api/v1/price-history?product_id=" + std::to_string(sbs);
  const int64_t south_history = Total(product_history, south);
  const int64_t north_history = Total(product_history, north);
  EXPECT_EQ(Quote(south, cid, sbs).status, 404);
  EXPECT_EQ(Get("/api/v1/customer-prices?customer_id=" + std::to_string(cid), south).status, 404);
  EXPECT_EQ(Get("/api/v1/price-history?customer_id=" + std::to_string(cid), south).status, 404);
  EXPECT_EQ(Post("/api/v1/price-requests", south,
                 {{"rule_kind", "customer_price"},
                  {"product_id", sbs},
                  {"customer_id", cid},
                  {"new_price", "5000"},
                  {"effective_from", "2026-06-01"}})
                .status,
            404);
  Resp set = Post("/api/v1/customer-prices", head_,
                  {{"customer_id", cid},
                   {"product_id", sbs},
                   {"unit_price", "5100"},
                   {"valid_from", "2026-05-01"}});
  ASSERT_EQ(set.status, 201) << set.text;
  EXPECT_EQ(Total("/api/v1/customer-prices", south), south_seen);
  EXPECT_EQ(Total("/api/v1/customer-prices", north), north_seen + 1);
  // The product's history counts only what the reader sees: the items and the total.
  Resp south_page = Get(product_history + "&size=200", south);
  ASSERT_EQ(south_page.status, 200) << south_page.text;
  EXPECT_EQ(south_page.body["total"], south_history);
  EXPECT_EQ(south_page.body["items"].size(), static_cast<size_t>(south_history));
  EXPECT_EQ(Total(product_history, north), north_history + 1);
  // The Excel export reads the same rows, headers in the reader's language.
  Resp sheet = Get("/api/v1/price-history/export.xlsx?product_id=" + std::to_string(sbs), south);
  ASSERT_EQ(sheet.status, 200) << sheet.text.substr(0, 300);
  Result<http::Table> table = http::ReadTable(sheet.text, http::kXlsxMediaType);
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->header[0], "时间");
  EXPECT_EQ(table->header[7], "原价");
  EXPECT_EQ(table->rows.size(), static_cast<size_t>(south_history));
  EXPECT_EQ(Get("/api/v1/price-history/export.xlsx", south).status, 400);  // needs a key
  EXPECT_EQ(Quote(south, 99999999, sbs).status, 404);
}

TEST_P(PricesApi, BadInputIsAFieldErrorAndChangesNothing) {
  const int64_t cid = NorthernCustomer()["id"];
  const int64_t sbs = ProductId("I-D");
  const std::string product_history = "/api/v1/price-history?product_id=" + std::to_string(sbs);
  const int64_t changes = Total(product_history, head_);
  const int64_t agreed = Total("/api/v1/customer-prices", head_);
  const size_t floors = Get("/api/v1/price-floors", head_).body["items"].size();
  json list = MakeList("测试", "dealer");
  const std::string lines = "/api/v1/price-lists/" + list["id"].dump() + "/lines";
  struct Case {
    json body;
    std::string field;
    std::string code;
  };
  const Case cases[] = {
      {{{"version", 1}, {"product_id", sbs}, {"unit_price", "5200.12345"}},
       "unit_price",
       "catalog.price.invalid"},
      {{{"version", 1}, {"product_id", sbs}, {"unit_price", "-1"}},
       "unit_price",
       "catalog.price.negative"},
      {{{"version", 1}, {"product_id", 99999999}, {"unit_price", "5200"}},
       "product_id",
       "catalog.price.product_unknown"},
      {{{"version", 1}, {"product_id", sbs}, {"unit_price", "5200"}, {"min_qty", "-5"}},
       "min_qty",
       "catalog.price.min_qty_negative"},
  };
  for (const Case& c : cases) {
    Resp r = Put(lines, head_, c.body);
    EXPECT_EQ(r.status, 400) << r.text;
    EXPECT_TRUE(FieldSet(r).count(c.field + ":" + c.code)) << r.text;
  }
  EXPECT_EQ(Get("/api/v1/price-lists/" + list["id"].dump(), head_).body["line_count"], 0);
  Resp reversed = Post("/api/v1/customer-prices", head_,
                       {{"customer_id", cid},
                        {"product_id", sbs},
                        {"unit_price", "5100"},
                        {"valid_from", "2026-05-01"},
                        {"valid_to", "2026-04-01"}});
  EXPECT_EQ(reversed.status, 400);
  EXPECT_TRUE(FieldSet(reversed).count("valid_to:catalog.price.period_reversed")) << reversed.text;
  Resp english = Call("POST", "/api/v1/price-floors", &head_,
                      json{{"product_id", sbs}, {"floor", "1.00001"}, {"valid_from", "x"}}.dump(),
                      {{"Accept-Language", "en-US"}});
  EXPECT_EQ(english.status, 400);
  EXPECT_TRUE(FieldSet(english).count("floor:catalog.price.invalid")) << english.text;
  EXPECT_NE(english.text.find("at most four decimals"), std::string::npos) << english.text;
  EXPECT_EQ(Post("/api/v1/price-seasons", head_,
                 {{"name", "坏季"}, {"starts", "02-30"}, {"ends", "13-01"}})
                .status,
            400);
  EXPECT_EQ(Total(product_history, head_), changes);
  EXPECT_EQ(Total("/api/v1/customer-prices", head_), agreed);
  EXPECT_EQ(Get("/api/v1/price-floors", head_).body["items"].size(), floors);
}

SD_API_BACKENDS(PricesApi);

}  // namespace
}  // namespace sd::testing
