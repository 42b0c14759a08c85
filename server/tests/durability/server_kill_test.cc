// kill -9 of the real salesdesk binary while clients write through the API: after a restart
// every acknowledged write is there, and nothing is half-written (each role has its
// permission row and its audit record, or does not exist at all).
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "db/database.h"
#include "unit/db/db_test_support.h"

namespace sd {
namespace {

using nlohmann::json;

// A salesdesk child process; its stdout is read until it says which port it listens on.
class ServerProcess {
 public:
  ServerProcess(const std::string& db_url, bool serve) {
    int out[2];
    EXPECT_EQ(pipe(out), 0);
    pid_ = fork();
    if (pid_ == 0) {
      prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive a crashed test
      dup2(out[1], 1);
      close(out[0]);
      if (serve) {
        execl(SD_SALESDESK_BIN, "salesdesk", "serve", "--db", db_url.c_str(), "--port", "0",
              "--host", "127.0.0.1", "--log-level", "warn", static_cast<char*>(nullptr));
      } else {
        execl(SD_SALESDESK_BIN, "salesdesk", "demo", "--db", db_url.c_str(), "--log-level", "warn",
              static_cast<char*>(nullptr));
      }
      _exit(127);
    }
    close(out[1]);
    fd_ = out[0];
    if (serve) ReadPort();
  }
  ~ServerProcess() {
    if (pid_ > 0) Kill();
    if (fd_ >= 0) close(fd_);
  }
  int Wait() {
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  void Kill() {
    kill(pid_, SIGKILL);
    Wait();
  }
  int port() const { return port_; }

 private:
  void ReadPort() {
    std::string text;
    char buf[256];
    while (port_ == 0) {
      ssize_t n = read(fd_, buf, sizeof buf);
      if (n <= 0) break;
      text.append(buf, static_cast<size_t>(n));
      size_t at = text.find("http://127.0.0.1:");
      if (at != std::string::npos && text.find('/', at + 17) != std::string::npos) {
        port_ = std::stoi(text.substr(at + 17));
      }
    }
  }
  pid_t pid_ = -1;
  int fd_ = -1;
  int port_ = 0;
};

std::string Login(int port) {
  httplib::Client cli("127.0.0.1", port);
  auto r = cli.Post("/api/v1/auth/login",
                    json{{"login", "admin"}, {"password", "demo1234"}, {"client", "api"}}.dump(),
                    "application/json");
  if (!r || r->status != 200) return "";
  return json::parse(r->body)["token"];
}

class ServerKill : public ::testing::TestWithParam<db::Backend> {};

TEST_P(ServerKill, AcknowledgedWritesSurviveKillNine) {
  std::string dir = db::testing::MakeTempDir();
  std::string schema;
  std::string url = "sqlite:" + dir + "/salesdesk.db";
  if (GetParam() == db::Backend::kPostgres) {
    if (db::testing::PgUrl().empty()) GTEST_SKIP() << "SALESDESK_TEST_PG_URL is not set";
    url = db::testing::PgUrlWithSchema(db::testing::PgUrl(), &schema);
  }
  {
    ServerProcess demo(url, false);
    ASSERT_EQ(demo.Wait(), 0);
  }
  std::set<std::string> acknowledged;
  std::mutex mu;
  for (int round = 0; round < 3; ++round) {
    ServerProcess server(url, true);
    ASSERT_GT(server.port(), 0);
    std::string token = Login(server.port());
    ASSERT_FALSE(token.empty());
    {
      // Everything acknowledged before this restart is there.
      httplib::Client cli("127.0.0.1", server.port());
      auto r = cli.Get("/api/v1/roles", {{"Authorization", "Bearer " + token}});
      ASSERT_TRUE(r && r->status == 200);
      std::set<std::string> present;
      const json roles = json::parse(r->body);
      for (const json& role : roles["items"]) present.insert(role["code"]);
      for (const std::string& code : acknowledged) EXPECT_TRUE(present.contains(code)) << code;
    }
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (int t = 0; t < 8; ++t) {
      clients.emplace_back([&, t] {
        httplib::Client cli("127.0.0.1", server.port());
        cli.set_read_timeout(5, 0);
        for (int n = 0; !stop; ++n) {
          std::string code =
              "d" + std::to_string(round) + "_" + std::to_string(t) + "_" + std::to_string(n);
          json body = {{"code", code},
                       {"name", "耐久" + code},
                       {"data_scope", "own"},
                       {"permissions", {"customer.read"}}};
          auto r = cli.Post("/api/v1/roles", {{"Authorization", "Bearer " + token}}, body.dump(),
                            "application/json");
          if (!r) break;  // the server is gone
          if (r->status == 201) {
            std::lock_guard lock(mu);
            acknowledged.insert(code);
          }
        }
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(400 + 300 * round));
    server.Kill();
    stop = true;
    for (auto& c : clients) c.join();
  }
  ASSERT_GT(acknowledged.size(), 50u) << "too few writes to tell anything";

  auto db = db::Database::Open(url);
  ASSERT_TRUE(db.has_value());
  auto checked = (*db)->Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(db::Rows roles, tx.Query("SELECT id, code FROM auth_roles WHERE code LIKE 'd%'"));
    std::set<std::string> present;
    for (const db::Row& r : roles) {
      present.insert(r.Text(1));
      SD_TRY_ASSIGN(db::Rows audit,
                    tx.Query("SELECT COUNT(*) FROM audit_log WHERE entity = 'role' AND "
                             "action = 'create' AND entity_id = $1",
                             {r.Int(0)}));
      SD_TRY_ASSIGN(
          db::Rows perms,
          tx.Query("SELECT COUNT(*) FROM auth_role_permissions WHERE role_id = $1", {r.Int(0)}));
      EXPECT_EQ(audit[0].Int(0), 1) << r.Text(1) << " has no audit record";
      EXPECT_EQ(perms[0].Int(0), 1) << r.Text(1) << " lost its permission row";
    }
    for (const std::string& code : acknowledged) EXPECT_TRUE(present.contains(code)) << code;
    return Ok();
  });
  EXPECT_TRUE(checked.has_value());
  (*db)->Close();
  if (!schema.empty()) db::testing::DropPgSchema(db::testing::PgUrl(), schema);
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerKill,
                         ::testing::Values(db::Backend::kSqlite, db::Backend::kPostgres),
                         db::testing::BackendName);

}  // namespace
}  // namespace sd
