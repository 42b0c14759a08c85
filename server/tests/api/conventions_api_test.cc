// API conventions: problem+json for every kind of bad input, body limits, idempotent POST,
// OpenAPI covering every route, health and metrics; on SQLite and PostgreSQL.
#include <set>

#include "demo/demo.h"
#include "support/test_server.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class ConventionsApi : public ApiTest {
 protected:
  void ExpectProblem(const Resp& r, int status, const std::string& code) {
    EXPECT_EQ(r.status, status) << r.text;
    EXPECT_EQ(r.Header("Content-Type"), "application/problem+json");
    EXPECT_EQ(r.body["code"], code) << r.text;
    EXPECT_EQ(r.body["status"], status);
    EXPECT_FALSE(r.body["detail"].get<std::string>().empty());
    EXPECT_FALSE(r.body["request_id"].get<std::string>().empty());
  }
  static int64_t DemoUsers() { return static_cast<int64_t>(demo::DemoUsers().size()); }
  int64_t UserCount() {
    int64_t n = 0;
    (void)db_->Read([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT COUNT(*) FROM auth_users"));
      n = rows[0].Int(0);
      return Ok();
    });
    return n;
  }
};

TEST_P(ConventionsApi, MalformedJsonIs400AndChangesNothing) {
  Caller admin = LoginApi("admin");
  ExpectProblem(Call("POST", "/api/v1/users", &admin, "{\"login\": \"x\", "), 400,
                "common.json.malformed");
  ExpectProblem(Call("POST", "/api/v1/users", &admin, "[1, 2]"), 400,
                "common.json.object_expected");
  EXPECT_EQ(UserCount(), DemoUsers());
}

TEST_P(ConventionsApi, WrongTypesAndUnknownFieldsAreFieldErrors) {
  Caller admin = LoginApi("admin");
  admin.locale = "en-US";
  Resp r = Call(
      "POST", "/api/v1/users", &admin,
      json{{"login", 42}, {"display_name", "x"}, {"roles", "auditor"}, {"admin", true}}.dump());
  ExpectProblem(r, 400, "common.validation_failed");
  std::set<std::string> fields;
  for (const json& f : r.body["fields"]) {
    fields.insert(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
    EXPECT_FALSE(f["message"].get<std::string>().empty());
  }
  EXPECT_TRUE(fields.count("login:common.field.type_string")) << r.text;
  EXPECT_TRUE(fields.count("roles:common.field.type_array")) << r.text;
  EXPECT_TRUE(fields.count("admin:common.field.unknown")) << r.text;
  EXPECT_EQ(r.body["detail"], "The request has invalid fields");
  EXPECT_EQ(UserCount(), DemoUsers());
  Resp rules = Post("/api/v1/users", admin, {{"login", "Bad Login!"}, {"display_name", "x"}});
  ExpectProblem(rules, 400, "common.validation_failed");
  EXPECT_EQ(rules.body["fields"][0]["code"], "auth.user.login_chars");
}

TEST_P(ConventionsApi, OversizedBodiesAre413) {
  Caller admin = LoginApi("admin");
  std::string big = "{\"login\": \"" + std::string(2 << 20, 'a') + "\"}";
  ExpectProblem(Call("POST", "/api/v1/users", &admin, big), 413, "common.body_too_large");
  EXPECT_EQ(UserCount(), DemoUsers());
}

TEST_P(ConventionsApi, UnknownRoutesAndIdsAre404) {
  Caller admin = LoginApi("admin");
  ExpectProblem(Get("/api/v1/no-such-thing", admin), 404, "common.route_not_found");
  ExpectProblem(Get("/api/v1/users/999999", admin), 404, "common.not_found");
  ExpectProblem(Get("/api/v1/users/abc", admin), 404, "common.not_found");
  Resp wrong_method = Call("DELETE", "/api/v1/users", &admin);
  EXPECT_EQ(wrong_method.status, 405);
}

TEST_P(ConventionsApi, AnIdempotentPostReplaysTheFirstResult) {
  Caller admin = LoginApi("admin");
  std::string body = json{{"login", "once.only"}, {"display_name", "一次"}}.dump();
  httplib::Headers key = {{"Idempotency-Key", "7d1f3c5e-create-once"}};
  Resp first = Call("POST", "/api/v1/users", &admin, body, key);
  ASSERT_EQ(first.status, 201) << first.text;
  Resp again = Call("POST", "/api/v1/users", &admin, body, key);
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.text, first.text);  // same user, same one-time password
  EXPECT_EQ(again.Header("Idempotent-Replay"), "true");
  EXPECT_EQ(UserCount(), DemoUsers() + 1);
  EXPECT_EQ(CountAudit("user", "create"), DemoUsers() + 1);
  Resp other = Call("POST", "/api/v1/users", &admin,
                    json{{"login", "twice"}, {"display_name", "二"}}.dump(), key);
  ExpectProblem(other, 422, "common.idempotency_key_reused");
  // Keys belong to a user: another user's identical key is a new request.
  Caller head = LoginApi("head.li");
  Resp head_try = Call("POST", "/api/v1/users", &head, body, key);
  EXPECT_EQ(head_try.status, 403);
}

TEST_P(ConventionsApi, OpenApiDocumentsEveryRoute) {
  Resp doc = Call("GET", "/api/v1/openapi.json", nullptr);
  ASSERT_EQ(doc.status, 200);
  EXPECT_EQ(doc.body["openapi"], "3.0.3");
  size_t checked = 0;
  for (const auto& route : server_->router().routes()) {
    std::string method = route->method;
    for (char& c : method) c = static_cast<char>(std::tolower(c));
    const json& op = doc.body["paths"][route->pattern][method];
    ASSERT_TRUE(op.is_object()) << route->method << " " << route->pattern << " is not documented";
    EXPECT_FALSE(op["summary"].get<std::string>().empty()) << route->pattern;
    EXPECT_TRUE(op["responses"].is_object()) << route->pattern;
    for (const auto& [status, resp] : op["responses"].items()) {
      if (!resp.contains("content")) continue;
      for (const auto& [type, media] : resp["content"].items()) {
        std::string ref = media["schema"]["$ref"];
        std::string name = ref.substr(ref.rfind('/') + 1);
        EXPECT_TRUE(doc.body["components"]["schemas"].contains(name)) << ref;
      }
    }
    ++checked;
  }
  EXPECT_GE(checked, 20u);
}

TEST_P(ConventionsApi, HealthAndMetrics) {
  Resp health = Call("GET", "/healthz", nullptr);
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body["status"], "ok");
  LoginApi("admin");
  Resp metrics = Call("GET", "/metrics", nullptr);
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.text.find(
                "sd_http_request_seconds_bucket{method=\"POST\",route=\"/api/v1/auth/login\""),
            std::string::npos);
  EXPECT_NE(metrics.text.find("sd_db_"), std::string::npos);
}

SD_API_BACKENDS(ConventionsApi);

}  // namespace
}  // namespace sd::testing
