// What only PostgreSQL does: connections the server drops, plans that DDL invalidates.

#include "db/pg_backend.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#include "db_test_support.h"

namespace sd::db {
namespace {

using testing::Describe;

class PgBackendTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = testing::PgUrl();
    if (base_.empty()) GTEST_SKIP() << "SALESDESK_TEST_PG_URL is not set";
    url_ = testing::PgUrlWithSchema(base_, &schema_);
    ASSERT_FALSE(url_.empty());
  }
  void TearDown() override {
    if (!schema_.empty()) testing::DropPgSchema(base_, schema_);
  }

  std::string base_, url_, schema_;
};

Result<int64_t> Count(Database& db) {
  return ReadValue<int64_t>(db, [](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(*) FROM t"));
    return rows[0].Int(0);
  });
}

// A pooled connection the server has closed is re-established once, unnoticed by the caller.
TEST_F(PgBackendTest, ReconnectsADroppedConnection) {
  std::string app = "sd_reconnect_" + schema_;
  auto db = Database::Open(url_ + "&application_name=" + app, Options{.pg_pool = 1});
  ASSERT_TRUE(db.has_value()) << Describe(db.error());
  ASSERT_TRUE((*db)->Write([](Tx& tx) { return tx.ExecScript("CREATE TABLE t (id BIGINT)"); }));
  ASSERT_TRUE(Count(**db).has_value());

  auto admin = Database::Open(base_);
  ASSERT_TRUE(admin.has_value());
  auto killed = ReadValue<int64_t>(**admin, [&](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(pg_terminate_backend(pid))"
                                      " FROM pg_stat_activity WHERE application_name = $1",
                                      {app}));
    return rows[0].Int(0);
  });
  ASSERT_TRUE(killed.has_value()) << Describe(killed.error());
  EXPECT_EQ(*killed, 1);

  auto after = Count(**db);
  ASSERT_TRUE(after.has_value()) << Describe(after.error());
  EXPECT_EQ(*after, 0);
  EXPECT_TRUE((*db)->healthy());
}

TEST_F(PgBackendTest, UnreachableServerIsUnavailable) {
  auto db = Database::Open("postgresql://127.0.0.1:1/x?connect_timeout=2");
  ASSERT_FALSE(db.has_value());
  EXPECT_EQ(db.error().code, Code::kUnavailable);
}

// After DDL changes a table's columns, a cached "SELECT *" fails once and then works again.
TEST_F(PgBackendTest, PreparedStatementsRecoverFromDdl) {
  auto db = Database::Open(url_, Options{.pg_pool = 1});
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE((*db)->Write([](Tx& tx) { return tx.ExecScript("CREATE TABLE t (id BIGINT)"); }));
  auto select_all = [&]() {
    return (*db)->Read([](Tx& tx) -> Result<void> {
      SD_TRY(tx.Query("SELECT * FROM t"));
      return Ok();
    });
  };
  ASSERT_TRUE(select_all().has_value());
  ASSERT_TRUE(
      (*db)->Write([](Tx& tx) { return tx.ExecScript("ALTER TABLE t ADD COLUMN x TEXT"); }));
  (void)select_all();  // may fail: "cached plan must not change result type"
  auto again = select_all();
  EXPECT_TRUE(again.has_value()) << Describe(again.error());
}

// Serialization failures are version conflicts: reload and retry.
TEST_F(PgBackendTest, DeadlockIsAborted) {
  auto db = Database::Open(url_, Options{.pg_pool = 4});
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE((*db)->Write([](Tx& tx) {
    return tx.ExecScript(
        "CREATE TABLE t (id BIGINT PRIMARY KEY, n BIGINT);"
        "INSERT INTO t VALUES (1, 0), (2, 0);");
  }));
  std::mutex mu;
  std::condition_variable cv;
  int locked = 0;
  auto run = [&](int64_t first, int64_t second) {
    return (*db)->Write([&, first, second](Tx& tx) -> Result<void> {
      SD_TRY(tx.Exec("UPDATE t SET n = n + 1 WHERE id = $1", {first}));
      {
        std::unique_lock lock(mu);
        ++locked;
        cv.notify_all();
        cv.wait(lock, [&] { return locked == 2; });
      }
      SD_TRY(tx.Exec("UPDATE t SET n = n + 1 WHERE id = $1", {second}));
      return Ok();
    });
  };
  Result<void> a, b;
  std::thread ta([&] { a = run(1, 2); });
  std::thread tb([&] { b = run(2, 1); });
  ta.join();
  tb.join();
  ASSERT_NE(a.has_value(), b.has_value());  // the server picks one victim
  const Error& e = a.has_value() ? b.error() : a.error();
  EXPECT_EQ(e.code, Code::kAborted) << Describe(e);
  EXPECT_EQ(e.key, "db.conflict");
}

}  // namespace
}  // namespace sd::db
