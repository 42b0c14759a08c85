// Departments through the API on SQLite and PostgreSQL: create, rename, move (never under
// itself), delete only when nothing hangs on it, counts, audit records and permissions.
#include <set>

#include "support/test_server.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class DepartmentsApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = LoginApi("admin");
    creates_ = CountAudit("department", "create");
  }
  json Department(const std::string& code) {
    Resp list = Get("/api/v1/departments", admin_);
    for (const json& d : list.body["items"]) {
      if (d["code"] == code) return d;
    }
    ADD_FAILURE() << "no department " << code;
    return json();
  }
  std::string Path(const json& d) { return "/api/v1/departments/" + d["id"].dump(); }
  Resp Patch(const json& d, json body) {
    body["version"] = d["version"];
    return Call("PATCH", Path(d), &admin_, body.dump());
  }
  Resp Delete(const json& d) {
    return Call("DELETE", Path(d) + "?version=" + d["version"].dump(), &admin_);
  }

  Caller admin_;
  int64_t creates_ = 0;
};

TEST_P(DepartmentsApi, CreateRenameMoveAndDeleteAreAudited) {
  json hq = Department("HQ");
  Resp created =
      Post("/api/v1/departments", admin_,
           {{"code", "LOG"}, {"name", "物流部"}, {"parent_id", hq["id"]}, {"sort_order", 20}});
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.Header("Location"), Path(created.body));
  EXPECT_EQ(created.body["staff_count"], 0);
  EXPECT_EQ(created.body["position_count"], 0);
  EXPECT_EQ(created.body["version"], 1);
  Resp renamed = Patch(created.body, {{"name", "物流与仓储部"}, {"code", "LOGISTICS"}});
  ASSERT_EQ(renamed.status, 200) << renamed.text;
  EXPECT_EQ(renamed.body["version"], 2);
  EXPECT_EQ(renamed.body["parent_id"], hq["id"]);
  Resp moved = Patch(renamed.body, {{"parent_id", Department("SALES")["id"]}});
  ASSERT_EQ(moved.status, 200) << moved.text;
  EXPECT_EQ(moved.body["parent_id"], Department("SALES")["id"]);
  Resp top = Patch(moved.body, {{"parent_id", nullptr}});
  ASSERT_EQ(top.status, 200) << top.text;
  EXPECT_EQ(top.body["parent_id"], nullptr);
  EXPECT_EQ(Department("LOGISTICS")["name"], "物流与仓储部");
  EXPECT_EQ(Delete(top.body).status, 204);
  EXPECT_EQ(Department("SALES")["code"], "SALES");
  EXPECT_EQ(CountAudit("department", "create"), creates_ + 1);
  EXPECT_EQ(CountAudit("department", "update"), 3);
  EXPECT_EQ(CountAudit("department", "delete"), 1);
  Resp audit = Get("/api/v1/audit?entity=department&action=update", admin_);
  ASSERT_EQ(audit.status, 200);
  const json& last = audit.body["items"][0];  // newest first: the move to the top
  EXPECT_EQ(last["before"]["parent_id"], Department("SALES")["id"]);
  EXPECT_EQ(last["after"]["parent_id"], nullptr);
  Resp deleted = Get("/api/v1/audit?entity=department&action=delete", admin_);
  EXPECT_EQ(deleted.body["items"][0]["before"]["code"], "LOGISTICS");
}

TEST_P(DepartmentsApi, ADepartmentCannotMoveUnderItselfOrBelow) {
  json sales = Department("SALES");
  Resp below = Patch(sales, {{"parent_id", Department("SALES-N")["id"]}});
  EXPECT_EQ(below.status, 422) << below.text;
  EXPECT_EQ(below.body["code"], "org.department.cycle");
  EXPECT_EQ(Patch(sales, {{"parent_id", sales["id"]}}).body["code"], "org.department.cycle");
  EXPECT_EQ(Patch(Department("HQ"), {{"parent_id", Department("SALES-S")["id"]}}).status, 422);
  // A sibling is fine.
  EXPECT_EQ(Patch(Department("SALES-S"), {{"parent_id", Department("SALES-N")["id"]}}).status, 200);
  EXPECT_EQ(Department("SALES")["version"], 1);
}

TEST_P(DepartmentsApi, DepartmentsInUseStay) {
  Resp children = Delete(Department("SALES"));
  EXPECT_EQ(children.status, 422);
  EXPECT_EQ(children.body["code"], "org.department.in_use");
  // A position keeps its department, and shows in the counts.
  Resp lab = Post("/api/v1/departments", admin_, {{"code", "LAB"}, {"name", "实验室"}});
  ASSERT_EQ(lab.status, 201);
  Resp position = Post("/api/v1/positions", admin_,
                       {{"code", "T-LAB"}, {"name", "化验员"}, {"department_id", lab.body["id"]}});
  ASSERT_EQ(position.status, 201) << position.text;
  EXPECT_EQ(Department("LAB")["position_count"], 1);
  EXPECT_EQ(Delete(Department("LAB")).body["code"], "org.department.in_use");
  // So does a login account (auth's table: its foreign key refuses the delete).
  Resp desk = Post("/api/v1/departments", admin_, {{"code", "DESK"}, {"name", "前台"}});
  Resp user = Post("/api/v1/users", admin_,
                   {{"login", "desk.wu"},
                    {"display_name", "吴前台"},
                    {"password", "desk-pass-1"},
                    {"department_id", desk.body["id"]}});
  ASSERT_EQ(user.status, 201) << user.text;
  Resp held = Delete(Department("DESK"));
  EXPECT_EQ(held.status, 422) << held.text;
  EXPECT_EQ(held.body["code"], "org.department.in_use");
  EXPECT_EQ(CountAudit("department", "delete"), 0);
  // Staff count active staff only.
  auto done = db_->Write([&](db::Tx& tx) -> Result<void> {
    for (const char* status : {"active", "left"}) {
      SD_TRY(
          tx.Exec("INSERT INTO org_staff (code, name, department_id, status, created_at_us, "
                  "updated_at_us) VALUES ($1, '员工', $2, $3, 1, 1)",
                  {std::string("T-") + status, lab.body["id"].get<int64_t>(), status}));
    }
    return Ok();
  });
  ASSERT_TRUE(done.has_value());
  EXPECT_EQ(Department("LAB")["staff_count"], 1);
}

TEST_P(DepartmentsApi, TakenCodesAndStaleVersionsAre409) {
  Resp taken = Post("/api/v1/departments", admin_, {{"code", "SALES"}, {"name", "又一个销售部"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.body["code"], "org.department.code_taken");
  json fin = Department("FIN");
  EXPECT_EQ(Patch(fin, {{"code", "QA"}}).body["code"], "org.department.code_taken");
  ASSERT_EQ(Patch(fin, {{"name", "财务中心"}}).status, 200);
  Resp stale = Patch(fin, {{"name", "财务部"}});  // still version 1
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["code"], "common.version_conflict");
  EXPECT_EQ(Delete(fin).status, 409);
  EXPECT_EQ(
      Call("PATCH", "/api/v1/departments/999999", &admin_, json{{"version", 1}}.dump()).status,
      404);
  EXPECT_EQ(Department("FIN")["name"], "财务中心");
}

TEST_P(DepartmentsApi, PermissionsAndFieldErrors) {
  EXPECT_EQ(Call("GET", "/api/v1/departments", nullptr).status, 401);
  Caller rep = LoginApi("rep.zhang");
  Resp list = Get("/api/v1/departments", rep);
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(list.body["items"][0].contains("staff_count"));
  EXPECT_EQ(Post("/api/v1/departments", rep, {{"code", "X"}, {"name", "x"}}).status, 403);
  EXPECT_EQ(Call("DELETE", Path(Department("MKT")) + "?version=1", &rep).status, 403);
  Resp bad = Post("/api/v1/departments", admin_,
                  {{"code", "X"}, {"name", ""}, {"parent_id", 999999}, {"boss", "me"}});
  EXPECT_EQ(bad.status, 400);
  std::set<std::string> fields;
  for (const json& f : bad.body["fields"]) {
    fields.insert(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
  }
  EXPECT_EQ(fields,
            (std::set<std::string>{"name:common.field.required", "boss:common.field.unknown"}));
  Resp parent =
      Post("/api/v1/departments", admin_, {{"code", "X"}, {"name", "x"}, {"parent_id", 999999}});
  EXPECT_EQ(parent.status, 400);
  EXPECT_EQ(parent.body["fields"][0]["field"], "parent_id");
  EXPECT_EQ(parent.body["fields"][0]["code"], "org.department.parent_not_found");
  EXPECT_EQ(Call("DELETE", Path(Department("MKT")), &admin_).status, 400);  // no ?version
  EXPECT_EQ(CountAudit("department", "create"), creates_);
}

SD_API_BACKENDS(DepartmentsApi);

}  // namespace
}  // namespace sd::testing
