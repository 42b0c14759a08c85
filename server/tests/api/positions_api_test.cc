// Positions through the API on SQLite and PostgreSQL: the whole job description saved and read
// back, permissions granted as the union of duties and authorities, field errors named by row,
// 409/422 rules, audit records, the template, and the Excel export.
#include <zlib.h>

#include <set>

#include "org/template.h"
#include "support/test_server.h"

namespace sd::testing {
namespace {

using nlohmann::json;

std::set<std::string> FieldSet(const Resp& r) {
  std::set<std::string> out;
  for (const json& f : r.body["fields"]) {
    out.insert(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
  }
  return out;
}

int64_t DepartmentId(const std::string& code, const Resp& list) {
  for (const json& d : list.body["items"]) {
    if (d["code"] == code) return d["id"];
  }
  ADD_FAILURE() << "no department " << code;
  return 0;
}

// The members of a .xlsx (a zip) by name, inflated; read through the central directory.
std::map<std::string, std::string> Unzip(const std::string& zip) {
  std::map<std::string, std::string> out;
  auto u16 = [&](size_t at) {
    return static_cast<uint32_t>(static_cast<unsigned char>(zip[at])) |
           static_cast<uint32_t>(static_cast<unsigned char>(zip[at + 1])) << 8;
  };
  auto u32 = [&](size_t at) { return u16(at) | u16(at + 2) << 16; };
  size_t end = zip.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos || end + 22 > zip.size()) return out;
  size_t at = u32(end + 16);
  for (uint32_t n = u16(end + 10); n > 0 && at + 46 <= zip.size(); --n) {
    if (u32(at) != 0x02014b50) break;
    uint32_t method = u16(at + 10), packed = u32(at + 20), size = u32(at + 24);
    uint32_t name_len = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32);
    uint32_t local = u32(at + 42);
    std::string name = zip.substr(at + 46, name_len);
    size_t data = local + 30 + u16(local + 26) + u16(local + 28);
    std::string body(size, '\0');
    if (method == 0) {
      body = zip.substr(data, packed);
    } else {
      z_stream z{};
      inflateInit2(&z, -MAX_WBITS);
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      z.avail_in = packed;
      z.next_out = reinterpret_cast<Bytef*>(body.data());
      z.avail_out = size;
      int rc = inflate(&z, Z_FINISH);
      inflateEnd(&z);
      if (rc != Z_STREAM_END) body.clear();
    }
    out[name] = body;
    at += 46 + name_len + extra + comment;
  }
  return out;
}

json RepPosition(int64_t department_id) {
  return {
      {"code", "T-REP"},
      {"name", "测试代表"},
      {"department_id", department_id},
      {"headcount", 6},
      {"summary", "开发和维护客户"},
      {"data_scope", "own"},
      {"duties",
       {{{"category", "main"},
         {"description", "开发新客户"},
         {"standard", "每月不少于10户"},
         {"permissions", {"customer.read"}}},
        {{"category", "daily"},
         {"description", "合同评审"},
         {"permissions", {"contract.review", "customer.read"}}}}},
      {"authorities", {{{"description", "销售定价建议权"}, {"permissions", {"price.propose"}}}}},
      {"indicators",
       {{{"metric", "新客户开发数"},
         {"metric_code", "crm.new_customers"},
         {"target", "每月10户"},
         {"weight", 70},
         {"period", "monthly"}},
        {{"metric", "客户满意度"},
         {"weight", 30},
         {"period", "annual"},
         {"assessor_note", "总经理"}}}},
      {"qualifications", {{"education", "大专"}, {"experience", "一年"}}},
      {"source", "测试"}};
}

class PositionsApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = LoginApi("admin");
    departments_ = Get("/api/v1/departments", admin_);
    sales_ = DepartmentId("SALES", departments_);
    north_ = DepartmentId("SALES-N", departments_);
    finance_ = DepartmentId("FIN", departments_);
    // The demo company may hold positions of its own; counts below are relative to them.
    creates_ = CountAudit("position", "create");
  }
  Resp Create(const json& body) { return Post("/api/v1/positions", admin_, body); }
  std::string Path(const Resp& r) {
    return "/api/v1/positions/" + std::to_string(r.body["id"].get<int64_t>());
  }
  // A staff member holding the position (staff are S2's; written directly for this test).
  void Hold(int64_t position_id) {
    auto done = db_->Write([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(db::Rows staff, tx.Query("INSERT INTO org_staff (code, name, department_id, "
                                             "created_at_us, updated_at_us) VALUES "
                                             "('T900', '测试员', $1, 1, 1) RETURNING id",
                                             {north_}));
      SD_TRY(tx.Exec("INSERT INTO org_staff_positions (staff_id, position_id) VALUES ($1, $2)",
                     {staff[0].Int(0), position_id}));
      return Ok();
    });
    ASSERT_TRUE(done.has_value()) << done.error().detail;
  }

  Caller admin_;
  Resp departments_;
  int64_t sales_ = 0, north_ = 0, finance_ = 0;
  int64_t creates_ = 0;
};

TEST_P(PositionsApi, SignedInReadersReadOnlyOrgManagersWrite) {
  EXPECT_EQ(Call("GET", "/api/v1/positions", nullptr).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/positions", nullptr, RepPosition(north_).dump()).status, 401);
  Caller rep = LoginApi("rep.zhang");  // org.read, not org.manage
  EXPECT_EQ(Get("/api/v1/positions", rep).status, 200);
  EXPECT_EQ(Get("/api/v1/org/template", rep).status, 200);
  Resp denied = Post("/api/v1/positions", rep, RepPosition(north_));
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(denied.body["code"], "auth.permission_denied");
  EXPECT_EQ(Post("/api/v1/positions/from-template", rep, {{"template_code", "sales_head"}}).status,
            403);
  EXPECT_EQ(Post("/api/v1/org/template/apply", rep, json::object()).status, 403);
  Resp created = Create(RepPosition(north_));
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(Call("PUT", Path(created), &rep, RepPosition(north_).dump()).status, 403);
  EXPECT_EQ(Call("DELETE", Path(created) + "?version=1", &rep).status, 403);
  EXPECT_EQ(CountAudit("position", "create"), creates_ + 1);
}

TEST_P(PositionsApi, TheWholeDocumentIsSavedAndGrantsTheUnionOfPermissions) {
  Resp head = Create({{"code", "T-HEAD"}, {"name", "测试主管"}, {"department_id", sales_}});
  ASSERT_EQ(head.status, 201) << head.text;
  json body = RepPosition(north_);
  body["superior_position_id"] = head.body["id"];
  body["indicators"][1]["assessor_position_id"] = head.body["id"];
  Resp created = Create(body);
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.Header("Location"), Path(created));
  Resp got = Get(Path(created), admin_);
  ASSERT_EQ(got.status, 200);
  const json& p = got.body;
  EXPECT_EQ(p, created.body);
  EXPECT_EQ(p["department_name"], "销售一区（华北）");
  EXPECT_EQ(p["superior_position_name"], "测试主管");
  EXPECT_EQ(p["permissions"], json({"contract.review", "customer.read", "price.propose"}));
  EXPECT_EQ(p["duties"][0]["standard"], "每月不少于10户");
  EXPECT_EQ(p["duties"][1]["permissions"], json({"contract.review", "customer.read"}));
  EXPECT_EQ(p["indicators"][0]["metric_code"], "crm.new_customers");
  EXPECT_EQ(p["indicators"][1]["metric_code"], nullptr);
  EXPECT_EQ(p["indicators"][1]["assessor_position_name"], "测试主管");
  EXPECT_EQ(
      p["qualifications"],
      json({{"education", "大专"}, {"experience", "一年"}, {"abilities", ""}, {"other", ""}}));
  EXPECT_EQ(p["holders"], json::array());
  EXPECT_EQ(p["version"], 1);
  EXPECT_EQ(p["template_code"], nullptr);

  body["duties"] = json::array({{{"description", "只做回款"}, {"permissions", json::array()}}});
  body["authorities"] = json::array();
  body["version"] = 1;
  Resp saved = Call("PUT", Path(created), &admin_, body.dump());
  ASSERT_EQ(saved.status, 200) << saved.text;
  EXPECT_EQ(saved.body["version"], 2);
  EXPECT_EQ(saved.body["duties"].size(), 1u);
  EXPECT_EQ(saved.body["duties"][0]["category"], "main");
  EXPECT_EQ(saved.body["permissions"], json::array());

  Resp audit = Get("/api/v1/audit?entity=position&action=update", admin_);
  ASSERT_EQ(audit.body["items"].size(), 1u);
  const json& e = audit.body["items"][0];
  EXPECT_EQ(e["entity_id"], created.body["id"]);
  EXPECT_EQ(e["before"]["duties"][0], "main: 开发新客户 / 每月不少于10户 [customer.read]");
  EXPECT_EQ(e["after"]["duties"], json({"main: 只做回款"}));
  EXPECT_EQ(e["before"]["permissions"].size(), 3u);
  EXPECT_EQ(e["after"]["indicators"][1], "客户满意度 / 30% annual / assessor #" +
                                             std::to_string(head.body["id"].get<int64_t>()) +
                                             " / 总经理");
  EXPECT_EQ(CountAudit("position", "create"), creates_ + 2);
}

TEST_P(PositionsApi, NestedFieldErrorsNameTheirRow) {
  json body = RepPosition(north_);
  body["duties"][1].erase("description");
  body["duties"][0]["permisions"] = json::array();
  body["indicators"][0]["weight"] = "70";
  body["qualifications"]["degree"] = "硕士";
  body["authorities"].push_back("不是对象");
  Resp shape = Create(body);
  ASSERT_EQ(shape.status, 400) << shape.text;
  EXPECT_EQ(FieldSet(shape),
            (std::set<std::string>{"duties[1].description:common.field.required",
                                   "duties[0].permisions:common.field.unknown",
                                   "indicators[0].weight:common.field.type_integer",
                                   "qualifications.degree:common.field.unknown",
                                   "authorities[1]:common.field.type_object"}));
  json rules = RepPosition(north_);
  rules["duties"][1]["permissions"] = {"customer.read", "launch.missiles"};
  rules["authorities"][0]["permissions"] = {"price.anything"};
  rules["indicators"][0]["weight"] = 60;
  rules["indicators"][1]["metric_code"] = "crm.happiness";
  rules["data_scope"] = "everything";
  Resp invalid = Create(rules);
  ASSERT_EQ(invalid.status, 400) << invalid.text;
  EXPECT_EQ(FieldSet(invalid),
            (std::set<std::string>{"duties[1].permissions:org.position.permission_unknown",
                                   "authorities[0].permissions:org.position.permission_unknown",
                                   "indicators:org.position.weights_sum",
                                   "indicators[1].metric_code:org.position.metric_unknown",
                                   "data_scope:common.field.invalid_choice"}));
  json refs = RepPosition(999999);
  refs["superior_position_id"] = 999998;
  refs["indicators"][0]["assessor_position_id"] = 999997;
  Resp unknown = Create(refs);
  ASSERT_EQ(unknown.status, 400) << unknown.text;
  EXPECT_EQ(
      FieldSet(unknown),
      (std::set<std::string>{"department_id:org.position.department_unknown",
                             "superior_position_id:org.position.superior_unknown",
                             "indicators[0].assessor_position_id:org.position.assessor_unknown"}));
  json many = RepPosition(north_);
  many["duties"] = json::array();
  for (int i = 0; i < 101; ++i) many["duties"].push_back({{"description", "职责"}});
  EXPECT_EQ(FieldSet(Create(many)), std::set<std::string>{"duties:org.position.too_many"});
  EXPECT_EQ(CountAudit("position", "create"), creates_);
}

TEST_P(PositionsApi, ATakenCodeOrAStaleVersionIs409) {
  Resp first = Create(RepPosition(north_));
  ASSERT_EQ(first.status, 201) << first.text;
  Resp again = Create(RepPosition(finance_));
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.body["code"], "org.position.code_taken");
  json body = RepPosition(north_);
  body["version"] = 1;
  body["name"] = "改名";
  ASSERT_EQ(Call("PUT", Path(first), &admin_, body.dump()).status, 200);
  Resp stale = Call("PUT", Path(first), &admin_, body.dump());
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["code"], "common.version_conflict");
  EXPECT_EQ(Call("DELETE", Path(first) + "?version=1", &admin_).status, 409);
  Resp other = Create({{"code", "T-OTHER"}, {"name", "其他"}, {"department_id", north_}});
  json rename = {{"version", 1}, {"code", "T-REP"}, {"name", "其他"}, {"department_id", north_}};
  Resp taken = Call("PUT", Path(other), &admin_, rename.dump());
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.body["code"], "org.position.code_taken");
  EXPECT_EQ(Call("PUT", "/api/v1/positions/999999", &admin_, rename.dump()).status, 404);
  EXPECT_EQ(Call("DELETE", Path(other), &admin_).status, 400);  // ?version is required
  EXPECT_EQ(CountAudit("position", "update"), 1);
}

TEST_P(PositionsApi, CyclesAndPositionsInUseAre422) {
  Resp head = Create({{"code", "T-1"}, {"name", "部长"}, {"department_id", sales_}});
  Resp deputy = Create({{"code", "T-2"},
                        {"name", "副部长"},
                        {"department_id", sales_},
                        {"superior_position_id", head.body["id"]}});
  Resp manager = Create({{"code", "T-3"},
                         {"name", "经理"},
                         {"department_id", north_},
                         {"superior_position_id", deputy.body["id"]}});
  ASSERT_EQ(manager.status, 201) << manager.text;
  json save = {{"version", 1}, {"code", "T-1"}, {"name", "部长"}, {"department_id", sales_}};
  save["superior_position_id"] = manager.body["id"];
  Resp below = Call("PUT", Path(head), &admin_, save.dump());
  EXPECT_EQ(below.status, 422) << below.text;
  EXPECT_EQ(below.body["code"], "org.position.cycle");
  save["superior_position_id"] = head.body["id"];
  EXPECT_EQ(Call("PUT", Path(head), &admin_, save.dump()).body["code"], "org.position.cycle");

  Resp in_use = Call("DELETE", Path(deputy) + "?version=1", &admin_);
  EXPECT_EQ(in_use.status, 422);
  EXPECT_EQ(in_use.body["code"], "org.position.in_use");
  // An assessor is in use too.
  Resp assessed = Create(
      {{"code", "T-4"},
       {"name", "内勤"},
       {"department_id", sales_},
       {"indicators",
        {{{"metric", "报表"}, {"weight", 100}, {"assessor_position_id", manager.body["id"]}}}}});
  ASSERT_EQ(assessed.status, 201) << assessed.text;
  EXPECT_EQ(Call("DELETE", Path(manager) + "?version=1", &admin_).status, 422);
  // Held positions too; holders show on the position and in the list.
  Hold(assessed.body["id"]);
  Resp held = Get(Path(assessed), admin_);
  ASSERT_EQ(held.body["holders"].size(), 1u);
  EXPECT_EQ(held.body["holders"][0]["code"], "T900");
  Resp list = Get("/api/v1/positions?q=T-4", admin_);
  ASSERT_EQ(list.body["items"].size(), 1u);
  EXPECT_EQ(list.body["items"][0]["holder_count"], 1);
  EXPECT_EQ(Call("DELETE", Path(assessed) + "?version=1", &admin_).body["code"],
            "org.position.in_use");
  // Free of all that, it goes; its own indicators go with it.
  Resp free =
      Create({{"code", "T-5"},
              {"name", "临时"},
              {"department_id", sales_},
              {"indicators", {{{"metric", "x"}, {"assessor_position_id", head.body["id"]}}}}});
  ASSERT_EQ(free.status, 201);
  EXPECT_EQ(Call("DELETE", Path(free) + "?version=1", &admin_).status, 204);
  EXPECT_EQ(Get(Path(free), admin_).status, 404);
  Resp audit = Get("/api/v1/audit?entity=position&action=delete", admin_);
  ASSERT_EQ(audit.body["items"].size(), 1u);
  EXPECT_EQ(audit.body["items"][0]["before"]["code"], "T-5");
  EXPECT_EQ(audit.body["items"][0]["after"], nullptr);
}

TEST_P(PositionsApi, ListFiltersByDepartmentSubtreeAndText) {
  ASSERT_EQ(Create({{"code", "T-N1"}, {"name", "北区代表"}, {"department_id", north_}}).status,
            201);
  ASSERT_EQ(Create({{"code", "T-F1"}, {"name", "出纳"}, {"department_id", finance_}}).status, 201);
  Resp sales = Get("/api/v1/positions?department_id=" + std::to_string(sales_) + "&q=T-", admin_);
  ASSERT_EQ(sales.status, 200) << sales.text;
  EXPECT_EQ(sales.body["total"], 1);
  EXPECT_EQ(sales.body["items"][0]["code"], "T-N1");
  EXPECT_EQ(sales.body["items"][0]["department_name"], "销售一区（华北）");
  Resp named = Get("/api/v1/positions?q=%E5%87%BA%E7%BA%B3", admin_);  // 出纳
  EXPECT_EQ(named.body["total"], 1);
  EXPECT_EQ(Get("/api/v1/positions?department_id=x", admin_).status, 400);
  EXPECT_EQ(Get("/api/v1/positions?size=500", admin_).status, 413);
}

TEST_P(PositionsApi, TheExportIsAWorkbookInTheRequestLanguage) {
  Resp created = Create(RepPosition(north_));
  ASSERT_EQ(created.status, 201);
  Resp zh = Get("/api/v1/positions/export.xlsx", admin_);
  ASSERT_EQ(zh.status, 200) << zh.text;
  EXPECT_EQ(zh.Header("Content-Type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(zh.Header("Content-Disposition"), "attachment; filename=\"positions.xlsx\"");
  ASSERT_EQ(zh.text.substr(0, 2), "PK");
  auto files = Unzip(zh.text);
  const std::string& workbook = files["xl/workbook.xml"];
  for (const char* sheet : {"岗位", "职责", "权限", "考核指标"}) {
    EXPECT_NE(workbook.find(std::string("name=\"") + sheet + "\""), std::string::npos) << workbook;
  }
  const std::string& strings = files["xl/sharedStrings.xml"];
  EXPECT_NE(strings.find("T-REP"), std::string::npos);
  EXPECT_NE(strings.find("每月不少于10户"), std::string::npos);
  EXPECT_NE(strings.find("岗位编号"), std::string::npos);
  EXPECT_NE(strings.find("仅本人"), std::string::npos);  // data scope in words

  Caller english = admin_;
  english.locale = "en-US";
  Resp en = Get("/api/v1/positions/export.xlsx", english);
  ASSERT_EQ(en.status, 200);
  auto en_files = Unzip(en.text);
  for (const char* sheet : {"Positions", "Duties", "Authorities", "Indicators"}) {
    EXPECT_NE(en_files["xl/workbook.xml"].find(std::string("name=\"") + sheet + "\""),
              std::string::npos);
  }
  EXPECT_NE(en_files["xl/sharedStrings.xml"].find("Monthly"), std::string::npos);
  Caller rep = LoginApi("rep.zhang");
  EXPECT_EQ(Get("/api/v1/positions/export.xlsx", rep).status, 200);
  EXPECT_EQ(Call("GET", "/api/v1/positions/export.xlsx", nullptr).status, 401);
}

TEST_P(PositionsApi, OpenApiDocumentsTheRoutes) {
  Resp doc = Call("GET", "/api/v1/openapi.json", nullptr);
  ASSERT_EQ(doc.status, 200);
  const json& paths = doc.body["paths"];
  for (const char* p :
       {"/api/v1/positions", "/api/v1/positions/{id}", "/api/v1/positions/export.xlsx",
        "/api/v1/positions/from-template", "/api/v1/org/template", "/api/v1/org/template/apply",
        "/api/v1/departments/{id}"}) {
    EXPECT_TRUE(paths.contains(p)) << p;
  }
  EXPECT_TRUE(paths["/api/v1/positions/export.xlsx"]["get"]["responses"]["200"]["content"].contains(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  EXPECT_EQ(paths["/api/v1/positions/{id}"]["put"]["x-permission"], "org.manage");
}

SD_API_BACKENDS(PositionsApi);

// A company on its first day: the template fills in its positions.
class PositionTemplateApi : public ApiTest {
 protected:
  PositionTemplateApi() { fixture_ = Fixture::kNewCompany; }
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = LoginApi("admin");
    auto parsed = org::DefaultTemplate();
    ASSERT_TRUE(parsed.has_value());
    template_ = *parsed;
  }
  // Creates every department the template names; returns code → id.
  std::map<std::string, int64_t> TemplateDepartments() {
    std::map<std::string, int64_t> out;
    for (const org::TemplatePosition& t : template_) {
      if (out.contains(t.department_code)) continue;
      Resp d = Post("/api/v1/departments", admin_,
                    {{"code", t.department_code}, {"name", t.department_code + " 部"}});
      EXPECT_EQ(d.status, 201) << d.text;
      out[t.department_code] = d.body["id"];
    }
    return out;
  }

  Caller admin_;
  std::span<const org::TemplatePosition> template_;
};

TEST_P(PositionTemplateApi, ApplyCreatesEveryMissingPositionWithSuperiorsAndAssessors) {
  auto departments = TemplateDepartments();
  Resp before = Get("/api/v1/org/template", admin_);
  ASSERT_EQ(before.status, 200) << before.text;
  ASSERT_EQ(before.body["items"].size(), template_.size());
  for (const json& item : before.body["items"]) EXPECT_EQ(item["exists"], false);

  Resp applied = Post("/api/v1/org/template/apply", admin_, json::object());
  ASSERT_EQ(applied.status, 200) << applied.text;
  ASSERT_EQ(applied.body["created"].size(), template_.size());
  std::map<std::string, json> by_template;
  for (const json& id : applied.body["created"]) {
    Resp p = Get("/api/v1/positions/" + std::to_string(id.get<int64_t>()), admin_);
    by_template[p.body["template_code"]] = p.body;
  }
  for (const org::TemplatePosition& t : template_) {
    const json& p = by_template[t.template_code];
    EXPECT_EQ(p["code"], t.spec.code);
    EXPECT_EQ(p["department_id"], departments[t.department_code]);
    EXPECT_EQ(p["duties"].size(), t.spec.duties.size());
    if (t.superior) {
      EXPECT_EQ(p["superior_position_id"], by_template[*t.superior]["id"]) << t.template_code;
    } else {
      EXPECT_EQ(p["superior_position_id"], nullptr);
    }
    for (size_t i = 0; i < t.assessors.size(); ++i) {
      json want = t.assessors[i] ? by_template[*t.assessors[i]]["id"] : json();
      EXPECT_EQ(p["indicators"][i]["assessor_position_id"], want) << t.template_code << " " << i;
    }
  }
  EXPECT_EQ(CountAudit("position", "create"), static_cast<int64_t>(template_.size()));
  Resp after = Get("/api/v1/org/template", admin_);
  for (const json& item : after.body["items"]) EXPECT_EQ(item["exists"], true);
  Resp again = Post("/api/v1/org/template/apply", admin_, json::object());
  EXPECT_EQ(again.body["created"], json::array());
}

TEST_P(PositionTemplateApi, OnePositionFromTheTemplate) {
  const org::TemplatePosition& first = template_[0];
  Resp no_department =
      Post("/api/v1/positions/from-template", admin_, {{"template_code", first.template_code}});
  EXPECT_EQ(no_department.status, 400);
  EXPECT_EQ(FieldSet(no_department),
            std::set<std::string>{"department_id:org.template.department_missing"});
  Resp unknown = Post("/api/v1/positions/from-template", admin_, {{"template_code", "astronaut"}});
  EXPECT_EQ(FieldSet(unknown), std::set<std::string>{"template_code:org.template.unknown"});

  auto departments = TemplateDepartments();
  Resp created =
      Post("/api/v1/positions/from-template", admin_, {{"template_code", first.template_code}});
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.body["template_code"], first.template_code);
  EXPECT_EQ(created.body["code"], first.spec.code);
  EXPECT_EQ(created.body["name"], first.spec.name);
  EXPECT_EQ(created.body["department_id"], departments[first.department_code]);
  Resp twice =
      Post("/api/v1/positions/from-template", admin_, {{"template_code", first.template_code}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.body["code"], "org.position.code_taken");
  // Another copy under another code, in a department of the caller's choosing.
  Resp other = Post("/api/v1/departments", admin_, {{"code", "BRANCH"}, {"name", "分公司"}});
  Resp copy = Post("/api/v1/positions/from-template", admin_,
                   {{"template_code", first.template_code},
                    {"code", first.spec.code + "-B"},
                    {"department_id", other.body["id"]}});
  ASSERT_EQ(copy.status, 201) << copy.text;
  EXPECT_EQ(copy.body["department_name"], "分公司");
  if (template_.size() > 1 && template_[1].superior == first.template_code) {
    Resp second = Post("/api/v1/positions/from-template", admin_,
                       {{"template_code", template_[1].template_code}});
    ASSERT_EQ(second.status, 201) << second.text;
    EXPECT_EQ(second.body["superior_position_id"], created.body["id"]);
  }
}

TEST_P(PositionTemplateApi, ApplyIntoOneDepartment) {
  Resp only = Post("/api/v1/departments", admin_, {{"code", "ONE"}, {"name", "唯一部门"}});
  ASSERT_EQ(only.status, 201);
  Resp missing = Post("/api/v1/org/template/apply", admin_, json::object());
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(CountAudit("position", "create"), 0);  // all or nothing
  Resp applied = Post("/api/v1/org/template/apply", admin_, {{"department_id", only.body["id"]}});
  ASSERT_EQ(applied.status, 200) << applied.text;
  Resp list = Get("/api/v1/positions?size=200", admin_);
  EXPECT_EQ(list.body["total"], static_cast<int64_t>(template_.size()));
  for (const json& p : list.body["items"]) EXPECT_EQ(p["department_name"], "唯一部门");
  // The list keeps template order (head first).
  EXPECT_EQ(list.body["items"][0]["template_code"], template_[0].template_code);
}

SD_API_BACKENDS(PositionTemplateApi);

}  // namespace
}  // namespace sd::testing
