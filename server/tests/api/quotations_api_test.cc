// Quotations and exchange rates through the API on SQLite and PostgreSQL: a rep quotes a
// customer of theirs, submits (the number is taken then), sends and records the answer; scope
// holds (another group's rep reads 404); bad input is a field error that changes nothing; a
// foreign-trade clerk quotes in USD from an inquiry at finance's rate; the hourly job expires
// sent quotations past their validity; the below-floor step goes to the maker's superior and
// never the maker.
#include "base/clock.h"
#include "http/jobs.h"
#include "staff_fixture.h"
#include "unit/db/db_test_support.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class QuotationsApi : public StaffApiTest {
 protected:
  int64_t FirstCustomer(const Caller& who) {
    Resp r = Get("/api/v1/customers?size=1", who);
    EXPECT_EQ(r.status, 200) << r.text;
    EXPECT_FALSE(r.body["items"].empty()) << r.text;
    return r.body["items"].empty() ? 0 : r.body["items"][0]["id"].get<int64_t>();
  }

  int64_t ProductId(const std::string& code) {
    Resp r = Get("/api/v1/products?q=" + code, admin_);
    for (const json& p : r.body["items"]) {
      if (p["code"] == code) return p["id"];
    }
    ADD_FAILURE() << "no product " << code;
    return 0;
  }

  // SBS改性沥青 I-D, 100 t at 5,280.00; 道路石油沥青 70#, 20,000 kg at 4.15.
  json Body(int64_t customer) {
    return {{"customer_id", customer},
            {"validity_days", 15},
            {"payment_terms", "款到发货"},
            {"delivery_terms", "送到工地，运费含在单价中"},
            {"lines",
             {{{"product_id", ProductId("P00004")}, {"qty", "100"}, {"unit_price", "5280.00"}},
              {{"product_id", ProductId("P00009")},
               {"unit", "kg"},
               {"qty", "20000"},
               {"unit_price", "4.15"}}}}};
  }

  Resp Act(const json& q, const std::string& action, const Caller& who,
           const std::string& note = "") {
    return Post("/api/v1/quotations/" + q["id"].dump() + "/" + action, who,
                {{"version", q["version"]}, {"note", note}});
  }

  int64_t Count(const Caller& who) {
    Resp r = Get("/api/v1/quotations?size=1", who);
    EXPECT_EQ(r.status, 200) << r.text;
    return r.body.value("total", int64_t{-1});
  }

  // The number the next submitted quotation takes: after those the demo company issued.
  std::string NextNumber() {
    Resp r = Get("/api/v1/quotations?size=200", admin_);
    int64_t issued = 0;
    for (const json& q : r.body["items"]) {
      if (!q["number"].is_null()) ++issued;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "BJ-2026-%06lld", static_cast<long long>(issued + 1));
    return buf;
  }

  void RunJobs() {
    http::App app;
    app.db = db_.get();
    app.clock = &clock_;
    http::PeriodicJobs jobs(app);
    jobs.RunOnce();
  }
};

TEST_P(QuotationsApi, ARepQuotesSubmitsSendsAndTheCustomerAccepts) {
  Caller rep = LoginApi("rep.zhang");
  const int64_t customer = FirstCustomer(rep);
  const std::string number = NextNumber();
  const int64_t mine = Count(rep);
  const auto audits = [&](const char* action) { return CountAudit("quotation", action); };
  const int64_t creates = audits("create"), updates = audits("update"), submits = audits("submit"),
                sends = audits("send"), accepts = audits("accept");
  const int64_t accepted_before =
      Get("/api/v1/quotations?state=accepted&customer_id=" + std::to_string(customer), rep)
          .body["total"];
  Resp made = Post("/api/v1/quotations", rep, Body(customer));
  ASSERT_EQ(made.status, 201) << made.text;
  json q = made.body;
  EXPECT_EQ(q["state"], "draft");
  EXPECT_TRUE(q["number"].is_null());
  EXPECT_EQ(q["quoted_on"], "2026-05-29");  // the test clock, in Shanghai
  EXPECT_EQ(q["valid_until"], "2026-06-13");
  EXPECT_EQ(q["currency"], "CNY");
  EXPECT_EQ(q["fx_rate"], "1.000000");
  EXPECT_EQ(q["lines"][0]["gross"], "528000.00");
  EXPECT_EQ(q["lines"][0]["net"], "467256.64");
  EXPECT_EQ(q["lines"][0]["tax"], "60743.36");
  EXPECT_EQ(q["lines"][0]["tax_rate"], "0.1300");
  EXPECT_EQ(q["lines"][1]["unit"], "kg");
  EXPECT_EQ(q["lines"][1]["base_qty"], "20.0000");
  EXPECT_EQ(q["lines"][1]["gross"], "83000.00");
  EXPECT_EQ(q["gross"], "611000.00");
  EXPECT_EQ(q["gross_in_words"], "陆拾壹万壹仟元整");
  // The price policy's hints per line, in the line's unit: the demo's lists and floors for
  // this customer (P00009 is priced per tonne, quoted per kg).
  EXPECT_NE(q["lines"][0]["price_source"], "none");
  EXPECT_FALSE(q["lines"][0]["list_price"].is_null()) << q.dump();
  EXPECT_FALSE(q["lines"][0]["floor_price"].is_null()) << q.dump();
  ASSERT_FALSE(q["lines"][1]["floor_price"].is_null()) << q.dump();
  EXPECT_EQ(q["lines"][1]["floor_price"].get<std::string>().find('.'), 1u);  // 元/kg, not /t
  EXPECT_TRUE(q["lines_below_floor"].empty()) << q.dump();
  EXPECT_EQ(q["actions"], (json{"update", "submit", "cancel"}));
  EXPECT_EQ(audits("create"), creates + 1);

  // The draft changes in place, by version.
  json body = Body(customer);
  body["version"] = q["version"];
  body["lines"][0]["unit_price"] = "5250.00";
  Resp changed = Call("PUT", "/api/v1/quotations/" + q["id"].dump(), &rep, body.dump());
  ASSERT_EQ(changed.status, 200) << changed.text;
  EXPECT_EQ(changed.body["gross"], "608000.00");
  EXPECT_EQ(Call("PUT", "/api/v1/quotations/" + q["id"].dump(), &rep, body.dump()).status, 409);
  q = changed.body;

  // Submit takes the number; no floor is broken, so it is ready to send at once.
  Resp submitted = Act(q, "submit", rep);
  ASSERT_EQ(submitted.status, 200) << submitted.text;
  EXPECT_EQ(submitted.body["number"], number);
  EXPECT_EQ(submitted.body["state"], "approved");
  EXPECT_EQ(submitted.body["actions"], (json{"send", "cancel"}));
  body["version"] = submitted.body["version"];
  EXPECT_EQ(Call("PUT", "/api/v1/quotations/" + q["id"].dump(), &rep, body.dump()).status, 422);
  EXPECT_EQ(Act(submitted.body, "accept", rep).status, 422);  // not sent yet

  Resp sent = Act(submitted.body, "send", rep);
  ASSERT_EQ(sent.status, 200) << sent.text;
  EXPECT_EQ(sent.body["state"], "sent");
  EXPECT_EQ(sent.body["sent_on"], "2026-05-29");
  EXPECT_EQ(sent.body["actions"], (json{"accept", "reject"}));
  Resp accepted = Act(sent.body, "accept", rep, "客户电话确认");
  ASSERT_EQ(accepted.status, 200) << accepted.text;
  EXPECT_EQ(accepted.body["state"], "accepted");
  EXPECT_EQ(accepted.body["actions"], json::array());
  EXPECT_EQ(audits("update"), updates + 1);
  EXPECT_EQ(audits("submit"), submits + 1);
  EXPECT_EQ(audits("send"), sends + 1);
  EXPECT_EQ(audits("accept"), accepts + 1);

  // A second quotation takes the next number; an abandoned draft takes none.
  ASSERT_EQ(Post("/api/v1/quotations", rep, Body(customer)).status, 201);
  const std::string next = NextNumber();
  Resp second = Post("/api/v1/quotations", rep, Body(customer));
  Resp numbered = Act(second.body, "submit", rep);
  EXPECT_EQ(numbered.body["number"], next);

  // The timeline reads the audit in the reader's language; comments hang off the quotation.
  const std::string path = "/api/v1/quotations/" + q["id"].dump();
  ASSERT_EQ(Post(path + "/comments", rep, {{"body", "客户要求月底前供货"}}).status, 201);
  Resp timeline = Get(path + "/timeline", rep);
  ASSERT_EQ(timeline.status, 200) << timeline.text;
  EXPECT_GE(timeline.body["items"].size(), 6u);
  std::set<std::string> labels;
  for (const json& e : timeline.body["items"]) labels.insert(e.value("action_label", ""));
  EXPECT_TRUE(labels.count("客户接受")) << timeline.text;
  EXPECT_TRUE(labels.count("发送客户")) << timeline.text;

  Resp list = Get("/api/v1/quotations?state=accepted&customer_id=" + std::to_string(customer), rep);
  ASSERT_EQ(list.status, 200) << list.text;
  EXPECT_EQ(list.body["total"], accepted_before + 1);
  EXPECT_EQ(Get("/api/v1/quotations?number=" + next.substr(8), rep).body["total"], 1);
  // A whole number, or year and sequence, is a range of the number's index; the same rows.
  EXPECT_EQ(Get("/api/v1/quotations?number=" + next, rep).body["total"], 1);
  EXPECT_EQ(Get("/api/v1/quotations?number=" + next.substr(3), rep).body["total"], 1);
  EXPECT_EQ(Get("/api/v1/quotations?number=" + next + "9", rep).body["total"], 0);
  Resp year = Get("/api/v1/quotations?size=200&number=" + next.substr(3, 5), rep);
  ASSERT_EQ(year.status, 200) << year.text;
  EXPECT_GE(year.body["total"], 1);
  EXPECT_EQ(year.body["total"], year.body["items"].size());
  for (const json& item : year.body["items"]) {
    EXPECT_EQ(item["number"].get<std::string>().substr(0, 8), next.substr(0, 8)) << item;
  }
  EXPECT_EQ(Get("/api/v1/quotations?from=2026-05-30", rep).body["total"], 0);
  EXPECT_EQ(Get("/api/v1/quotations?to=2026-05-29", rep).body["total"], mine + 3);
  EXPECT_EQ(Get("/api/v1/quotations?state=nonsense", rep).status, 400);
  Resp xlsx = Get("/api/v1/quotations/export.xlsx", rep);
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.Header("Content-Type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

TEST_P(QuotationsApi, OutOfScopeReadsAsNotFound) {
  Caller zhang = LoginApi("rep.zhang");
  Caller chen = LoginApi("rep.chen");  // the southern group
  Resp made = Post("/api/v1/quotations", zhang, Body(FirstCustomer(zhang)));
  ASSERT_EQ(made.status, 201) << made.text;
  const std::string path = "/api/v1/quotations/" + made.body["id"].dump();
  EXPECT_EQ(Get(path, chen).status, 404);
  EXPECT_EQ(Get(path + "/timeline", chen).status, 404);
  EXPECT_EQ(Get(path + "/comments", chen).status, 404);
  EXPECT_EQ(Act(made.body, "submit", chen).status, 404);
  EXPECT_EQ(Count(chen), 0);
  // Nor may chen quote zhang's customer.
  EXPECT_EQ(Post("/api/v1/quotations", chen, Body(FirstCustomer(zhang))).status, 404);
  // zhang's line manager and finance see it; quality may read but not quote.
  EXPECT_EQ(Get(path, LoginApi("deputy.wang")).status, 200);
  EXPECT_EQ(Get(path, LoginApi("deputy.zhou")).status, 404);
  EXPECT_EQ(Get(path, LoginApi("finance.zhao")).status, 200);
  EXPECT_EQ(Post("/api/v1/quotations", LoginApi("qa.song"), Body(FirstCustomer(zhang))).status,
            403);
  EXPECT_EQ(Get(path, LoginApi("deputy.wang")).body["actions"], json::array());
}

// The total is counted apart from the page (owned in scope + made outside it); both agree for
// every scope, also with a filter.
TEST_P(QuotationsApi, TheTotalIsTheRowsOfEveryScope) {
  for (const char* login : {"rep.zhang", "office.liu", "deputy.wang", "head.li", "trade.xu"}) {
    Caller who = LoginApi(login);
    for (const std::string query : {"", "&state=sent", "&number=BJ-"}) {
      Resp r = Get("/api/v1/quotations?size=200" + query, who);
      ASSERT_EQ(r.status, 200) << r.text;
      ASSERT_LT(r.body["total"].get<int64_t>(), 200) << "the demo fits one page";
      EXPECT_EQ(r.body["total"], r.body["items"].size()) << login << query;
    }
  }
}

TEST_P(QuotationsApi, BadInputIsAFieldErrorAndChangesNothing) {
  Caller rep = LoginApi("rep.zhang");
  const int64_t customer = FirstCustomer(rep);
  const int64_t creates = CountAudit("quotation", "create");
  const int64_t mine = Count(rep);
  auto fields = [&](const json& body) {
    Resp r = Post("/api/v1/quotations", rep, body);
    EXPECT_EQ(r.status, 400) << r.text;
    return FieldSet(r);
  };
  json b = Body(customer);
  b["lines"][0]["qty"] = "-5";
  b["lines"][1]["qty"] = "99999999";
  EXPECT_EQ(fields(b), (std::set<std::string>{"lines[0].qty:sales.quotation.qty_out_of_range",
                                              "lines[1].qty:sales.quotation.qty_out_of_range"}));
  b = Body(customer);
  b["lines"][0]["unit_price"] = "5280.12345";
  EXPECT_EQ(fields(b), (std::set<std::string>{"lines[0].unit_price:common.decimal.invalid"}));
  b = Body(customer);
  b["lines"][0]["product_id"] = 999999;
  b["lines"][1]["unit"] = "set";
  EXPECT_EQ(fields(b), (std::set<std::string>{"lines[0].product_id:sales.quotation.product_unknown",
                                              "lines[1].unit:sales.quotation.unit_unknown"}));
  b = Body(customer);
  b["lines"][0]["product_id"] = ProductId("P00013");  // discontinued
  EXPECT_EQ(fields(b),
            (std::set<std::string>{"lines[0].product_id:sales.quotation.product_discontinued"}));
  for (int days : {0, -3, 366}) {
    b = Body(customer);
    b["validity_days"] = days;
    EXPECT_EQ(fields(b), (std::set<std::string>{"validity_days:sales.quotation.validity_days"}));
  }
  b = Body(customer);
  b["quoted_on"] = "2026-04-01";  // 15 days: valid until 2026-04-16, before today
  EXPECT_EQ(fields(b), (std::set<std::string>{"validity_days:sales.quotation.validity_past"}));
  b = Body(customer);
  b["lines"] = json::array();
  b["currency"] = "USD";
  EXPECT_EQ(fields(b), (std::set<std::string>{"lines:sales.quotation.lines_required",
                                              "incoterm:sales.quotation.incoterm_required"}));
  b = Body(customer);
  b.erase("customer_id");
  EXPECT_EQ(fields(b), (std::set<std::string>{"customer_id:sales.quotation.party_required"}));
  Resp en = Call("POST", "/api/v1/quotations", &rep, R"({"lines": [{"product_id": 1,
    "qty": "0", "unit_price": "1"}], "customer_id": 1})",
                 {{"Accept-Language", "en-US"}});
  EXPECT_EQ(en.status, 400);
  EXPECT_EQ(CountAudit("quotation", "create"), creates);
  EXPECT_EQ(Count(rep), mine);
}

TEST_P(QuotationsApi, FinanceSetsRatesAndTradeQuotesInUsdFromAnInquiry) {
  Caller finance = LoginApi("finance.zhao");
  Caller trade = LoginApi("trade.xu");
  Resp inquiries = Get("/api/v1/inquiries?size=1", trade);
  ASSERT_EQ(inquiries.status, 200) << inquiries.text;
  ASSERT_FALSE(inquiries.body["items"].empty());
  const int64_t inquiry = inquiries.body["items"][0]["id"];
  json body = {
      {"lead_id", inquiry},
      {"currency", "USD"},
      {"incoterm", "FOB"},
      {"incoterm_place", "Shanghai"},
      {"payment_terms", "T/T 30% in advance, 70% against B/L copy"},
      {"validity_days", 30},
      {"lines", {{{"product_id", ProductId("P00004")}, {"qty", "200"}, {"unit_price", "735.50"}}}}};
  json euro = body;
  euro["currency"] = "EUR";  // the demo has a dollar rate, none for the euro
  Resp none = Post("/api/v1/quotations", trade, euro);
  ASSERT_EQ(none.status, 400) << none.text;
  EXPECT_EQ(FieldSet(none), (std::set<std::string>{"currency:sales.fx.no_rate"}));

  json rate = {{"currency", "USD"}, {"rate_on", "2026-05-20"}, {"rate", "7.1234"}};
  EXPECT_EQ(Post("/api/v1/fx-rates", trade, rate).status, 403);
  Resp set = Post("/api/v1/fx-rates", finance, rate);
  ASSERT_EQ(set.status, 200) << set.text;
  EXPECT_EQ(set.body["rate"], "7.123400");
  rate["rate"] = "7.12345678";
  EXPECT_EQ(FieldSet(Post("/api/v1/fx-rates", finance, rate)),
            (std::set<std::string>{"rate:sales.fx.rate_invalid"}));
  ASSERT_EQ(Post("/api/v1/fx-rates", finance,
                 {{"currency", "USD"}, {"rate_on", "2026-06-01"}, {"rate", "7.2"}})
                .status,
            200);
  ASSERT_EQ(Post("/api/v1/fx-rates", finance,
                 {{"currency", "JPY"}, {"rate_on", "2026-05-01"}, {"rate", "0.047823"}})
                .status,
            200);
  Resp on = Get("/api/v1/fx-rates/on?currency=USD&on=2026-05-31", trade);
  ASSERT_EQ(on.status, 200) << on.text;
  EXPECT_EQ(on.body["rate"], "7.123400");
  EXPECT_EQ(Get("/api/v1/fx-rates/on?currency=USD&on=2026-05-19", trade).status, 422);
  EXPECT_EQ(Get("/api/v1/fx-rates?currency=USD&from=2026-05-20&to=2026-06-01", trade)
                .body["items"]
                .size(),
            3u);  // with the demo's rate of the day

  Resp made = Post("/api/v1/quotations", trade, body);
  ASSERT_EQ(made.status, 201) << made.text;
  EXPECT_EQ(made.body["fx_rate"], "7.123400");
  EXPECT_EQ(made.body["gross"], "147100.00");
  EXPECT_EQ(made.body["tax"], "0.00");              // export: zero-rated
  EXPECT_EQ(made.body["gross_cny"], "1047852.14");  // 147,100 × 7.1234 = 1,047,852.14
  EXPECT_TRUE(made.body["gross_in_words"].is_null());
  EXPECT_FALSE(made.body["customer_name"].get<std::string>().empty());
  Resp submitted = Act(made.body, "submit", trade);
  ASSERT_EQ(submitted.status, 200) << submitted.text;
  EXPECT_EQ(submitted.body["state"], "approved");
  EXPECT_EQ(Act(submitted.body, "send", trade).body["state"], "sent");
  EXPECT_GE(Get("/api/v1/quotations?lead_id=" + std::to_string(inquiry), trade).body["total"], 1);
}

TEST_P(QuotationsApi, SentQuotationsExpireByTheHourlyJob) {
  Caller rep = LoginApi("rep.zhang");
  json body = Body(FirstCustomer(rep));
  body["validity_days"] = 5;
  Resp made = Post("/api/v1/quotations", rep, body);
  Resp sent = Act(Act(made.body, "submit", rep).body, "send", rep);
  ASSERT_EQ(sent.body["state"], "sent") << sent.text;
  const int64_t expired_before = CountAudit("quotation", "expire");
  RunJobs();  // still valid
  const std::string path = "/api/v1/quotations/" + made.body["id"].dump();
  EXPECT_EQ(Get(path, rep).body["state"], "sent");
  clock_.Advance(6 * kMicrosPerDay);
  rep = LoginApi("rep.zhang");
  EXPECT_EQ(Act(Get(path, rep).body, "accept", rep).status, 422);  // past its validity
  RunJobs();
  Resp expired = Get(path, rep);
  EXPECT_EQ(expired.body["state"], "expired");
  EXPECT_EQ(expired.body["actions"], json::array());
  // Ours, and the demo's sent with three days' validity.
  const int64_t expiries = CountAudit("quotation", "expire");
  EXPECT_GE(expiries, expired_before + 1);
  RunJobs();
  EXPECT_EQ(CountAudit("quotation", "expire"), expiries);
}

TEST_P(QuotationsApi, BelowTheFloorTheSuperiorDecidesNeverTheMaker) {
  Caller rep = LoginApi("rep.zhang");
  const std::string number = NextNumber();
  // 4,000 元/吨 for SBS I-D is below every floor the demo's price policy sets for it.
  json body = Body(FirstCustomer(rep));
  body["lines"][0]["unit_price"] = "4000.00";
  Resp made = Post("/api/v1/quotations", rep, body);
  ASSERT_EQ(made.status, 201) << made.text;
  EXPECT_FALSE(made.body["lines"][0]["floor_price"].is_null()) << made.text;
  const std::string path = "/api/v1/quotations/" + made.body["id"].dump();
  EXPECT_EQ(Get(path, rep).body["lines_below_floor"], (json{1}));
  Resp submitted = Act(made.body, "submit", rep);
  ASSERT_EQ(submitted.status, 200) << submitted.text;
  EXPECT_EQ(submitted.body["state"], "submitted");
  EXPECT_EQ(submitted.body["actions"], (json{"withdraw"}));
  EXPECT_EQ(Act(submitted.body, "send", rep).status, 422);
  Resp own = Act(submitted.body, "approve", rep);
  EXPECT_EQ(own.status, 422);
  EXPECT_EQ(own.body["code"], "sales.quotation.own_approval");
  // Another group's deputy is not the decider and does not see it.
  EXPECT_EQ(Act(submitted.body, "approve", LoginApi("deputy.zhou")).status, 404);

  Caller wang = LoginApi("deputy.wang");  // zhang's superior
  Resp inbox = Get("/api/v1/inbox", wang);
  ASSERT_EQ(inbox.status, 200) << inbox.text;
  bool listed = false;
  for (const json& i : inbox.body["items"]) {
    if (i["kind"] == "quotation_to_approve" && i["link"]["id"] == made.body["id"]) listed = true;
  }
  EXPECT_TRUE(listed) << inbox.text;
  EXPECT_EQ(Get(path, wang).body["actions"], (json{"approve", "decline"}));
  Resp declined = Act(submitted.body, "decline", wang, "价格太低，请重新核价");
  ASSERT_EQ(declined.status, 200) << declined.text;
  EXPECT_EQ(declined.body["state"], "draft");
  EXPECT_EQ(declined.body["number"], number);  // kept
  Resp again = Act(declined.body, "submit", rep);
  ASSERT_EQ(again.body["state"], "submitted") << again.text;
  EXPECT_EQ(again.body["number"], number);
  Resp approved = Act(again.body, "approve", wang, "同意，量大");
  ASSERT_EQ(approved.status, 200) << approved.text;
  EXPECT_EQ(approved.body["state"], "approved");
  EXPECT_EQ(Get(path, rep).body["actions"], (json{"send", "cancel"}));
  EXPECT_EQ(CountAudit("quotation", "approve"), 1);
}

TEST_P(QuotationsApi, TheMakerWithdrawsASubmittedQuotationAndOnlyTheMaker) {
  Caller rep = LoginApi("rep.zhang");
  Caller wang = LoginApi("deputy.wang");
  json body = Body(FirstCustomer(rep));
  body["lines"][0]["unit_price"] = "4000.00";
  Resp made = Post("/api/v1/quotations", rep, body);
  ASSERT_EQ(made.status, 201) << made.text;
  Resp submitted = Act(made.body, "submit", rep);
  ASSERT_EQ(submitted.body["state"], "submitted") << submitted.text;
  const json number = submitted.body["number"];
  auto waiting = [&] {
    const Resp inbox = Get("/api/v1/inbox", wang);
    for (const json& i : inbox.body["items"]) {
      if (i["kind"] == "quotation_to_approve" && i["link"]["id"] == made.body["id"]) return true;
    }
    return false;
  };
  EXPECT_TRUE(waiting());
  // The decider cannot withdraw it for the maker.
  Resp by_wang = Act(submitted.body, "withdraw", wang);
  EXPECT_EQ(by_wang.status, 403) << by_wang.text;
  Resp withdrawn = Act(submitted.body, "withdraw", rep, "单价再核");
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.text;
  EXPECT_EQ(withdrawn.body["state"], "draft");
  EXPECT_EQ(withdrawn.body["number"], number);  // kept
  EXPECT_FALSE(waiting());
  // Nothing is left to decide: the step is withdrawn, not decided by anyone.
  EXPECT_EQ(Act(submitted.body, "approve", wang).status, 409);  // stale version
  Resp late = Act(withdrawn.body, "approve", wang);
  EXPECT_NE(late.status, 200) << late.text;
  EXPECT_EQ(CountAudit("quotation", "withdraw"), 1);
  // Revised and submitted again, it waits for the superior once more.
  Resp again = Act(withdrawn.body, "submit", rep);
  ASSERT_EQ(again.body["state"], "submitted") << again.text;
  EXPECT_EQ(again.body["number"], number);
  EXPECT_TRUE(waiting());
}

SD_API_BACKENDS(QuotationsApi);

}  // namespace
}  // namespace sd::testing
