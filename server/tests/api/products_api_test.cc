// The catalog through the API on SQLite and PostgreSQL: every sales position reads it, the head
// of sales and back office maintain it (product.manage), bad input is a field error in the
// caller's language and changes nothing, imports are all or nothing, exports carry headers in
// the request's language, and every change is audited with its fields named.
#include <set>

#include "catalog/product_import.h"
#include "http/table_reader.h"
#include "http/xlsx.h"
#include "staff_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr int64_t kDemoProducts = 27;

class ProductsApi : public StaffApiTest {
 protected:
  int64_t LineId(const std::string& code) {
    Resp r = Get("/api/v1/product-lines", admin_);
    for (const json& l : r.body["items"]) {
      if (l["code"] == code) return l["id"];
    }
    ADD_FAILURE() << "no product line " << code << ": " << r.text;
    return 0;
  }

  int64_t Total(const std::string& query = "") {
    Resp r = Get("/api/v1/products?size=1" + query, admin_);
    EXPECT_EQ(r.status, 200) << r.text;
    return r.body.value("total", int64_t{-1});
  }

  json Solvent() {
    return {{"name", "助溶剂"},
            {"spec", "RJ-9 测试"},
            {"product_line_id", LineId("SOLVENT")},
            {"base_unit", "kg"},
            {"units", {{{"unit", "drum"}, {"factor", "200"}}, {{"unit", "t"}, {"factor", "1000"}}}},
            {"tax_rate", "0.13"},
            {"standard_cost", "12.35"},
            {"source", "bought"},
            {"package", "桶装"}};
  }

  Resp Upload(const std::string& bytes, const Caller& who, const std::string& query = "") {
    return Call("POST", "/api/v1/products/import" + query, &who, bytes, {{"Content-Type", kXlsx}});
  }
};

TEST_P(ProductsApi, SalesPositionsReadBackOfficeAndTheHeadMaintain) {
  Caller office = LoginApi("office.ma");  // 销售内勤
  Caller rep = LoginApi("rep.zhang");
  for (const char* login : {"rep.zhang", "head.li", "deputy.wang", "office.yang", "online.lin",
                            "trade.xu", "finance.zhao", "qa.song"}) {
    EXPECT_EQ(Get("/api/v1/products", LoginApi(login)).status, 200) << login;
  }
  EXPECT_EQ(Total(), kDemoProducts);
  const int64_t creates = CountAudit("product", "create");

  EXPECT_EQ(Post("/api/v1/products", rep, Solvent()).status, 403);
  Resp made = Post("/api/v1/products", office, Solvent());
  ASSERT_EQ(made.status, 201) << made.text;
  EXPECT_EQ(made.body["code"], "P00028");  // after the demo's 27
  EXPECT_EQ(made.body["mnemonic"], "zrj");
  EXPECT_EQ(made.body["units"][0], (json{{"unit", "drum"}, {"factor", "200.0000"}}));
  EXPECT_EQ(made.body["tax_rate"], "0.1300");
  EXPECT_EQ(made.body["standard_cost"], "12.35");
  EXPECT_EQ(made.body["status"], "active");
  EXPECT_EQ(made.body["actions"], (json{"update", "discontinue"}));
  EXPECT_EQ(CountAudit("product", "create"), creates + 1);
  const std::string path = "/api/v1/products/" + made.body["id"].dump();

  Resp seen = Get(path, rep);
  ASSERT_EQ(seen.status, 200) << seen.text;
  EXPECT_EQ(seen.body["actions"], json::array());
  EXPECT_EQ(Patch(path, rep, {{"version", 1}, {"notes", "x"}}).status, 403);
  EXPECT_EQ(Post(path + "/discontinue", rep, {{"version", 1}}).status, 403);

  Resp changed = Patch(path, LoginApi("head.li"),
                       {{"version", 1}, {"standard_cost", "13.00"}, {"units", json::array()}});
  ASSERT_EQ(changed.status, 200) << changed.text;
  EXPECT_EQ(changed.body["version"], 2);
  EXPECT_EQ(changed.body["units"], json::array());
  Resp stale = Patch(path, office, {{"version", 1}, {"notes", "旧版本"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["code"], "common.version_conflict");

  Resp stopped = Post(path + "/discontinue", office, {{"version", 2}});
  ASSERT_EQ(stopped.status, 200) << stopped.text;
  EXPECT_EQ(stopped.body["status"], "discontinued");
  EXPECT_EQ(stopped.body["actions"], (json{"update", "reactivate"}));
  Resp again = Post(path + "/discontinue", office, {{"version", 3}});
  EXPECT_EQ(again.status, 422);
  EXPECT_EQ(again.body["code"], "catalog.product.action_not_allowed");
  Resp back = Post(path + "/reactivate", office, {{"version", 3}});
  ASSERT_EQ(back.status, 200) << back.text;
  EXPECT_EQ(back.body["status"], "active");
  EXPECT_EQ(Get("/api/v1/products/999999", rep).status, 404);

  // The audit log names the fields and the values as a reader reads them.
  Resp log = Get("/api/v1/audit?entity=product&entity_id=" + made.body["id"].dump(), admin_);
  ASSERT_EQ(log.status, 200) << log.text;
  ASSERT_EQ(log.body["items"].size(), 4u) << log.text;
  const json& update = log.body["items"][2];
  EXPECT_EQ(update["action"], "update");
  std::set<std::string> changes;
  for (const json& c : update["changes"]) {
    changes.insert(c["label"].get<std::string>() + ":" + c["before"].get<std::string>() + "→" +
                   c["after"].get<std::string>());
  }
  EXPECT_TRUE(changes.count("标准成本:12.35→13.00")) << update.dump();
  EXPECT_EQ(log.body["items"][1]["action_label"], "停售");
  EXPECT_EQ(log.body["items"][3]["subject"], "P00028 助溶剂 RJ-9 测试");
}

TEST_P(ProductsApi, ListSearchesFiltersSortsAndPages) {
  Caller rep = LoginApi("rep.chen");
  EXPECT_EQ(Total("&q=70%23"), 2);              // 70# A级 and its imported twin
  EXPECT_EQ(Total("&q=XJF"), 3);                // 橡胶粉 by its initials, any case
  EXPECT_EQ(Total("&q=i-d"), 2);                // by specification
  EXPECT_EQ(Total("&q=P00001"), 1);             // by code
  EXPECT_EQ(Total("&status=discontinued"), 1);  // 110# B级
  EXPECT_EQ(Total("&source=bought&product_line_id=" + std::to_string(LineId("ROAD"))), 3);
  EXPECT_EQ(Total("&product_line_id=" + std::to_string(LineId("EQUIP"))), 6);
  Resp page = Get("/api/v1/products?sort=name&size=5&page=2", rep);
  ASSERT_EQ(page.status, 200) << page.text;
  EXPECT_EQ(page.body["total"], kDemoProducts);
  EXPECT_EQ(page.body["items"].size(), 5u);
  Resp first = Get("/api/v1/products?sort=code&size=1", rep);
  EXPECT_EQ(first.body["items"][0]["code"], "P00001");
  EXPECT_EQ(first.body["items"][0]["units"][0]["factor"], "0.0010");
  Resp bad = Get("/api/v1/products?sort=price&status=gone&source=x", rep);
  EXPECT_EQ(bad.status, 400);
}

TEST_P(ProductsApi, BadInputIsAFieldErrorInBothLanguagesAndChangesNothing) {
  Caller office = LoginApi("office.ma");
  const int64_t before = Total();
  const int64_t creates = CountAudit("product", "create");
  json body = Solvent();
  body["base_unit"] = "ton";
  body["units"] = {{{"unit", "drum"}, {"factor", "0"}},
                   {{"unit", "crate"}, {"factor", "1"}},
                   {{"unit", "t"}, {"factor", "0.00001"}}};
  body["tax_rate"] = "0.17";
  body["standard_cost"] = "-1.00";
  body["product_line_id"] = 999999;
  Resp bad = Post("/api/v1/products", office, body);
  ASSERT_EQ(bad.status, 400) << bad.text;
  // The unreadable factor is refused while reading; the rest once the body reads.
  EXPECT_EQ(FieldSet(bad),
            (std::set<std::string>{"units[2].factor:catalog.product.factor_invalid"}));
  body["units"][2]["factor"] = "1000";
  bad = Post("/api/v1/products", office, body);
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(FieldSet(bad),
            (std::set<std::string>{"base_unit:catalog.product.unit_unknown",
                                   "units[0].factor:catalog.product.factor_not_positive",
                                   "units[1].unit:catalog.product.unit_unknown",
                                   "tax_rate:catalog.product.tax_rate_not_allowed",
                                   "standard_cost:catalog.product.cost_negative",
                                   "product_line_id:catalog.product.product_line_unknown"}));
  std::set<std::string> zh;
  for (const json& f : bad.body["fields"]) zh.insert(f["message"].get<std::string>());
  EXPECT_TRUE(zh.count("税率只能是 13%, 9%, 6%, 3%, 1%, 0%")) << bad.text;
  Caller english = office;
  english.locale = "en-US";
  Resp en = Post("/api/v1/products", english, body);
  std::set<std::string> messages;
  for (const json& f : en.body["fields"]) messages.insert(f["message"].get<std::string>());
  EXPECT_TRUE(messages.count("Unknown unit of measure: ton")) << en.text;
  EXPECT_TRUE(messages.count("The standard cost cannot be negative")) << en.text;

  json taken = Solvent();
  taken["code"] = "P00001";
  Resp dup = Post("/api/v1/products", office, taken);
  EXPECT_EQ(dup.status, 409) << dup.text;
  EXPECT_EQ(dup.body["code"], "catalog.product.code_taken");
  json fine = Solvent();
  fine["standard_cost"] = "1.234";
  Resp scale = Post("/api/v1/products", office, fine);
  EXPECT_EQ(FieldSet(scale), (std::set<std::string>{"standard_cost:common.money.invalid"}));
  EXPECT_EQ(Total(), before);
  EXPECT_EQ(CountAudit("product", "create"), creates);

  // A change refused leaves the product as it was.
  Resp p1 = Get("/api/v1/products?q=P00001", office);
  const json product = p1.body["items"][0];
  const std::string path = "/api/v1/products/" + product["id"].dump();
  Resp refused = Patch(path, office, {{"version", product["version"]}, {"code", "P00002"}});
  EXPECT_EQ(refused.status, 409) << refused.text;
  refused = Patch(path, office,
                  {{"version", product["version"]},
                   {"name", ""},
                   {"units", {{{"unit", "t"}, {"factor", "1"}}}}});
  EXPECT_EQ(FieldSet(refused),
            (std::set<std::string>{"name:common.field.required",
                                   "units[0].unit:catalog.product.unit_repeated"}));
  Resp same = Get(path, office);
  EXPECT_EQ(same.body["version"], product["version"]);
  EXPECT_EQ(same.body["name"], product["name"]);
  EXPECT_EQ(CountAudit("product", "update"), 0);
}

http::XlsxSheet Sheet(int n) {
  http::XlsxSheet s{"产品",
                    {"产品编码", "产品名称*", "规格/牌号", "产品线", "基本单位", "辅助单位", "税率",
                     "标准成本", "自产/外采", "包装"},
                    {}};
  for (int i = 1; i <= n; ++i) {
    s.rows.push_back({std::string(""), std::string("橡胶粉"), std::to_string(20 + i) + "0目",
                      std::string("RUBBER"), std::string("吨"), std::string("千克=0.001；袋=0.025"),
                      std::string("13%"), std::string("2400.50"), std::string("外采"),
                      std::string("25千克/袋")});
  }
  return s;
}

TEST_P(ProductsApi, ImportIsAllOrNothingWithRowErrors) {
  Caller office = LoginApi("office.ma");
  http::XlsxSheet sheet = Sheet(50);
  sheet.rows[3][4] = std::string("吨位");             // row 5: unknown unit
  sheet.rows[10][5] = std::string("千克=0");          // row 12: factor not positive
  sheet.rows[20][6] = std::string("17%");             // row 22: tax rate
  sheet.rows[30][3] = std::string("不存在的产品线");  // row 32
  sheet.rows[40][0] = std::string("P00001");          // row 42: taken
  sheet.rows[41][0] = std::string("X-1");             // rows 43 and 44: the same code twice
  sheet.rows[42][0] = std::string("X-1");
  sheet.rows[45][7] = std::string("-3");  // row 47: negative cost
  Result<std::string> bad = http::WriteXlsx({sheet});
  ASSERT_TRUE(bad.has_value());
  const int64_t before = Total();

  EXPECT_EQ(Upload(*bad, LoginApi("rep.zhang")).status, 403);
  Resp refused = Upload(*bad, office);
  ASSERT_EQ(refused.status, 422) << refused.text.substr(0, 2000);
  EXPECT_EQ(refused.body["code"], "catalog.import.rows_invalid");
  std::set<std::string> rows;
  for (const json& r : refused.body["rows"]) {
    rows.insert(r["row"].dump() + ":" + r["field"].get<std::string>() + ":" +
                r["code"].get<std::string>());
    EXPECT_FALSE(r["message"].get<std::string>().empty());
  }
  EXPECT_EQ(rows, (std::set<std::string>{"5:base_unit:catalog.product.unit_unknown",
                                         "12:units:catalog.product.factor_not_positive",
                                         "22:tax_rate:catalog.product.tax_rate_not_allowed",
                                         "32:product_line:catalog.import.product_line_unknown",
                                         "42:code:catalog.product.code_taken",
                                         "44:code:catalog.import.duplicate_in_file",
                                         "47:standard_cost:catalog.product.cost_negative"}));
  EXPECT_EQ(Total(), before);
  EXPECT_EQ(CountAudit("product", "import"), 0);

  Result<std::string> good = http::WriteXlsx({Sheet(50)});
  ASSERT_TRUE(good.has_value());
  Resp dry = Upload(*good, office, "?dry_run=true");
  ASSERT_EQ(dry.status, 200) << dry.text;
  EXPECT_EQ(dry.body["products"], 50);
  EXPECT_EQ(Total(), before);
  Resp done = Upload(*good, office);
  ASSERT_EQ(done.status, 200) << done.text.substr(0, 2000);
  EXPECT_EQ(done.body["imported"], 50);
  EXPECT_EQ(Total(), before + 50);
  EXPECT_EQ(CountAudit("product", "import"), 1);
  Resp one = Get("/api/v1/products?q=210目", office);
  ASSERT_EQ(one.body["total"], 1) << one.text;
  EXPECT_EQ(one.body["items"][0]["units"][1], (json{{"unit", "bag"}, {"factor", "0.0250"}}));
  EXPECT_EQ(one.body["items"][0]["source"], "bought");
  EXPECT_EQ(one.body["items"][0]["standard_cost"], "2400.50");
}

TEST_P(ProductsApi, ImportIsBounded) {
  // One row over the bound: refused with the bound named, nothing read into the catalog.
  Caller office = LoginApi("office.ma");
  std::string csv = "产品名称,产品线,基本单位\n";
  for (size_t i = 0; i <= catalog::kImportProductsMax; ++i) csv += "橡胶粉,RUBBER,吨\n";
  Resp r = Call("POST", "/api/v1/products/import?dry_run=true", &office, csv,
                {{"Content-Type", "text/csv"}});
  EXPECT_EQ(r.status, 413) << r.text.substr(0, 500);
  EXPECT_EQ(r.body["code"], "catalog.import.too_many_products");
  Resp missing = Call("POST", "/api/v1/products/import", &office, "产品名称,基本单位\n橡胶粉,吨\n",
                      {{"Content-Type", "text/csv"}});
  EXPECT_EQ(missing.status, 422) << missing.text;
  EXPECT_EQ(missing.body["code"], "catalog.import.column_missing");
  EXPECT_EQ(Total(), kDemoProducts);
}

TEST_P(ProductsApi, ExportHeadersFollowTheLanguageAndTheFileGoesBackIn) {
  Caller rep = LoginApi("rep.zhang");
  Resp zh =
      Get("/api/v1/products/export.xlsx?product_line_id=" + std::to_string(LineId("SOLVENT")), rep);
  ASSERT_EQ(zh.status, 200) << zh.text.substr(0, 500);
  EXPECT_EQ(zh.Header("Content-Type"), kXlsx);
  Result<http::Table> table = http::ReadTable(zh.text, kXlsx);
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->header, (std::vector<std::string>{"产品编码", "产品名称", "规格/牌号", "产品线",
                                                     "基本单位", "辅助单位", "税率", "标准成本",
                                                     "自产/外采", "包装", "状态", "备注"}));
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[0].cells[4], "千克");
  EXPECT_EQ(table->rows[0].cells[5], "桶=200.0000; 吨=1000.0000");
  EXPECT_EQ(table->rows[0].cells[6], "13%");
  EXPECT_EQ(table->rows[0].cells[8], "外采");

  Caller english = rep;
  english.locale = "en-US";
  Resp en = Get("/api/v1/products/export.xlsx", english);
  ASSERT_EQ(en.status, 200);
  Result<http::Table> en_table = http::ReadTable(en.text, kXlsx);
  ASSERT_TRUE(en_table.has_value());
  EXPECT_EQ(en_table->header[0], "Code");
  EXPECT_EQ(en_table->header[10], "Status");
  EXPECT_EQ(en_table->rows.size(), static_cast<size_t>(kDemoProducts));

  // The export reads back: with its codes the rows are taken; without them they are new.
  Caller office = LoginApi("office.ma");
  Resp taken = Upload(zh.text, office, "?dry_run=true");
  ASSERT_EQ(taken.status, 422) << taken.text.substr(0, 1000);
  EXPECT_EQ(taken.body["error_count"], 3);
  EXPECT_EQ(taken.body["rows"][0]["code"], "catalog.product.code_taken");
  http::XlsxSheet again{"Products", en_table->header, {}};
  for (const http::TableRow& r : en_table->rows) {
    std::vector<http::XlsxCell> cells(r.cells.begin(), r.cells.end());
    cells[0] = std::string("");
    again.rows.push_back(std::move(cells));
  }
  Result<std::string> bytes = http::WriteXlsx({again});
  ASSERT_TRUE(bytes.has_value());
  Resp dry = Upload(*bytes, office, "?dry_run=true");
  ASSERT_EQ(dry.status, 200) << dry.text.substr(0, 2000);
  EXPECT_EQ(dry.body["products"], kDemoProducts);
}

SD_API_BACKENDS(ProductsApi);

}  // namespace
}  // namespace sd::testing
