// Customer import and export through the API on SQLite and PostgreSQL: all-or-nothing imports
// with row errors, dry runs, GBK CSV, and exports limited to the caller's data scope and audited.
#include <set>
#include <string>
#include <vector>

#include "http/table_reader.h"
#include "http/xlsx.h"
#include "support/test_server.h"

namespace sd::testing {
namespace {

using nlohmann::json;

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// A valid unified social credit code for serial i (GB 11714 organization code + GB 32100
// check character), unlike any in the demo company.
std::string CreditCode(int i) {
  char serial[16];
  std::snprintf(serial, sizeof serial, "%08d", 70'000'000 + i);
  static constexpr int kOrg[] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int k = 0; k < 8; ++k) sum += (serial[k] - '0') * kOrg[k];
  const int check = 11 - sum % 11;
  std::string code =
      std::string("91430600") + serial + (check == 10 ? 'X' : static_cast<char>('0' + check % 11));
  static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr int kWeights[] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                     29, 25, 13, 8,  24, 10, 30, 28};
  int total = 0;
  for (size_t k = 0; k < 17; ++k) {
    total += static_cast<int>(kAlphabet.find(code[k])) * kWeights[k];
  }
  return code + kAlphabet[static_cast<size_t>((31 - total % 31) % 31)];
}

std::string Name(int i) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "测试导入客户%04d号", i);
  return std::string(buf) + "有限公司";
}

class ImportApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = LoginApi("admin");
  }

  // n customers owned by E005, each with one contact; the header is the template's.
  static http::XlsxSheet Customers(int n) {
    http::XlsxSheet s{"客户",
                      {"客户名称*", "统一社会信用代码", "客户分类", "片区", "负责人（工号）",
                       "联系人", "联系人手机", "信用额度"},
                      {}};
    for (int i = 1; i <= n; ++i) {
      char mobile[16];
      std::snprintf(mobile, sizeof mobile, "139%08d", i);
      s.rows.push_back({Name(i), CreditCode(i), std::string(i % 2 ? "重点客户" : "regular"),
                        std::string("430600"), std::string("E005"), "联系人" + std::to_string(i),
                        std::string(mobile), int64_t{i % 7 * 1000}});
    }
    return s;
  }

  Resp Upload(const std::string& query, const std::string& body, const Caller& who,
              const char* type = kXlsx) {
    return Call("POST", "/api/v1/customers/import" + query, &who, body, {{"Content-Type", type}});
  }

  int64_t CustomerTotal() {
    Resp r = Get("/api/v1/customers?size=1", admin_);
    EXPECT_EQ(r.status, 200) << r.text;
    return r.body.value("total", int64_t{-1});
  }

  // A role adding customer.export with scope own to a demo account.
  void GrantExport(const std::string& login) {
    Resp role = Post("/api/v1/roles", admin_,
                     {{"code", "exporter"},
                      {"name", "导出"},
                      {"data_scope", "own"},
                      {"permissions", {"customer.export"}}});
    ASSERT_EQ(role.status, 201) << role.text;
    Resp found = Get("/api/v1/users?q=" + login, admin_);
    ASSERT_EQ(found.body["total"], 1) << found.text;
    const std::string path = "/api/v1/users/" + found.body["items"][0]["id"].dump();
    Resp user = Get(path, admin_);
    Resp patched = Call("PATCH", path, &admin_,
                        json{{"version", user.body["version"]}, {"roles", {"exporter"}}}.dump());
    ASSERT_EQ(patched.status, 200) << patched.text;
  }

  Caller admin_;
};

TEST_P(ImportApi, OneBadRowImportsNothingAndListsEveryBadRow) {
  Caller office = LoginApi("office.ma");  // 内勤: customer.import, supports E005
  http::XlsxSheet sheet = Customers(1000);
  sheet.rows[10][1] = std::string("91430600MA4L0ABCD1");  // row 12: bad check characters
  sheet.rows[500][0] = std::string("");                   // row 502: no name
  sheet.rows[900][0] = Name(2) + "集团";                  // row 902: row 3's company again
  sheet.rows[900][1] = std::string("");
  Result<std::string> bad = http::WriteXlsx({sheet});
  ASSERT_TRUE(bad.has_value());
  const int64_t before = CustomerTotal();
  const int64_t created_before = CountAudit("customer", "create");

  Resp refused = Upload("", *bad, office);
  ASSERT_EQ(refused.status, 422) << refused.text.substr(0, 2000);
  EXPECT_EQ(refused.body["code"], "crm.import.rows_invalid");
  std::set<std::string> rows;
  for (const json& r : refused.body["rows"]) {
    rows.insert(r["row"].dump() + ":" + r["field"].get<std::string>() + ":" +
                r["code"].get<std::string>());
    EXPECT_FALSE(r["message"].get<std::string>().empty());
  }
  EXPECT_EQ(rows, (std::set<std::string>{"12:credit_code:crm.credit_code.invalid",
                                         "502:name:common.field.required",
                                         "902:name:crm.import.duplicate_in_file"}));
  EXPECT_EQ(CustomerTotal(), before);
  EXPECT_EQ(CountAudit("customer", "create"), created_before);
  EXPECT_EQ(CountAudit("customer", "import"), 0);

  sheet.rows[10][1] = CreditCode(11);
  sheet.rows[500][0] = Name(501);
  sheet.rows[900][0] = Name(901);
  sheet.rows[900][1] = CreditCode(901);
  Result<std::string> fixed = http::WriteXlsx({sheet});
  ASSERT_TRUE(fixed.has_value());
  Resp done = Upload("?dry_run=false", *fixed, office);
  ASSERT_EQ(done.status, 200) << done.text.substr(0, 2000);
  EXPECT_EQ(done.body["imported"], 1000);
  EXPECT_EQ(done.body["contacts"], 1000);
  EXPECT_EQ(CustomerTotal(), before + 1000);
  EXPECT_EQ(CountAudit("customer", "create"), created_before + 1000);
  EXPECT_EQ(CountAudit("customer", "import"), 1);
  // The owner is rep.chen (E005): the customers are in his archive, found by name.
  Caller chen = LoginApi("rep.chen");
  Resp mine = Get("/api/v1/customers?q=" + std::string("测试导入客户0501"), chen);
  ASSERT_EQ(mine.status, 200) << mine.text;
  ASSERT_EQ(mine.body["total"], 1) << mine.text;
  EXPECT_EQ(mine.body["items"][0]["owner_name"], "陈磊");
  // Customers, contacts and audit records are written many rows to a statement: each customer
  // has its own contact and its own create record with its snapshot.
  const json found = mine.body["items"][0];
  Resp full = Get("/api/v1/customers/" + found["id"].dump(), chen);
  ASSERT_EQ(full.body["contacts"].size(), 1u) << full.text;
  EXPECT_EQ(full.body["contacts"][0]["mobile"], "13900000501");
  Resp audit =
      Get("/api/v1/audit?entity=customer&action=create&entity_id=" + found["id"].dump(), admin_);
  ASSERT_EQ(audit.body["items"].size(), 1u) << audit.text;
  EXPECT_EQ(audit.body["items"][0]["after"]["name"], found["name"]);
  EXPECT_EQ(audit.body["items"][0]["after"]["code"], found["code"]);
  // The same file again: every credit code is taken now.
  Resp again = Upload("", *fixed, office);
  ASSERT_EQ(again.status, 422);
  EXPECT_EQ(again.body["error_count"], 1000);
  EXPECT_EQ(again.body["rows"][0]["code"], "crm.customer.duplicate_credit_code");
}

TEST_P(ImportApi, DryRunPreviewsAndWritesNothing) {
  http::XlsxSheet sheet = Customers(30);
  // Row 6 repeats row 5's company with a second contact: one customer, two contacts.
  sheet.rows[4] = sheet.rows[3];
  sheet.rows[4][5] = std::string("第二联系人");
  sheet.rows[4][6] = std::string("13700000000");
  sheet.header.emplace_back("无关列");
  Result<std::string> bytes = http::WriteXlsx({sheet});
  ASSERT_TRUE(bytes.has_value());
  const int64_t before = CustomerTotal();
  Resp dry = Upload("?dry_run=true", *bytes, admin_);
  ASSERT_EQ(dry.status, 200) << dry.text;
  EXPECT_EQ(dry.body["customers"], 29);
  EXPECT_EQ(dry.body["contacts"], 30);
  EXPECT_EQ(dry.body["ignored_columns"], json::array({"无关列"}));
  ASSERT_EQ(dry.body["preview"].size(), 20u);
  const json& fourth = dry.body["preview"][3];
  EXPECT_EQ(fourth["row"], 5);
  EXPECT_EQ(fourth["region_name"], "岳阳市");
  EXPECT_EQ(fourth["owner_name"], "陈磊");
  EXPECT_EQ(fourth["class"], "regular");
  EXPECT_EQ(fourth["contacts"].size(), 2u);
  EXPECT_EQ(CustomerTotal(), before);
  EXPECT_EQ(CountAudit("customer", "import"), 0);
  EXPECT_EQ(Upload("?dry_run=maybe", *bytes, admin_).status, 400);
}

TEST_P(ImportApi, CsvSavedByChineseExcelIsGbk) {
  // 客户名称,负责人(工号),联系人,联系人手机 / 湘江路面材料有限公司,E005,王五,13900000001 /
  // "洞庭湖,沥青贸易有限公司",E005,赵六,13900000002 — in GBK.
  const std::string gbk =
      "\xbf\xcd\xbb\xa7\xc3\xfb\xb3\xc6,\xb8\xba\xd4\xf0\xc8\xcb(\xb9\xa4\xba\xc5),"
      "\xc1\xaa\xcf\xb5\xc8\xcb,\xc1\xaa\xcf\xb5\xc8\xcb\xca\xd6\xbb\xfa\r\n"
      "\xcf\xe6\xbd\xad\xc2\xb7\xc3\xe6\xb2\xc4\xc1\xcf\xd3\xd0\xcf\xde\xb9\xab\xcb\xbe,E005,"
      "\xcd\xf5\xce\xe5,13900000001\r\n"
      "\"\xb6\xb4\xcd\xa5\xba\xfe,"
      "\xc1\xa4\xc7\xe0\xc3\xb3\xd2\xd7\xd3\xd0\xcf\xde\xb9\xab\xcb\xbe\","
      "E005,\xd5\xd4\xc1\xf9,13900000002\r\n";
  Resp done = Upload("?filename=customers.csv", gbk, admin_, "text/csv");
  ASSERT_EQ(done.status, 200) << done.text;
  EXPECT_EQ(done.body["imported"], 2);
  Resp found = Get("/api/v1/customers?q=" + std::string("洞庭湖"), admin_);
  ASSERT_EQ(found.body["total"], 1) << found.text;
  EXPECT_EQ(found.body["items"][0]["name"], "洞庭湖,沥青贸易有限公司");
  EXPECT_EQ(found.body["items"][0]["primary_contact"]["name"], "赵六");
}

TEST_P(ImportApi, ExportHoldsTheCallersScopeAndIsAudited) {
  Caller zhang = LoginApi("rep.zhang");
  Resp denied = Get("/api/v1/customers/export.xlsx", zhang);
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(denied.body["code"], "auth.permission_denied");
  EXPECT_EQ(Get("/api/v1/customers/import-template.xlsx", zhang).status, 403);

  GrantExport("rep.chen");
  Caller chen = LoginApi("rep.chen");
  Resp own = Get("/api/v1/customers?size=100", chen);
  ASSERT_EQ(own.status, 200) << own.text;
  ASSERT_GT(own.body["total"].get<int64_t>(), 0);
  std::set<std::string> expected;
  for (const json& c : own.body["items"]) expected.insert(c["code"]);
  const int64_t exports = CountAudit("customer", "export");
  Resp file = Get("/api/v1/customers/export.xlsx", chen);
  ASSERT_EQ(file.status, 200) << file.text.substr(0, 500);
  EXPECT_EQ(file.Header("Content-Type"), kXlsx);
  Result<http::Table> table = http::ReadTable(file.text, "export.xlsx");
  ASSERT_TRUE(table.has_value());
  ASSERT_FALSE(table->header.empty());
  EXPECT_EQ(table->header[0], "客户编码");
  std::set<std::string> got;
  for (const http::TableRow& r : table->rows) {
    got.insert(r.cells[0]);
    EXPECT_EQ(r.cells[11], "陈磊") << r.cells[1];  // 负责人
  }
  EXPECT_EQ(got, expected);
  EXPECT_EQ(CountAudit("customer", "export"), exports + 1);

  Resp all = Get("/api/v1/customers/export.xlsx", admin_);
  ASSERT_EQ(all.status, 200);
  Result<http::Table> everything = http::ReadTable(all.text, "export.xlsx");
  ASSERT_TRUE(everything.has_value());
  EXPECT_GT(everything->rows.size(), table->rows.size());
  Resp tmpl = Get("/api/v1/customers/import-template.xlsx", admin_);
  ASSERT_EQ(tmpl.status, 200);
  Result<http::Table> header = http::ReadTable(tmpl.text, "template.xlsx");
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->header[0], "客户名称*");
}

TEST_P(ImportApi, UploadsMayExceedTheJsonBodyLimit) {
  std::string csv = "客户名称,备注\n";
  const std::string notes(150, 'n');
  while (csv.size() < (size_t{5} << 19)) csv += "同名客户有限公司," + notes + "\n";  // 2.5 MiB
  Resp dry = Upload("?dry_run=true&filename=big.csv", csv, admin_, "text/csv");
  ASSERT_EQ(dry.status, 200) << dry.text.substr(0, 500);
  EXPECT_EQ(dry.body["customers"], 1);  // every row names the same company
  Resp json_route = Call("POST", "/api/v1/customers", &admin_, csv);
  EXPECT_EQ(json_route.status, 413);
  EXPECT_EQ(json_route.body["code"], "common.body_too_large");
}

SD_API_BACKENDS(ImportApi);

}  // namespace
}  // namespace sd::testing
