#include "support/test_server.h"

#include <filesystem>

#include "auth/permissions.h"
#include "auth/user_service.h"
#include "base/embedded.h"
#include "db/migrate.h"
#include "demo/demo.h"
#include "unit/db/db_test_support.h"

namespace sd::testing {
namespace {

// A company on its first day: the administrator's account and nothing else.
Result<void> LoadNewCompany(db::Database& db, const Clock& clock) {
  auth::Actor system = auth::SystemActor(clock.NowMicros());
  auth::NewUser admin{"admin",      "系统管理员",  {"admin"},
                      std::nullopt, Locale::kZhCN, std::string(demo::kDemoPassword)};
  SD_TRY_ASSIGN(auth::PreparedUser prepared, auth::PrepareNewUser(system, std::move(admin)));
  return db.Write([&](db::Tx& tx) -> Result<void> {
    std::vector<std::string> all;
    for (std::string_view p : auth::AllPermissions()) all.emplace_back(p);
    SD_TRY(auth::CreateRole(tx, system, {"admin", "系统管理员", auth::DataScope::kAll, all}));
    SD_TRY(auth::CreateUser(tx, system, prepared));
    return Ok();
  });
}

}  // namespace

std::string Resp::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

void ApiTest::SetUp() {
  if (GetParam() == db::Backend::kPostgres) {
    const std::string base = db::testing::PgUrl();
    if (base.empty()) GTEST_SKIP() << "SALESDESK_TEST_PG_URL is not set";
    url_ = db::testing::PgUrlWithSchema(base, &schema_);
    ASSERT_FALSE(url_.empty()) << "cannot create a schema on " << base;
  } else {
    dir_ = db::testing::MakeTempDir();
    url_ = "sqlite:" + dir_ + "/salesdesk.db";
  }
  auto db = db::Database::Open(url_);
  ASSERT_TRUE(db.has_value()) << db.error().key << " " << db.error().detail;
  db_ = std::move(*db);
  auto migrations = db::MigrationsFrom(SchemaFiles());
  ASSERT_TRUE(migrations.has_value());
  ASSERT_TRUE(db::Migrate(*db_, *migrations).has_value());
  auto loaded =
      fixture_ == Fixture::kDemoCompany ? demo::Load(*db_, clock_) : LoadNewCompany(*db_, clock_);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().key << " " << loaded.error().detail;

  http::App app;
  app.db = db_.get();
  app.clock = &clock_;
  app.limits = limits_;
  app.limits.threads = 8;
  app.trusted_proxies = trusted_proxies_;
  server_ = std::make_unique<http::Server>(app);
  auto port = server_->Bind("127.0.0.1", 0);
  ASSERT_TRUE(port.has_value());
  port_ = *port;
  thread_ = std::thread([this] { server_->Run(); });
  // The listener is bound already; Run only starts accepting, so requests queue until then.
}

void ApiTest::TearDown() {
  if (server_) server_->Stop();
  if (thread_.joinable()) thread_.join();
  server_.reset();
  if (db_) db_->Close();
  db_.reset();
  if (!schema_.empty()) db::testing::DropPgSchema(db::testing::PgUrl(), schema_);
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
}

Resp ApiTest::Call(const std::string& method, const std::string& path, const Caller* who,
                   const std::string& body, const httplib::Headers& extra) {
  httplib::Client cli("127.0.0.1", port_);
  cli.set_read_timeout(30, 0);
  httplib::Headers headers = extra;
  if (who) {
    if (!who->token.empty()) headers.emplace("Authorization", "Bearer " + who->token);
    if (!who->cookie.empty()) headers.emplace("Cookie", "sd_session=" + who->cookie);
    if (!who->csrf.empty() && !headers.count("X-CSRF-Token")) {
      headers.emplace("X-CSRF-Token", who->csrf);
    }
    if (!headers.count("Accept-Language")) headers.emplace("Accept-Language", who->locale);
  }
  auto send = [&]() -> httplib::Result {
    if (method == "GET") return cli.Get(path, headers);
    if (method == "POST") return cli.Post(path, headers, body, "application/json");
    if (method == "PUT") return cli.Put(path, headers, body, "application/json");
    if (method == "PATCH") return cli.Patch(path, headers, body, "application/json");
    return cli.Delete(path, headers, body, "application/json");
  };
  return ToResp(send(), method + " " + path);
}

Resp ToResp(const httplib::Result& r, const std::string& what) {
  Resp out;
  if (!r) {
    ADD_FAILURE() << what << ": no response (" << httplib::to_string(r.error()) << ")";
    return out;
  }
  out.status = r->status;
  out.text = r->body;
  out.headers = r->headers;
  out.body = nlohmann::json::parse(r->body, nullptr, false);
  if (out.body.is_discarded()) out.body = nullptr;
  return out;
}

Caller ApiTest::LoginApi(const std::string& login, const std::string& password) {
  Resp r = Call("POST", "/api/v1/auth/login", nullptr,
                nlohmann::json{{"login", login}, {"password", password}, {"client", "api"}}.dump());
  EXPECT_EQ(r.status, 200) << r.text;
  Caller c;
  if (r.status == 200) c.token = r.body.value("token", "");
  return c;
}

Caller ApiTest::LoginWeb(const std::string& login, const std::string& password) {
  Resp r = Call("POST", "/api/v1/auth/login", nullptr,
                nlohmann::json{{"login", login}, {"password", password}}.dump());
  EXPECT_EQ(r.status, 200) << r.text;
  Caller c;
  if (r.status != 200) return c;
  c.csrf = r.body.value("csrf_token", "");
  std::string set_cookie = r.Header("Set-Cookie");
  size_t start = set_cookie.find("sd_session=");
  if (start != std::string::npos) {
    start += 11;
    c.cookie = set_cookie.substr(start, set_cookie.find(';', start) - start);
  }
  return c;
}

int64_t ApiTest::CountAudit(const std::string& entity, const std::string& action) {
  int64_t n = -1;
  auto done = db_->Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(db::Rows rows,
                  tx.Query("SELECT COUNT(*) FROM audit_log WHERE entity = $1 AND action = $2",
                           {entity, action}));
    n = rows[0].Int(0);
    return Ok();
  });
  EXPECT_TRUE(done.has_value());
  return n;
}

}  // namespace sd::testing
