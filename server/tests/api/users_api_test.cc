// User administration through the API: audit records, optimistic locking, permissions taking
// effect on the next request, on SQLite and PostgreSQL.
#include "demo/demo.h"
#include "support/test_server.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class UsersApi : public ApiTest {
 protected:
  static int64_t DemoUserCount() { return static_cast<int64_t>(demo::DemoUsers().size()); }
};

TEST_P(UsersApi, CreatingAUserIsAuditedWithoutThePassword) {
  Caller admin = LoginApi("admin");
  Resp created = Post("/api/v1/users", admin,
                      {{"login", "rep.sun"}, {"display_name", "孙丽"}, {"roles", {"auditor"}}});
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.body["must_change_password"], true);
  std::string one_time = created.body["initial_password"];
  EXPECT_EQ(one_time.size(), 12u);
  Resp audit = Get("/api/v1/audit?entity=user&action=create&size=50", admin);
  ASSERT_EQ(audit.status, 200);
  bool found = false;
  for (const json& e : audit.body["items"]) {
    if (e["entity_id"] == created.body["id"]) {
      found = true;
      EXPECT_EQ(e["user_login"], "admin");
      EXPECT_EQ(e["client_addr"], "127.0.0.1");
      EXPECT_EQ(e["after"]["login"], "rep.sun");
      EXPECT_EQ(e["before"], nullptr);
      EXPECT_EQ(e.dump().find(one_time), std::string::npos) << "password leaked into the audit";
      EXPECT_EQ(e.dump().find("argon2"), std::string::npos) << "hash leaked into the audit";
    }
  }
  EXPECT_TRUE(found);
  LoginApi("rep.sun", one_time);
}

TEST_P(UsersApi, EveryChangeWritesOneAuditRecord) {
  Caller admin = LoginApi("admin");
  Resp u = Post("/api/v1/users", admin,
                {{"login", "temp.user"}, {"display_name", "临时"}, {"password", "temp-pass-1"}});
  ASSERT_EQ(u.status, 201);
  std::string path = "/api/v1/users/" + std::to_string(u.body["id"].get<int64_t>());
  Resp patched =
      Call("PATCH", path, &admin, json{{"version", 1}, {"display_name", "临时工"}}.dump());
  ASSERT_EQ(patched.status, 200) << patched.text;
  Resp disabled = Post(path + "/disable", admin, {{"version", 2}});
  ASSERT_EQ(disabled.status, 200) << disabled.text;
  Resp enabled = Post(path + "/enable", admin, {{"version", 3}});
  ASSERT_EQ(enabled.status, 200);
  Resp reset = Post(path + "/reset-password", admin, {{"version", 4}});
  ASSERT_EQ(reset.status, 200);
  EXPECT_EQ(CountAudit("user", "create"), DemoUserCount() + 1);
  EXPECT_EQ(CountAudit("user", "update"), 1);
  EXPECT_EQ(CountAudit("user", "disable"), 1);
  EXPECT_EQ(CountAudit("user", "enable"), 1);
  EXPECT_EQ(CountAudit("user", "reset_password"), 1);
  Resp audit = Get("/api/v1/audit?entity=user&action=update", admin);
  EXPECT_EQ(audit.body["items"][0]["before"]["display_name"], "临时");
  EXPECT_EQ(audit.body["items"][0]["after"]["display_name"], "临时工");
}

TEST_P(UsersApi, AStaleVersionGets409AndChangesNothing) {
  Caller admin = LoginApi("admin");
  Resp first = Call("PATCH", "/api/v1/users/4", &admin,
                    json{{"version", 1}, {"display_name", "张明（一区）"}}.dump());
  ASSERT_EQ(first.status, 200) << first.text;
  Resp stale = Call("PATCH", "/api/v1/users/4", &admin,
                    json{{"version", 1}, {"display_name", "覆盖"}}.dump());
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["code"], "common.version_conflict");
  EXPECT_EQ(Get("/api/v1/users/4", admin).body["display_name"], "张明（一区）");
  EXPECT_EQ(CountAudit("user", "update"), 1);
}

TEST_P(UsersApi, DisablingEndsTheSessionsAtOnce) {
  Caller admin = LoginApi("admin");
  Caller rep = LoginApi("rep.chen");
  Resp me = Get("/api/v1/auth/me", rep);
  ASSERT_EQ(me.status, 200);
  const std::string path = "/api/v1/users/" + me.body["user"]["id"].dump();
  Resp user = Get(path, admin);
  ASSERT_EQ(user.body["login"], "rep.chen");
  ASSERT_EQ(Post(path + "/disable", admin, {{"version", user.body["version"]}}).status, 200);
  EXPECT_EQ(Get("/api/v1/auth/me", rep).status, 401);
  Resp login = Call("POST", "/api/v1/auth/login", nullptr,
                    json{{"login", "rep.chen"}, {"password", "demo1234"}}.dump());
  EXPECT_EQ(login.status, 401);
  Resp self = Post("/api/v1/users/1/disable", admin, {{"version", 1}});
  EXPECT_EQ(self.status, 422);
}

TEST_P(UsersApi, ARoleChangeTakesEffectOnTheNextRequest) {
  Caller admin = LoginApi("admin");
  Caller rep = LoginApi("rep.zhang");
  EXPECT_EQ(Get("/api/v1/users", rep).status, 403);
  Resp found = Get("/api/v1/users?q=rep.zhang", admin);
  ASSERT_EQ(found.body["total"], 1) << found.text;
  const std::string path = "/api/v1/users/" + found.body["items"][0]["id"].dump();
  Resp user = Get(path, admin);
  EXPECT_EQ(user.body["roles"], json::array());  // a rep's rights come from the position
  ASSERT_EQ(Call("PATCH", path, &admin,
                 json{{"version", user.body["version"]}, {"roles", {"auditor"}}}.dump())
                .status,
            200);
  EXPECT_EQ(Get("/api/v1/users", rep).status, 200);
  Resp me = Get("/api/v1/auth/me", rep);
  EXPECT_EQ(me.body["data_scope"], "all");  // the auditor's scope, wider than the rep's own
}

TEST_P(UsersApi, ListsFilterSortAndPage) {
  Caller admin = LoginApi("admin");
  Resp page = Get("/api/v1/users?sort=login&order=desc&page=2&size=3", admin);
  ASSERT_EQ(page.status, 200) << page.text;
  EXPECT_EQ(page.body["total"], DemoUserCount());
  EXPECT_EQ(page.body["items"].size(), 3u);
  // trade.xu, rep.zhang, rep.wu | rep.huang, rep.he, rep.guo | …
  EXPECT_EQ(page.body["items"][0]["login"], "rep.huang");
  Resp q = Get("/api/v1/users?q=rep.", admin);
  EXPECT_EQ(q.body["total"], 6);
  Resp too_big = Get("/api/v1/users?size=5000", admin);
  EXPECT_EQ(too_big.status, 413);
  Resp bad_sort = Get("/api/v1/users?sort=password_hash", admin);
  EXPECT_EQ(bad_sort.status, 400);
}

TEST_P(UsersApi, RolesCanBeCreatedAndChangedByRoleManagers) {
  Caller admin = LoginApi("admin");
  Resp created = Post("/api/v1/roles", admin,
                      {{"code", "quality"},
                       {"name", "质量"},
                       {"data_scope", "all"},
                       {"permissions", {"customer.read"}}});
  ASSERT_EQ(created.status, 201) << created.text;
  Resp unknown = Post("/api/v1/roles", admin,
                      {{"code", "odd"},
                       {"name", "怪"},
                       {"data_scope", "all"},
                       {"permissions", {"launch.missiles"}}});
  EXPECT_EQ(unknown.status, 400);
  Caller head = LoginApi("head.li");
  Resp denied =
      Post("/api/v1/roles", head,
           {{"code", "x"}, {"name", "x"}, {"data_scope", "own"}, {"permissions", json::array()}});
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(CountAudit("role", "create"), 3);  // admin, auditor and this one
}

SD_API_BACKENDS(UsersApi);

}  // namespace
}  // namespace sd::testing
