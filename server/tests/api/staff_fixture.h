#pragma once
// Builders for the staff-side org API tests (staff_api_test.cc, regions_api_test.cc). The demo
// company's departments, roles and users are used as they are; positions, staff, regions and
// product lines are made through the API with codes ("T…") the demo does not use.

#include <set>
#include <string>

#include "support/test_server.h"

namespace sd::testing {

class StaffApiTest : public ApiTest {
 protected:
  using json = nlohmann::json;

  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = LoginApi("admin");
  }

  Resp Patch(const std::string& path, const Caller& who, const json& body) {
    return Call("PATCH", path, &who, body.dump());
  }

  int64_t DepartmentId(const std::string& code) {
    Resp list = Get("/api/v1/departments", admin_);
    for (const json& d : list.body["items"]) {
      if (d["code"] == code) return d["id"];
    }
    ADD_FAILURE() << "no department " << code;
    return 0;
  }

  // A position granting permissions with scope, through the positions API.
  json MakePosition(const std::string& code, const std::string& name, const std::string& dept,
                    const std::string& scope, const std::vector<std::string>& permissions) {
    json body = {
        {"code", code},
        {"name", name},
        {"department_id", DepartmentId(dept)},
        {"data_scope", scope},
        {"authorities", {{{"description", name + "的权限"}, {"permissions", permissions}}}}};
    Resp r = Post("/api/v1/positions", admin_, body);
    EXPECT_EQ(r.status, 201) << r.text;
    return r.body;
  }

  json MakeStaff(const std::string& code, const std::string& name, const std::string& dept,
                 json extra = json::object()) {
    json body = {{"code", code}, {"name", name}, {"department_id", DepartmentId(dept)}};
    body.update(extra);
    Resp r = Post("/api/v1/staff", admin_, body);
    EXPECT_EQ(r.status, 201) << r.text;
    return r.body;
  }

  json MakeRegion(const std::string& code, const std::string& name, const std::string& level,
                  std::optional<int64_t> parent = std::nullopt) {
    json body = {{"code", code}, {"name", name}, {"level", level}};
    if (parent) body["parent_id"] = *parent;
    Resp r = Post("/api/v1/regions", admin_, body);
    EXPECT_EQ(r.status, 201) << r.text;
    return r.body;
  }

  // A signed-in account with no roles, linked to the staff member (nullopt: unlinked).
  Caller AccountFor(const std::string& login, std::optional<int64_t> staff_id) {
    json body = {{"login", login}, {"display_name", login}, {"password", "test-pass-1"}};
    if (staff_id) body["staff_id"] = *staff_id;
    Resp r = Post("/api/v1/users", admin_, body);
    EXPECT_EQ(r.status, 201) << r.text;
    return LoginApi(login, "test-pass-1");
  }

  // A signed-in account whose only role grants org.read.
  Caller OrgReader() {
    Resp role = Post("/api/v1/roles", admin_,
                     {{"code", "t_org_reader"},
                      {"name", "只读组织"},
                      {"data_scope", "own"},
                      {"permissions", {"org.read"}}});
    EXPECT_EQ(role.status, 201) << role.text;
    Resp user = Post("/api/v1/users", admin_,
                     {{"login", "t.reader"},
                      {"display_name", "只读"},
                      {"password", "test-pass-1"},
                      {"roles", {"t_org_reader"}}});
    EXPECT_EQ(user.status, 201) << user.text;
    return LoginApi("t.reader", "test-pass-1");
  }

  static std::set<std::string> FieldSet(const Resp& r) {
    std::set<std::string> out;
    for (const json& f : r.body["fields"]) {
      out.insert(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
    }
    return out;
  }

  static std::string Path(const std::string& base, const json& entity) {
    return base + "/" + std::to_string(entity["id"].get<int64_t>());
  }

  // The newest audit entry of entity/action for one id, through the API.
  json LastAudit(const std::string& entity, const std::string& action, int64_t id) {
    Resp r = Get("/api/v1/audit?entity=" + entity + "&action=" + action +
                     "&entity_id=" + std::to_string(id) + "&size=200",
                 admin_);
    EXPECT_EQ(r.status, 200) << r.text;
    if (r.body["items"].empty()) return nullptr;
    return r.body["items"][0];
  }

  Caller admin_;
};

}  // namespace sd::testing
