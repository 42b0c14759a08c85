#pragma once
// The real server on a free port over a fresh database with the demo company loaded
// (STYLE §8: Envoy-style integration tests), parameterised over SQLite and PostgreSQL.

#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <thread>

#include "base/clock.h"
#include "db/database.h"
#include "http/server.h"
#include "unit/db/db_test_support.h"

namespace sd::testing {

struct Resp {
  int status = 0;
  nlohmann::json body;  // parsed JSON, or null
  std::string text;
  httplib::Headers headers;
  std::string Header(const std::string& name) const;
};

// The response of a request sent by hand (multipart, raw bodies); a failed request adds a test
// failure naming `what` and gives status 0.
Resp ToResp(const httplib::Result& r, const std::string& what);

// A signed-in client: bearer token (API) or cookie plus CSRF token (web).
struct Caller {
  std::string token{};  // bearer
  std::string cookie{};
  std::string csrf{};
  std::string locale = "zh-CN";
};

class ApiTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Logs in through the API; fails the test if it does not answer 200.
  Caller LoginApi(const std::string& login, const std::string& password = "demo1234");
  Caller LoginWeb(const std::string& login, const std::string& password = "demo1234");

  Resp Call(const std::string& method, const std::string& path, const Caller* who,
            const std::string& body = "", const httplib::Headers& extra = {});
  Resp Get(const std::string& path, const Caller& who) { return Call("GET", path, &who); }
  Resp Post(const std::string& path, const Caller& who, const nlohmann::json& body) {
    return Call("POST", path, &who, body.dump());
  }

  // Audit rows matching entity/action, newest first, read straight from the database.
  int64_t CountAudit(const std::string& entity, const std::string& action);

  // What the fresh database holds before the test: the demo company, or a new company with only
  // the administrator (login admin, password demo1234) and no departments.
  enum class Fixture : uint8_t { kDemoCompany, kNewCompany };
  Fixture fixture_ = Fixture::kDemoCompany;
  // App::trusted_proxies of the server (set before SetUp).
  std::vector<std::string> trusted_proxies_;
  // The server's limits (threads aside); a test may lower one before SetUp.
  http::Limits limits_;

  FakeClock clock_{1'780'000'000'000'000};  // 2026-05-28, moved by tests
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<http::Server> server_;
  int port_ = 0;

 private:
  std::thread thread_;
  std::string dir_;
  std::string schema_;
  std::string url_;
};

}  // namespace sd::testing

#define SD_API_BACKENDS(suite)                                                     \
  INSTANTIATE_TEST_SUITE_P(                                                        \
      Backends, suite,                                                             \
      ::testing::Values(::sd::db::Backend::kSqlite, ::sd::db::Backend::kPostgres), \
      ::sd::db::testing::BackendName)
