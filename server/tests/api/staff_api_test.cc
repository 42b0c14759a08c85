// Staff, product lines, the division of work and login accounts linked to staff, through the
// API on SQLite and PostgreSQL: permissions, field errors, 409/422 rules, audit records, and
// positions granting an account's permissions from its next request on.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "auth/session_service.h"
#include "base/embedded.h"
#include "db/backup.h"
#include "db/migrate.h"
#include "demo/demo_staff.h"
#include "org/assignment_service.h"
#include "staff_fixture.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class StaffApi : public StaffApiTest {};

TEST_P(StaffApi, ReadsNeedOrgReadAndWritesOrgManage) {
  EXPECT_EQ(Call("GET", "/api/v1/staff", nullptr).status, 401);
  Caller nobody = AccountFor("t.nobody", std::nullopt);
  Resp denied = Get("/api/v1/staff", nobody);
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(denied.body["code"], "auth.permission_denied");
  Caller reader = OrgReader();
  EXPECT_EQ(Get("/api/v1/staff", reader).status, 200);
  EXPECT_EQ(Get("/api/v1/product-lines", reader).status, 200);
  EXPECT_EQ(Get("/api/v1/org/assignments", reader).status, 200);
  json body = {{"code", "T001"}, {"name", "测试"}, {"department_id", DepartmentId("SALES")}};
  EXPECT_EQ(Post("/api/v1/staff", reader, body).status, 403);
  EXPECT_EQ(Post("/api/v1/product-lines", reader, {{"code", "T"}, {"name", "T"}}).status, 403);
  EXPECT_EQ(Post("/api/v1/staff", admin_, body).status, 201);
  EXPECT_EQ(Get("/api/v1/staff/999999", reader).status, 404);
}

TEST_P(StaffApi, CreateReportsEveryFieldErrorAtOnce) {
  Resp bad = Post("/api/v1/staff", admin_,
                  {{"name", ""},
                   {"department_id", 999999},
                   {"superior_staff_id", 999998},
                   {"email", "zhang.example.com"},
                   {"joined_on", "2024-02-30"},
                   {"position_ids", {999997}},
                   {"region_ids", {999996}},
                   {"product_line_ids", {999995}}});
  ASSERT_EQ(bad.status, 400) << bad.text;
  EXPECT_EQ(bad.body["code"], "common.validation_failed");
  // The reader stops at the missing required fields; the service sees the rest.
  EXPECT_EQ(FieldSet(bad),
            (std::set<std::string>{"code:common.field.required", "name:common.field.required"}));
  Resp unknown = Post("/api/v1/staff", admin_,
                      {{"code", "T001"},
                       {"name", "张测"},
                       {"department_id", 999999},
                       {"superior_staff_id", 999998},
                       {"email", "zhang.example.com"},
                       {"joined_on", "2024-02-30"},
                       {"position_ids", {999997}},
                       {"region_ids", {999996}},
                       {"product_line_ids", {999995}}});
  ASSERT_EQ(unknown.status, 400) << unknown.text;
  EXPECT_EQ(FieldSet(unknown),
            (std::set<std::string>{
                "department_id:org.staff.department_unknown",
                "superior_staff_id:org.staff.superior_unknown", "email:org.staff.email_invalid",
                "joined_on:common.field.invalid_date", "position_ids:org.staff.position_unknown",
                "region_ids:org.staff.region_unknown",
                "product_line_ids:org.staff.product_line_unknown"}));
  Resp types = Post("/api/v1/staff", admin_,
                    {{"code", "T001"},
                     {"name", "张测"},
                     {"department_id", DepartmentId("SALES")},
                     {"position_ids", {"XS-05"}},
                     {"salary", 1}});
  ASSERT_EQ(types.status, 400);
  EXPECT_EQ(FieldSet(types), (std::set<std::string>{"position_ids[0]:common.field.type_integer",
                                                    "salary:common.field.unknown"}));
  std::vector<int64_t> many;
  for (int64_t i = 1; i <= 101; ++i) many.push_back(i);
  Resp too_many = Post("/api/v1/staff", admin_,
                       {{"code", "T001"},
                        {"name", "张测"},
                        {"department_id", DepartmentId("SALES")},
                        {"region_ids", many}});
  EXPECT_EQ(too_many.status, 400);
  EXPECT_EQ(FieldSet(too_many), std::set<std::string>{"region_ids:org.staff.too_many"});
  EXPECT_EQ(CountAudit("staff", "create"), static_cast<int64_t>(demo::DemoStaff().size()));
}

TEST_P(StaffApi, AStaffMemberIsCreatedWithLinksAndAudited) {
  json rep_pos = MakePosition("T-XS-05", "销售代表", "SALES", "own", {"customer.read"});
  json sbs =
      Post("/api/v1/product-lines", admin_, {{"code", "T-SBS"}, {"name", "SBS改性沥青"}}).body;
  json hunan = MakeRegion("T43", "湖南省", "province");
  json head = MakeStaff("T001", "王建国", "SALES");
  Resp created = Post("/api/v1/staff", admin_,
                      {{"code", "T003"},
                       {"name", "张明"},
                       {"department_id", DepartmentId("SALES-N")},
                       {"superior_staff_id", head["id"]},
                       {"phone", "13800000000"},
                       {"joined_on", "2024-03-01"},
                       {"position_ids", {rep_pos["id"], rep_pos["id"]}},
                       {"region_ids", {hunan["id"]}},
                       {"product_line_ids", {sbs["id"]}}});
  ASSERT_EQ(created.status, 201) << created.text;
  const json& s = created.body;
  EXPECT_EQ(created.Header("Location"), Path("/api/v1/staff", s));
  EXPECT_EQ(s["status"], "active");
  EXPECT_EQ(s["department_name"], "销售一区（华北）");
  EXPECT_EQ(s["superior_name"], "王建国");
  EXPECT_EQ(s["left_on"], nullptr);
  EXPECT_EQ(s["joined_on"], "2024-03-01");
  EXPECT_EQ(s["version"], 1);
  EXPECT_EQ(s["user"], nullptr);
  ASSERT_EQ(s["positions"].size(), 1u);
  EXPECT_EQ(s["positions"][0],
            (json{{"id", rep_pos["id"]}, {"code", "T-XS-05"}, {"name", "销售代表"}}));
  EXPECT_EQ(s["regions"][0]["name"], "湖南省");
  EXPECT_EQ(s["product_lines"][0]["code"], "T-SBS");
  EXPECT_EQ(head["superior_staff_id"], nullptr);
  EXPECT_EQ(head["superior_name"], nullptr);
  EXPECT_EQ(Get(Path("/api/v1/staff", s), admin_).body, s);

  json create = LastAudit("staff", "create", s["id"]);
  EXPECT_EQ(create["before"], nullptr);
  EXPECT_EQ(create["after"]["code"], "T003");
  EXPECT_EQ(create["after"]["regions"], json({"T43 湖南省"}));
  json assign = LastAudit("staff", "assign_positions", s["id"]);
  EXPECT_EQ(assign["before"], (json{{"positions", json::array()}}));
  EXPECT_EQ(assign["after"], (json{{"positions", {"T-XS-05 销售代表"}}}));
  EXPECT_EQ(LastAudit("staff", "assign_positions", head["id"]), nullptr);
}

TEST_P(StaffApi, ListsFilterByTextDepartmentTreePositionRegionAndStatus) {
  json rep_pos = MakePosition("T-XS-05", "销售代表", "SALES", "own", {});
  json hunan = MakeRegion("T43", "湖南省", "province");
  json a = MakeStaff("T001", "王建国", "SALES");
  json b = MakeStaff("T002", "张明", "SALES-N", {{"position_ids", {rep_pos["id"]}}});
  json c = MakeStaff("T003", "陈磊", "SALES-S", {{"region_ids", {hunan["id"]}}});
  json d = MakeStaff("T004", "赵静", "FIN");
  ASSERT_EQ(Patch(Path("/api/v1/staff", d), admin_, {{"version", 1}, {"status", "left"}}).status,
            200);
  auto codes = [&](const std::string& query) {
    Resp r = Get("/api/v1/staff?size=200&" + query, admin_);
    EXPECT_EQ(r.status, 200) << query << " " << r.text;
    std::vector<std::string> out;
    for (const json& s : r.body["items"]) {
      std::string code = s["code"];
      if (code.rfind("T", 0) == 0) out.push_back(code);
    }
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(codes("q=T00"), (V{"T001", "T002", "T003", "T004"}));
  EXPECT_EQ(codes("q=张"), V{"T002"});
  EXPECT_EQ(codes("department_id=" + std::to_string(DepartmentId("SALES"))),
            (V{"T001", "T002", "T003"}));
  EXPECT_EQ(codes("department_id=" + std::to_string(DepartmentId("SALES-S"))), V{"T003"});
  EXPECT_EQ(codes("position_id=" + std::to_string(rep_pos["id"].get<int64_t>())), V{"T002"});
  EXPECT_EQ(codes("region_id=" + std::to_string(hunan["id"].get<int64_t>())), V{"T003"});
  EXPECT_EQ(codes("status=left"), V{"T004"});
  EXPECT_EQ(codes("status=active&q=T00"), (V{"T001", "T002", "T003"}));
  Resp paged = Get("/api/v1/staff?q=T00&size=2&page=2", admin_);
  EXPECT_EQ(paged.body["total"], 4);
  ASSERT_EQ(paged.body["items"].size(), 2u);
  EXPECT_EQ(paged.body["items"][0]["code"], "T003");
  EXPECT_EQ(Get("/api/v1/staff?status=fired", admin_).status, 400);
  EXPECT_EQ(Get("/api/v1/staff?department_id=x", admin_).status, 400);
  EXPECT_EQ(Get("/api/v1/staff?size=500", admin_).status, 413);
}

TEST_P(StaffApi, ACodeTakenOrAStaleVersionIs409) {
  json a = MakeStaff("T001", "王建国", "SALES");
  json b = MakeStaff("T002", "张明", "SALES");
  Resp taken = Post("/api/v1/staff", admin_,
                    {{"code", "T001"}, {"name", "重复"}, {"department_id", DepartmentId("SALES")}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.body["code"], "org.staff.code_taken");
  Resp renamed = Patch(Path("/api/v1/staff", b), admin_, {{"version", 1}, {"code", "T001"}});
  EXPECT_EQ(renamed.status, 409);
  EXPECT_EQ(renamed.body["code"], "org.staff.code_taken");
  ASSERT_EQ(Patch(Path("/api/v1/staff", b), admin_, {{"version", 1}, {"name", "张明明"}}).status,
            200);
  Resp stale = Patch(Path("/api/v1/staff", b), admin_, {{"version", 1}, {"name", "覆盖"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["code"], "common.version_conflict");
  EXPECT_EQ(Get(Path("/api/v1/staff", b), admin_).body["name"], "张明明");
  EXPECT_EQ(Patch("/api/v1/staff/999999", admin_, {{"version", 1}}).status, 404);
  EXPECT_EQ(Patch(Path("/api/v1/staff", b), admin_, {{"name", "x"}}).status, 400);
}

TEST_P(StaffApi, NobodyReportsToThemselfOrToSomeoneBelowThem) {
  json head = MakeStaff("T001", "李志远", "SALES");
  json deputy = MakeStaff("T002", "王建国", "SALES-N", {{"superior_staff_id", head["id"]}});
  json rep = MakeStaff("T003", "张明", "SALES-N", {{"superior_staff_id", deputy["id"]}});
  Resp loop = Patch(Path("/api/v1/staff", head), admin_,
                    {{"version", 1}, {"superior_staff_id", rep["id"]}});
  EXPECT_EQ(loop.status, 422) << loop.text;
  EXPECT_EQ(loop.body["code"], "org.staff.cycle");
  Resp self = Patch(Path("/api/v1/staff", deputy), admin_,
                    {{"version", 1}, {"superior_staff_id", deputy["id"]}});
  EXPECT_EQ(self.status, 422);
  Resp moved = Patch(Path("/api/v1/staff", rep), admin_,
                     {{"version", 1}, {"superior_staff_id", head["id"]}});
  ASSERT_EQ(moved.status, 200) << moved.text;
  EXPECT_EQ(moved.body["superior_name"], "李志远");
  Resp cleared =
      Patch(Path("/api/v1/staff", rep), admin_, {{"version", 2}, {"superior_staff_id", nullptr}});
  ASSERT_EQ(cleared.status, 200);
  EXPECT_EQ(cleared.body["superior_staff_id"], nullptr);
}

TEST_P(StaffApi, APositionChangeHasItsOwnAuditRecord) {
  json rep_pos = MakePosition("T-XS-05", "销售代表", "SALES", "own", {});
  json office_pos = MakePosition("T-XS-07", "销售内勤", "SALES", "department", {});
  json s = MakeStaff("T003", "张明", "SALES-N");
  const std::string path = Path("/api/v1/staff", s);
  const int64_t id = s["id"];
  Resp assigned = Patch(path, admin_, {{"version", 1}, {"position_ids", {rep_pos["id"]}}});
  ASSERT_EQ(assigned.status, 200) << assigned.text;
  EXPECT_EQ(assigned.body["version"], 2);
  json record = LastAudit("staff", "assign_positions", id);
  EXPECT_EQ(record["before"], (json{{"positions", json::array()}}));
  EXPECT_EQ(record["after"], (json{{"positions", {"T-XS-05 销售代表"}}}));
  EXPECT_EQ(LastAudit("staff", "update", id), nullptr);  // positions only: no update record

  Resp renamed = Patch(path, admin_, {{"version", 2}, {"phone", "13900000000"}});
  ASSERT_EQ(renamed.status, 200);
  json update = LastAudit("staff", "update", id);
  EXPECT_EQ(update["before"]["phone"], "");
  EXPECT_EQ(update["after"]["phone"], "13900000000");
  EXPECT_FALSE(update["after"].contains("positions"));

  const int64_t assigns = CountAudit("staff", "assign_positions");
  const int64_t updates = CountAudit("staff", "update");
  Resp both = Patch(
      path, admin_,
      {{"version", 3}, {"name", "张明明"}, {"position_ids", {office_pos["id"], rep_pos["id"]}}});
  ASSERT_EQ(both.status, 200);
  EXPECT_EQ(CountAudit("staff", "assign_positions"), assigns + 1);
  EXPECT_EQ(CountAudit("staff", "update"), updates + 1);
  EXPECT_EQ(LastAudit("staff", "assign_positions", id)["after"],
            (json{{"positions", {"T-XS-05 销售代表", "T-XS-07 销售内勤"}}}));
  Resp same =
      Patch(path, admin_, {{"version", 4}, {"position_ids", {rep_pos["id"], office_pos["id"]}}});
  ASSERT_EQ(same.status, 200);
  EXPECT_EQ(CountAudit("staff", "assign_positions"), assigns + 1);  // nothing changed
  EXPECT_EQ(CountAudit("staff", "update"), updates + 2);            // but the write is recorded
}

TEST_P(StaffApi, AnAccountBelongsToAtMostOneStaffMember) {
  json zhang = MakeStaff("T003", "张明", "SALES-N");
  Resp user = Post("/api/v1/users", admin_,
                   {{"login", "t.zhang"},
                    {"display_name", "张明"},
                    {"password", "test-pass-1"},
                    {"staff_id", zhang["id"]}});
  ASSERT_EQ(user.status, 201) << user.text;
  EXPECT_EQ(user.body["staff_id"], zhang["id"]);
  EXPECT_EQ(user.body["staff_name"], "张明");
  Resp staff = Get(Path("/api/v1/staff", zhang), admin_);
  EXPECT_EQ(staff.body["user"], (json{{"id", user.body["id"]}, {"login", "t.zhang"}}));
  bool listed = false;
  Resp list = Get("/api/v1/staff?q=T003", admin_);
  for (const json& s : list.body["items"]) {
    listed = listed || s["user"]["login"] == "t.zhang";
  }
  EXPECT_TRUE(listed);

  Resp taken = Post("/api/v1/users", admin_,
                    {{"login", "t.zhang2"}, {"display_name", "张明"}, {"staff_id", zhang["id"]}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.body["code"], "auth.user.staff_taken");
  Resp unknown = Post("/api/v1/users", admin_,
                      {{"login", "t.ghost"}, {"display_name", "无"}, {"staff_id", 999999}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(FieldSet(unknown), std::set<std::string>{"staff_id:auth.user.staff_unknown"});

  json other = Post("/api/v1/users", admin_, {{"login", "t.other"}, {"display_name", "他"}}).body;
  Resp steal = Patch(Path("/api/v1/users", other), admin_,
                     {{"version", other["version"]}, {"staff_id", zhang["id"]}});
  EXPECT_EQ(steal.status, 409);
  EXPECT_EQ(steal.body["code"], "auth.user.staff_taken");
  // Re-saving the own link is no conflict; null unlinks, and the audit record shows it.
  const std::string user_path = Path("/api/v1/users", user.body);
  Resp again = Patch(user_path, admin_, {{"version", 1}, {"staff_id", zhang["id"]}});
  ASSERT_EQ(again.status, 200) << again.text;
  Resp unlinked = Patch(user_path, admin_, {{"version", 2}, {"staff_id", nullptr}});
  ASSERT_EQ(unlinked.status, 200);
  EXPECT_EQ(unlinked.body["staff_id"], nullptr);
  EXPECT_EQ(unlinked.body["staff_name"], nullptr);
  json audit = LastAudit("user", "update", user.body["id"]);
  EXPECT_EQ(audit["before"]["staff_id"], zhang["id"]);
  EXPECT_EQ(audit["after"]["staff_id"], nullptr);
  EXPECT_EQ(Get(Path("/api/v1/staff", zhang), admin_).body["user"], nullptr);
  Resp moved = Patch(Path("/api/v1/users", other), admin_,
                     {{"version", other["version"]}, {"staff_id", zhang["id"]}});
  EXPECT_EQ(moved.status, 200) << moved.text;
}

TEST_P(StaffApi, APositionChangeTakesEffectOnTheNextRequest) {
  json manager =
      MakePosition("T-XS-03", "销售经理", "SALES", "department", {"org.read", "customer.read"});
  json s = MakeStaff("T003", "张明", "SALES-N");
  Caller zhang = AccountFor("t.zhang", s["id"].get<int64_t>());
  Resp me = Get("/api/v1/auth/me", zhang);
  ASSERT_EQ(me.status, 200) << me.text;
  EXPECT_EQ(me.body["staff"], (json{{"id", s["id"]}, {"code", "T003"}, {"name", "张明"}}));
  EXPECT_EQ(me.body["positions"], json::array());
  EXPECT_EQ(me.body["permissions"], json::array());
  EXPECT_EQ(me.body["data_scope"], "own");
  EXPECT_EQ(Get("/api/v1/staff", zhang).status, 403);

  const std::string path = Path("/api/v1/staff", s);
  ASSERT_EQ(Patch(path, admin_, {{"version", 1}, {"position_ids", {manager["id"]}}}).status, 200);
  me = Get("/api/v1/auth/me", zhang);
  EXPECT_EQ(me.body["positions"], (json{{{"code", "T-XS-03"}, {"name", "销售经理"}}}));
  EXPECT_EQ(me.body["permissions"], (json{"customer.read", "org.read"}));
  EXPECT_EQ(me.body["data_scope"], "department");
  EXPECT_EQ(Get("/api/v1/staff", zhang).status, 200);

  // Leaving ends what the positions grant, though the positions stay on record.
  ASSERT_EQ(
      Patch(path, admin_, {{"version", 2}, {"status", "left"}, {"left_on", "2026-05-28"}}).status,
      200);
  me = Get("/api/v1/auth/me", zhang);
  EXPECT_EQ(me.body["permissions"], json::array());
  EXPECT_EQ(me.body["positions"], json::array());
  ASSERT_EQ(
      Patch(path, admin_, {{"version", 3}, {"status", "active"}, {"left_on", nullptr}}).status,
      200);
  EXPECT_EQ(Get("/api/v1/staff", zhang).status, 200);

  ASSERT_EQ(Patch(path, admin_, {{"version", 4}, {"position_ids", json::array()}}).status, 200);
  me = Get("/api/v1/auth/me", zhang);
  EXPECT_EQ(me.body["positions"], json::array());
  EXPECT_EQ(me.body["permissions"], json::array());
  EXPECT_EQ(me.body["data_scope"], "own");
  EXPECT_EQ(Get("/api/v1/staff", zhang).status, 403);
}

// The actor behind a request knows its staff member, the positions granting and, while linked,
// the staff member's department rather than the account's own.
TEST_P(StaffApi, TheActorKnowsItsStaffMemberAndTheirDepartment) {
  json rep_pos = MakePosition("T-XS-05", "销售代表", "SALES", "own", {"customer.read"});
  json s = MakeStaff("T003", "张明", "SALES-N", {{"position_ids", {rep_pos["id"]}}});
  Resp user = Post("/api/v1/users", admin_,
                   {{"login", "t.zhang"},
                    {"display_name", "张明"},
                    {"password", "test-pass-1"},
                    {"department_id", DepartmentId("FIN")},
                    {"roles", {"admin"}},
                    {"staff_id", s["id"]}});
  ASSERT_EQ(user.status, 201) << user.text;
  Caller zhang = LoginApi("t.zhang", "test-pass-1");
  auto actor = [&]() {
    auto session = auth::Authenticate(*db_, clock_, auth::AuthConfig{}, zhang.token, {});
    EXPECT_TRUE(session.has_value());
    return session.has_value() ? session->actor : auth::Actor{};
  };
  auth::Actor a = actor();
  EXPECT_EQ(a.staff_id, s["id"].get<int64_t>());
  EXPECT_EQ(a.department_id, DepartmentId("SALES-N"));
  EXPECT_EQ(a.positions, (std::vector<auth::PositionRef>{{"T-XS-05", "销售代表"}}));
  EXPECT_EQ(a.staff_code, "T003");
  EXPECT_EQ(a.roles, std::vector<std::string>{"admin"});
  EXPECT_EQ(a.scope, auth::DataScope::kAll);  // the widest: the admin role's
  ASSERT_EQ(Patch(Path("/api/v1/users", user.body), admin_, {{"version", 1}, {"staff_id", nullptr}})
                .status,
            200);
  a = actor();
  EXPECT_EQ(a.staff_id, std::nullopt);
  EXPECT_EQ(a.department_id, DepartmentId("FIN"));
  EXPECT_TRUE(a.positions.empty());
}

TEST_P(StaffApi, ProductLinesAreCreatedChangedAndAudited) {
  Resp created = Post("/api/v1/product-lines", admin_,
                      {{"code", "T-SBS"}, {"name", "SBS改性沥青"}, {"notes", "按吨销售"}});
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.body["version"], 1);
  Resp taken = Post("/api/v1/product-lines", admin_, {{"code", "T-SBS"}, {"name", "重复"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.body["code"], "org.product_line.code_taken");
  EXPECT_EQ(Post("/api/v1/product-lines", admin_, {{"code", "T-X"}}).status, 400);
  const std::string path = Path("/api/v1/product-lines", created.body);
  Resp changed = Patch(path, admin_, {{"version", 1}, {"name", "SBS 改性沥青"}, {"sort_order", 5}});
  ASSERT_EQ(changed.status, 200) << changed.text;
  EXPECT_EQ(changed.body["version"], 2);
  EXPECT_EQ(Patch(path, admin_, {{"version", 1}, {"name", "旧"}}).status, 409);
  json audit = LastAudit("product_line", "update", created.body["id"]);
  EXPECT_EQ(audit["before"]["name"], "SBS改性沥青");
  EXPECT_EQ(audit["after"]["name"], "SBS 改性沥青");
  EXPECT_NE(LastAudit("product_line", "create", created.body["id"]), nullptr);
  bool listed = false;
  Resp lines = Get("/api/v1/product-lines", admin_);
  for (const json& p : lines.body["items"]) {
    listed = listed || p["code"] == "T-SBS";
  }
  EXPECT_TRUE(listed);
}

TEST_P(StaffApi, TheDivisionOfWorkNeverAssignsOneselfOrTwice) {
  json liu = MakeStaff("T010", "刘芳", "SALES");
  json ma = MakeStaff("T011", "马丽", "SALES");
  json sbs =
      Post("/api/v1/product-lines", admin_, {{"code", "T-SBS"}, {"name", "SBS改性沥青"}}).body;
  json audit_body = {{"kind", "price_audit"},
                     {"staff_id", ma["id"]},
                     {"subject_staff_id", liu["id"]},
                     {"notes", "入账时审核每日划价单的价格"}};
  Resp created = Post("/api/v1/org/assignments", admin_, audit_body);
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.body["staff_name"], "马丽");
  EXPECT_EQ(created.body["subject_name"], "刘芳");
  EXPECT_EQ(created.body["product_line_id"], nullptr);
  EXPECT_EQ(created.body["product_line_name"], nullptr);
  Resp twice = Post("/api/v1/org/assignments", admin_, audit_body);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.body["code"], "org.assignment.duplicate");
  json per_line = audit_body;
  per_line["product_line_id"] = sbs["id"];
  Resp line = Post("/api/v1/org/assignments", admin_, per_line);
  ASSERT_EQ(line.status, 201) << line.text;  // for one line is another assignment
  EXPECT_EQ(line.body["product_line_name"], "SBS改性沥青");
  EXPECT_EQ(Post("/api/v1/org/assignments", admin_, per_line).status, 409);

  Resp self =
      Post("/api/v1/org/assignments", admin_,
           {{"kind", "price_audit"}, {"staff_id", liu["id"]}, {"subject_staff_id", liu["id"]}});
  EXPECT_EQ(self.status, 422);
  EXPECT_EQ(self.body["code"], "org.assignment.self");
  Resp bad = Post("/api/v1/org/assignments", admin_,
                  {{"kind", "approve"}, {"staff_id", 999999}, {"subject_staff_id", liu["id"]}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(FieldSet(bad), std::set<std::string>{"kind:common.field.invalid_choice"});
  Resp unknown = Post("/api/v1/org/assignments", admin_,
                      {{"kind", "support"}, {"staff_id", 999999}, {"subject_staff_id", liu["id"]}});
  EXPECT_EQ(FieldSet(unknown), std::set<std::string>{"staff_id:org.assignment.staff_unknown"});

  auto listed = [&](const std::string& query) {
    return Get("/api/v1/org/assignments?" + query, admin_).body["items"].size();
  };
  const std::string liu_id = std::to_string(liu["id"].get<int64_t>());
  EXPECT_EQ(listed("subject_staff_id=" + liu_id), 2u);
  EXPECT_EQ(listed("subject_staff_id=" + liu_id + "&kind=support"), 0u);
  EXPECT_EQ(listed("staff_id=" + liu_id), 0u);
  EXPECT_EQ(Get("/api/v1/org/assignments?kind=approve", admin_).status, 400);

  const std::string path = Path("/api/v1/org/assignments", line.body);
  EXPECT_EQ(Call("DELETE", path, &admin_).status, 204);
  EXPECT_EQ(Call("DELETE", path, &admin_).status, 404);
  EXPECT_EQ(listed("subject_staff_id=" + liu_id), 1u);
  json deleted = LastAudit("assignment", "delete", line.body["id"]);
  EXPECT_EQ(deleted["before"]["kind"], "price_audit");
  EXPECT_EQ(deleted["after"], nullptr);
  EXPECT_NE(LastAudit("assignment", "create", created.body["id"]), nullptr);
}

TEST_P(StaffApi, PricingIsAuditedOnlyByTheAssignedActiveAuditors) {
  json liu = MakeStaff("T010", "刘芳", "SALES");
  json ma = MakeStaff("T011", "马丽", "SALES");
  json yang = MakeStaff("T012", "杨帆", "SALES");
  for (const json& auditor : {ma, yang}) {
    ASSERT_EQ(
        Post(
            "/api/v1/org/assignments", admin_,
            {{"kind", "price_audit"}, {"staff_id", auditor["id"]}, {"subject_staff_id", liu["id"]}})
            .status,
        201);
  }
  ASSERT_EQ(Post("/api/v1/org/assignments", admin_,
                 {{"kind", "order_check"}, {"staff_id", liu["id"]}, {"subject_staff_id", ma["id"]}})
                .status,
            201);
  ASSERT_EQ(Patch(Path("/api/v1/staff", yang), admin_, {{"version", 1}, {"status", "left"}}).status,
            200);
  const int64_t liu_id = liu["id"], ma_id = ma["id"], yang_id = yang["id"];
  auto done = db_->Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(bool ma_audits_liu, org::MayAuditPricing(tx, ma_id, liu_id, std::nullopt));
    EXPECT_TRUE(ma_audits_liu);
    SD_TRY_ASSIGN(bool liu_audits_self, org::MayAuditPricing(tx, liu_id, liu_id, std::nullopt));
    EXPECT_FALSE(liu_audits_self);
    SD_TRY_ASSIGN(bool liu_audits_ma, org::MayAuditPricing(tx, liu_id, ma_id, std::nullopt));
    EXPECT_FALSE(liu_audits_ma);  // order_check is not a pricing audit
    SD_TRY_ASSIGN(bool yang_audits, org::MayAuditPricing(tx, yang_id, liu_id, std::nullopt));
    EXPECT_FALSE(yang_audits);  // left the company
    SD_TRY_ASSIGN(std::vector<org::OrgRef> auditors,
                  org::PricingAuditors(tx, liu_id, std::nullopt));
    EXPECT_EQ(auditors.size(), 1u);
    if (!auditors.empty()) {
      EXPECT_EQ(auditors[0].name, "马丽");
    }
    return Ok();
  });
  ASSERT_TRUE(done.has_value()) << done.error().key;
}

// Backup/restore with a staff member whose superior has a higher id (the superior was
// changed after both were created): the self-reference must not break the restore.
TEST_P(StaffApi, BackupRestoresSelfReferencesInAnyOrder) {
  json rep = MakeStaff("T003", "张明", "SALES-N");
  json head = MakeStaff("T001", "李志远", "SALES");
  ASSERT_EQ(
      Patch(Path("/api/v1/staff", rep), admin_, {{"version", 1}, {"superior_staff_id", head["id"]}})
          .status,
      200);
  json province = MakeRegion("T43", "湖南省", "province");
  json city = MakeRegion("T4301", "长沙市", "city", province["id"].get<int64_t>());
  json later = MakeRegion("T44", "广东省", "province");
  ASSERT_EQ(Patch(Path("/api/v1/regions", city), admin_,
                  {{"version", 1}, {"parent_id", later["id"]}, {"owner_staff_id", rep["id"]}})
                .status,
            200);
  Caller linked = AccountFor("t.zhang", rep["id"].get<int64_t>());

  const std::string dir = db::testing::MakeTempDir();
  ASSERT_TRUE(db::Backup(*db_, dir + "/first.jsonl").has_value());
  auto comparable = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream out;
    std::string line;
    bool migrations = false;
    while (std::getline(in, line)) {
      if (line.rfind("{\"columns\"", 0) == 0) {
        migrations = line.find("schema_migrations") != std::string::npos;
      }
      if (!migrations || line[0] == '{') out << line << "\n";
    }
    return out.str();
  };
  auto restore_into = [&](const std::string& url, const std::string& second) {
    auto target = db::Database::Open(url);
    ASSERT_TRUE(target.has_value());
    auto migrations = db::MigrationsFrom(SchemaFiles());
    ASSERT_TRUE(db::Migrate(**target, *migrations).has_value());
    auto restored = db::Restore(**target, dir + "/first.jsonl");
    ASSERT_TRUE(restored.has_value()) << restored.error().key << " " << restored.error().detail;
    ASSERT_TRUE(db::Backup(**target, second).has_value());
    (*target)->Close();
    EXPECT_EQ(comparable(dir + "/first.jsonl"), comparable(second));
  };
  restore_into("sqlite:" + dir + "/restored.db", dir + "/second.jsonl");
  if (!db::testing::PgUrl().empty()) {
    std::string schema;
    std::string url = db::testing::PgUrlWithSchema(db::testing::PgUrl(), &schema);
    restore_into(url, dir + "/third.jsonl");
    db::testing::DropPgSchema(db::testing::PgUrl(), schema);
  }
  std::filesystem::remove_all(dir);
}

SD_API_BACKENDS(StaffApi);

}  // namespace
}  // namespace sd::testing
