// The group-commit writer: many concurrent Writes, some failing, each with its own outcome; a
// failed COMMIT turns the database unhealthy; batch sizes reach /metrics.

#include "db/sqlite_writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>
#include <vector>

#include "base/metrics.h"
#include "db/db_metrics.h"
#include "db_test_support.h"
#include "failing_sync_vfs.h"

namespace sd::db {
namespace {

using testing::DbTest;
using testing::Describe;

class GroupCommitTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    Script(
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, code TEXT NOT NULL UNIQUE);"
        "CREATE TABLE order_lines (id BIGINT PRIMARY KEY,"
        " order_id BIGINT NOT NULL REFERENCES orders(id), qty_e4 BIGINT NOT NULL);");
  }
};
SD_INSTANTIATE_BACKENDS(GroupCommitTest);

constexpr int kThreads = 64;
constexpr int kWritesPerThread = 50;

// Request k writes order k and its line; every 7th fails after writing, half of them by
// returning an error and half by breaking a unique constraint. Exactly the others must stay.
TEST_P(GroupCommitTest, EachRequestKeepsItsOwnOutcome) {
  uint64_t batches_before = CommitBatchSizes().count();
  std::vector<std::thread> threads;
  std::atomic<int> wrong_outcomes{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kWritesPerThread; ++i) {
        int64_t k = t * kWritesPerThread + i + 1;
        bool fails = k % 7 == 0;
        auto r = db_->Write([&](Tx& tx) -> Result<void> {
          SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)",
                         {k, "HT-" + std::to_string(k)}));
          SD_TRY(tx.Exec("INSERT INTO order_lines (id, order_id, qty_e4) VALUES ($1, $1, $2)",
                         {k, k * 10'000}));
          if (fails && k % 2 == 0) return Fail(Code::kFailedPrecondition, "test.refused");
          if (fails) {  // the code this request has just written: a unique violation
            SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)",
                           {-k, "HT-" + std::to_string(k)}));
          }
          return Ok();
        });
        bool ok_expected = !fails;
        if (r.has_value() != ok_expected) {
          ++wrong_outcomes;
          ADD_FAILURE() << "request " << k << ": "
                        << (r.has_value() ? std::string("ok") : Describe(r.error()));
        } else if (!r.has_value()) {
          Code want = k % 2 == 0 ? Code::kFailedPrecondition : Code::kAlreadyExists;
          EXPECT_EQ(r.error().code, want) << k << " " << Describe(r.error());
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong_outcomes.load(), 0);

  auto ids = ReadValue<std::set<int64_t>>(*db_, [](Tx& tx) -> Result<std::set<int64_t>> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT o.id FROM orders o JOIN order_lines l"
                                      " ON l.order_id = o.id ORDER BY o.id"));
    std::set<int64_t> out;
    for (const Row& row : rows) out.insert(row.Int(0));
    return out;
  });
  ASSERT_TRUE(ids.has_value());
  std::set<int64_t> expected;
  for (int64_t k = 1; k <= kThreads * kWritesPerThread; ++k) {
    if (k % 7 != 0) expected.insert(k);
  }
  EXPECT_EQ(*ids, expected);
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM orders"), static_cast<int64_t>(expected.size()));
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM order_lines"), static_cast<int64_t>(expected.size()));

  if (GetParam() == Backend::kSqlite) {
    // Requests were grouped: fewer transactions than requests.
    uint64_t batches = CommitBatchSizes().count() - batches_before;
    EXPECT_LT(batches, static_cast<uint64_t>(kThreads * kWritesPerThread));
    std::printf("[          ] %d writes in %llu SQLite batches\n", kThreads * kWritesPerThread,
                static_cast<unsigned long long>(batches));
  }
}

TEST_P(GroupCommitTest, SmallBatchesGiveTheSameOutcome) {
  auto db = OpenAgain(Options{.max_batch = 3});
  ASSERT_NE(db, nullptr);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        int64_t k = t * 20 + i + 1;
        auto r = db->Write([&](Tx& tx) -> Result<void> {
          SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)", {k, std::to_string(k)}));
          if (k % 3 == 0) return Fail(Code::kAborted, "test.conflict");
          return Ok();
        });
        EXPECT_EQ(r.has_value(), k % 3 != 0) << k;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM orders"), 160 - 53);
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM orders WHERE id % 3 = 0"), 0);
}

TEST_P(GroupCommitTest, TimingsReachTheMetricsRegistry) {
  ASSERT_TRUE(db_->Write([](Tx& tx) -> Result<void> {
                   SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES (1, 'a')"));
                   return Ok();
                 })
                  .has_value());
  EXPECT_GE(IntOf("SELECT COUNT(*) FROM orders"), 1);
  std::string text = metrics::Registry::Default().Render();
  std::string backend = GetParam() == Backend::kSqlite ? "sqlite" : "postgres";
  EXPECT_NE(text.find("sd_db_query_seconds_count{backend=\"" + backend + "\",kind=\"write\"}"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("sd_db_query_seconds_bucket{backend=\"" + backend +
                      "\",kind=\"read\",le=\"+Inf\"}"),
            std::string::npos);
  if (GetParam() == Backend::kSqlite) {
    EXPECT_NE(text.find("# TYPE sd_db_commit_batch_size histogram"), std::string::npos);
  }
}

// A COMMIT that fails (here: fsync refused) leaves a file we cannot vouch for: the batch gets
// kUnavailable and so does every later Write, until the database is opened again.
TEST(SqliteWriterTest, FailedCommitMakesTheDatabaseUnhealthy) {
  std::string dir = testing::MakeTempDir();
  {
    testing::FailingSyncVfs vfs;
    auto opened = Database::Open("sqlite:" + dir + "/x.db");
    ASSERT_TRUE(opened.has_value());
    auto& db = **opened;
    auto insert = [&db](int64_t id) {
      return db.Write([id](Tx& tx) -> Result<void> {
        if (id == 1) SD_TRY(tx.ExecScript("CREATE TABLE t (id BIGINT PRIMARY KEY)"));
        SD_TRY(tx.Exec("INSERT INTO t (id) VALUES ($1)", {id}));
        return Ok();
      });
    };
    ASSERT_TRUE(insert(1).has_value());
    EXPECT_TRUE(db.healthy());
    vfs.FailSyncs(true);
    auto failed = insert(2);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, Code::kUnavailable) << Describe(failed.error());
    EXPECT_FALSE(db.healthy());
    vfs.FailSyncs(false);
    auto later = insert(3);
    ASSERT_FALSE(later.has_value());
    EXPECT_EQ(later.error().code, Code::kUnavailable);
    EXPECT_TRUE(db.Read([](Tx& tx) -> Result<void> {
                    SD_TRY(tx.Query("SELECT COUNT(*) FROM t"));
                    return Ok();
                  }).has_value());
    db.Close();
  }
  auto reopened = Database::Open("sqlite:" + dir + "/x.db");
  ASSERT_TRUE(reopened.has_value());
  EXPECT_TRUE((*reopened)->healthy());
  auto n = ReadValue<int64_t>(**reopened, [](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(*) FROM t WHERE id = 1"));
    return rows[0].Int(0);
  });
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(*n, 1);
  (*reopened)->Close();
  std::filesystem::remove_all(dir);
}

// A view named *_at_commit runs its INSTEAD OF trigger once per batch, after the batch's
// requests and before COMMIT: what they noted is done once, and it commits with them.
TEST(SqliteWriterTest, AtCommitViewsRunOncePerBatchAfterItsRequests) {
  std::string dir = testing::MakeTempDir();
  auto opened = Database::Open("sqlite:" + dir + "/x.db");
  ASSERT_TRUE(opened.has_value());
  Database& db = **opened;
  ASSERT_TRUE(db.Write([](Tx& tx) -> Result<void> {
                  return tx.ExecScript(
                      "CREATE TABLE noted (id BIGINT PRIMARY KEY);"
                      "CREATE TABLE done (id BIGINT PRIMARY KEY, run BIGINT NOT NULL);"
                      "CREATE TABLE runs (n BIGINT NOT NULL);"
                      "INSERT INTO runs (n) VALUES (0);"
                      "CREATE VIEW t_at_commit (run) AS SELECT 1;"
                      "CREATE TRIGGER t_sync INSTEAD OF INSERT ON t_at_commit"
                      " WHEN EXISTS (SELECT 1 FROM noted) BEGIN"
                      "  UPDATE runs SET n = n + 1;"
                      "  INSERT INTO done (id, run) SELECT id, (SELECT n FROM runs) FROM noted;"
                      "  DELETE FROM noted;"
                      " END;");
                }).has_value());
  constexpr int kWriters = 32;
  std::vector<std::thread> threads;
  for (int i = 1; i <= kWriters; ++i) {
    threads.emplace_back([&db, i] {
      EXPECT_TRUE(db.Write([i](Tx& tx) -> Result<void> {
                      SD_TRY(tx.Exec("INSERT INTO noted (id) VALUES ($1)", {int64_t{i}}));
                      // Not yet done inside the request: the trigger runs after the batch.
                      SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(*) FROM done WHERE id = $1",
                                                        {int64_t{i}}));
                      EXPECT_EQ(rows[0].Int(0), 0);
                      return Ok();
                    }).has_value());
    });
  }
  for (std::thread& t : threads) t.join();
  auto counts = ReadValue<std::vector<int64_t>>(db, [](Tx& tx) -> Result<std::vector<int64_t>> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT (SELECT COUNT(*) FROM done), (SELECT COUNT(*) "
                                      "FROM noted), (SELECT n FROM runs)"));
    return std::vector<int64_t>{rows[0].Int(0), rows[0].Int(1), rows[0].Int(2)};
  });
  ASSERT_TRUE(counts.has_value());
  EXPECT_EQ((*counts)[0], kWriters);  // every noted row done
  EXPECT_EQ((*counts)[1], 0);         // and none left
  EXPECT_GE((*counts)[2], 1);
  EXPECT_LE((*counts)[2], kWriters);  // once per batch, not per request
  db.Close();
  std::filesystem::remove_all(dir);
}

// A failing *_at_commit trigger fails its batch: nothing of it is written, the writer stays
// healthy, and the next batch (without the failure) commits.
TEST(SqliteWriterTest, AFailingAtCommitViewFailsItsBatchOnly) {
  std::string dir = testing::MakeTempDir();
  auto opened = Database::Open("sqlite:" + dir + "/x.db");
  ASSERT_TRUE(opened.has_value());
  Database& db = **opened;
  ASSERT_TRUE(db.Write([](Tx& tx) -> Result<void> {
                  return tx.ExecScript(
                      "CREATE TABLE t (id BIGINT PRIMARY KEY);"
                      "CREATE VIEW t_at_commit (run) AS SELECT 1;"
                      "CREATE TRIGGER t_check INSTEAD OF INSERT ON t_at_commit"
                      " WHEN EXISTS (SELECT 1 FROM t WHERE id < 0) BEGIN"
                      "  SELECT RAISE(ABORT, 'negative id');"
                      " END;");
                }).has_value());
  auto insert = [&db](int64_t id) {
    return db.Write([id](Tx& tx) -> Result<void> {
      SD_TRY(tx.Exec("INSERT INTO t (id) VALUES ($1)", {id}));
      return Ok();
    });
  };
  auto failed = insert(-1);
  ASSERT_FALSE(failed.has_value());
  EXPECT_TRUE(db.healthy());
  ASSERT_TRUE(insert(1).has_value());
  auto n = ReadValue<int64_t>(db, [](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(*) FROM t"));
    return rows[0].Int(0);
  });
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(*n, 1);
  db.Close();
  std::filesystem::remove_all(dir);
}

// The writer's commits never checkpoint themselves (SqliteCheckpointer does, and the writer
// between batches once the WAL is large): under steady writes the WAL still starts over
// instead of growing with everything written.
TEST(SqliteWriterTest, TheWalStopsGrowingUnderSteadyWrites) {
  std::string dir = testing::MakeTempDir();
  auto opened = Database::Open("sqlite:" + dir + "/x.db");
  ASSERT_TRUE(opened.has_value());
  Database& db = **opened;
  ASSERT_TRUE(db.Write([](Tx& tx) -> Result<void> {
                  return tx.ExecScript("CREATE TABLE t (id BIGINT PRIMARY KEY, pad TEXT NOT NULL)");
                }).has_value());
  // 40 KB a row, ten pages: 1,500 commits write 60 MB, half again the forced checkpoint's
  // 40 MB (SqliteWriter::kForceCheckpointPages).
  constexpr int64_t kRows = 1500;
  constexpr uintmax_t kRowBytes = 40'000;
  for (int64_t i = 1; i <= kRows; ++i) {
    ASSERT_TRUE(db.Write([i](Tx& tx) -> Result<void> {
                    SD_TRY(tx.Exec("INSERT INTO t (id, pad) VALUES ($1, $2)",
                                   {i, std::string(kRowBytes, 'x')}));
                    return Ok();
                  }).has_value());
  }
  const uintmax_t wal = std::filesystem::file_size(dir + "/x.db-wal");
  EXPECT_LT(wal, kRows * kRowBytes * 3 / 4) << "the WAL kept everything written";
  auto n = ReadValue<int64_t>(db, [](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(*) FROM t"));
    return rows[0].Int(0);
  });
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(*n, kRows);
  db.Close();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sd::db
