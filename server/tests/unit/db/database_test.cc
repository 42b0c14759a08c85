// Database, Tx and the two adapters: binding, types, NULLs, RETURNING, error mapping, rollback
// and read isolation, each on SQLite and PostgreSQL.

#include "db/database.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <cstdint>
#include <limits>
#include <mutex>
#include <thread>

#include "db_test_support.h"

namespace sd::db {
namespace {

using testing::DbTest;
using testing::Describe;

constexpr char kItems[] =
    "CREATE TABLE items (id BIGINT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT,"
    " qty_e4 BIGINT, active INTEGER NOT NULL DEFAULT 1, CHECK (qty_e4 >= 0))";

class DatabaseTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    Script(kItems);
  }

  Result<void> Insert(int64_t id, std::string code, Value qty = nullptr) {
    return db_->Write([&](Tx& tx) -> Result<void> {
      SD_TRY(tx.Exec("INSERT INTO items (id, code, qty_e4) VALUES ($1, $2, $3)", {id, code, qty}));
      return Ok();
    });
  }
};
SD_INSTANTIATE_BACKENDS(DatabaseTest);

TEST(DatabaseOpenTest, RefusesUrlsItCannotServe) {
  for (const char* url : {"", "sqlite:", "sqlite://", "mysql://localhost/x", "sqlite::memory:"}) {
    auto db = Database::Open(url);
    ASSERT_FALSE(db.has_value()) << url;
    EXPECT_EQ(db.error().code, Code::kInvalidArgument) << url;
    EXPECT_EQ(db.error().key, "db.url_invalid") << url;
  }
  auto pg = Database::Open("postgresql://[broken");
  ASSERT_FALSE(pg.has_value());
  EXPECT_EQ(pg.error().key, "db.url_invalid") << Describe(pg.error());
}

TEST(DatabaseOpenTest, MissingDirectoryIsUnavailable) {
  auto db = Database::Open("sqlite:/nonexistent-dir-of-salesdesk/x.db");
  ASSERT_FALSE(db.has_value());
  EXPECT_EQ(db.error().code, Code::kUnavailable);
  auto pg = Database::Open("postgresql://127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(pg.has_value());
  EXPECT_EQ(pg.error().code, Code::kUnavailable) << Describe(pg.error());
}

TEST_P(DatabaseTest, ReportsItsBackend) { EXPECT_EQ(db_->backend(), GetParam()); }

TEST_P(DatabaseTest, CallbacksWithoutStatementsLeaveTheConnectionUsable) {
  auto db = OpenAgain(Options{.readers = 1, .pg_pool = 1});
  ASSERT_NE(db, nullptr);
  for (int i = 0; i < 3; ++i) {
    SD_ASSERT_OK(db->Read([](Tx&) { return Ok(); }));
    SD_ASSERT_OK(db->Write([](Tx&) { return Ok(); }));
    EXPECT_FALSE(db->Write([](Tx&) { return Result<void>(Fail(Code::kAborted, "test.x")); }));
  }
  SD_ASSERT_OK(db->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {1, "a"}));
    return Ok();
  }));
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 1);
}

TEST_P(DatabaseTest, BindsParametersByNumberInAnyOrder) {
  SD_ASSERT_OK(db_->Write([](Tx& tx) -> Result<void> {
    EXPECT_FALSE(tx.read_only());
    SD_TRY(tx.Exec("INSERT INTO items (qty_e4, name, code, id) VALUES ($4, $3, $2, $1)",
                   {int64_t{7}, "P-7", "销售台 SBS改性沥青", int64_t{25'0000}}));
    return Ok();
  }));
  SD_ASSERT_OK(db_->Read([](Tx& tx) -> Result<void> {
    EXPECT_TRUE(tx.read_only());
    // $1 used twice, $2 once.
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT id, code, name, qty_e4 FROM items"
                                      " WHERE (id = $1 OR qty_e4 = $1) AND code = $2",
                                      {7, "P-7"}));
    EXPECT_EQ(rows.columns, (std::vector<std::string>{"id", "code", "name", "qty_e4"}));
    EXPECT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].Int(0), 7);
    EXPECT_EQ(rows[0].Text(1), "P-7");
    EXPECT_EQ(rows[0].Text(2), "销售台 SBS改性沥青");
    EXPECT_EQ(rows[0].Int(3), 250000);
    return Ok();
  }));
}

TEST_P(DatabaseTest, KeepsIntegerExtremesTextAndBooleans) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  SD_ASSERT_OK(db_->Write([&](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code, qty_e4, active) VALUES ($1, $2, $3, $4)",
                   {kMax, "max", kMax, false}));
    SD_TRY(tx.Exec("INSERT INTO items (id, code, name, active) VALUES ($1, $2, $3, $4)",
                   {kMin, "min", std::string("it's \"quoted\"\n; -- not a comment"), true}));
    return Ok();
  }));
  SD_ASSERT_OK(db_->Read([&](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT id, qty_e4, active, name FROM items ORDER BY id"));
    EXPECT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].Int(0), kMin);
    EXPECT_EQ(rows[0].Int(2), 1);
    EXPECT_EQ(rows[0].Text(3), "it's \"quoted\"\n; -- not a comment");
    EXPECT_EQ(rows[1].Int(0), kMax);
    EXPECT_EQ(rows[1].Int(1), kMax);
    EXPECT_EQ(rows[1].Int(2), 0);
    return Ok();
  }));
}

TEST_P(DatabaseTest, AggregatesAndBooleanExpressionsReadAsIntegers) {
  SD_ASSERT_OK(Insert(1, "a", int64_t{1'000'000'000'000}));
  SD_ASSERT_OK(Insert(2, "b", int64_t{2'000'000'000'000}));
  SD_ASSERT_OK(db_->Read([](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(*), SUM(qty_e4), MAX(id), SUM(qty_e4) > $1"
                                      " FROM items",
                                      {int64_t{5}}));
    EXPECT_EQ(rows[0].Int(0), 2);
    EXPECT_EQ(rows[0].Int(1), 3'000'000'000'000);
    EXPECT_EQ(rows[0].Int(2), 2);
    EXPECT_EQ(rows[0].Int(3), 1);
    return Ok();
  }));
}

TEST_P(DatabaseTest, NullsGoInAndComeOut) {
  SD_ASSERT_OK(db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code, name, qty_e4) VALUES ($1, $2, $3, $4)",
                   {1, "n1", nullptr, std::optional<int64_t>()}));
    SD_TRY(tx.Exec("INSERT INTO items (id, code, name, qty_e4) VALUES ($1, $2, $3, $4)",
                   {2, "n2", std::optional<std::string>("x"), std::optional<int64_t>(5)}));
    SD_TRY(tx.Exec("INSERT INTO items (id, code, name, qty_e4) VALUES ($1, $2, $3, $4)",
                   {3, "n3", std::optional<std::string>(), Value()}));
    SD_TRY(tx.Exec("INSERT INTO items (id, code, name) VALUES ($1, $2, $3)", {4, "n4", ""}));
    return Ok();
  }));
  SD_ASSERT_OK(db_->Read([](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT name, qty_e4 FROM items ORDER BY id"));
    EXPECT_TRUE(rows[0].IsNull(0));
    EXPECT_EQ(rows[0].OptInt(1), std::nullopt);
    EXPECT_EQ(rows[1].OptText(0), "x");
    EXPECT_EQ(rows[1].OptInt(1), 5);
    EXPECT_EQ(rows[2].OptText(0), std::nullopt);
    EXPECT_EQ(rows[3].OptText(0), "");  // empty text is not NULL
    SD_TRY_ASSIGN(Rows nulls, tx.Query("SELECT COUNT(*) FROM items WHERE name IS NULL"));
    EXPECT_EQ(nulls[0].Int(0), 2);
    SD_TRY_ASSIGN(Rows none, tx.Query("SELECT id FROM items WHERE name = $1", {nullptr}));
    EXPECT_TRUE(none.empty());
    return Ok();
  }));
}

TEST_P(DatabaseTest, ReturningAndChangeCounts) {
  SD_ASSERT_OK(db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(Rows ins, tx.Query("INSERT INTO items (id, code, qty_e4) VALUES ($1, $2, $3)"
                                     " RETURNING id, code, active",
                                     {10, "r10", 0}));
    EXPECT_EQ(ins.columns, (std::vector<std::string>{"id", "code", "active"}));
    EXPECT_EQ(ins[0].Int(0), 10);
    EXPECT_EQ(ins[0].Text(1), "r10");
    EXPECT_EQ(ins[0].Int(2), 1);  // the column default
    SD_TRY(tx.Exec("INSERT INTO items (id, code, qty_e4) VALUES (11, 'r11', 0), (12, 'r12', 0)"));
    SD_TRY_ASSIGN(int64_t updated, tx.Exec("UPDATE items SET qty_e4 = qty_e4 + $1", {5}));
    EXPECT_EQ(updated, 3);
    SD_TRY_ASSIGN(Rows up,
                  tx.Query("UPDATE items SET name = $1 WHERE id >= $2 RETURNING id", {"n", 11}));
    EXPECT_EQ(up.size(), 2u);
    SD_TRY_ASSIGN(int64_t selected, tx.Exec("SELECT * FROM items"));
    EXPECT_EQ(selected, 0);  // a SELECT changes nothing
    SD_TRY_ASSIGN(int64_t none, tx.Exec("DELETE FROM items WHERE id = $1", {999}));
    EXPECT_EQ(none, 0);
    SD_TRY_ASSIGN(int64_t upserted, tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)"
                                            " ON CONFLICT (code) DO UPDATE SET name = $3",
                                            {13, "r10", "upserted"}));
    EXPECT_EQ(upserted, 1);
    return Ok();
  }));
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items WHERE name = 'upserted' AND id = 10"), 1);
}

TEST_P(DatabaseTest, InsertManyWritesEveryRowAcrossStatements) {
  // 2,500 rows of 4 values: three statements of up to 1,000 rows, the last one shorter.
  std::vector<Value> values;
  for (int64_t i = 1; i <= 2500; ++i) {
    values.emplace_back(i);
    values.emplace_back("m" + std::to_string(i));
    values.emplace_back(i % 3 == 0 ? Value() : Value("name " + std::to_string(i)));
    values.emplace_back(i * 10);
  }
  SD_ASSERT_OK(db_->Write([&](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(int64_t n,
                  InsertMany(tx, "INSERT INTO items (id, code, name, qty_e4) VALUES", 4, values));
    EXPECT_EQ(n, 2500);
    SD_TRY_ASSIGN(int64_t none, InsertMany(tx, "INSERT INTO items (id, code) VALUES", 2, {}));
    EXPECT_EQ(none, 0);
    return Ok();
  }));
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 2500);
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items WHERE name IS NULL"), 833);
  EXPECT_EQ(IntOf("SELECT qty_e4 FROM items WHERE code = 'm1001'"), 10010);
  EXPECT_EQ(IntOf("SELECT SUM(id) FROM items"), 2500 * 2501 / 2);
  // A failing row fails its statement, and the transaction leaves nothing.
  std::vector<Value> clash{Value(int64_t{9001}), Value("n1"), Value(int64_t{9002}), Value("m7")};
  EXPECT_FALSE(db_->Write([&](Tx& tx) -> Result<void> {
                    SD_TRY(InsertMany(tx, "INSERT INTO items (id, code) VALUES", 2, clash));
                    return Ok();
                  })
                   .has_value());
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items WHERE id > 9000"), 0);
}

TEST_P(DatabaseTest, UniqueViolationIsAlreadyExists) {
  SD_ASSERT_OK(Insert(1, "dup"));
  auto r = Insert(2, "dup");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, Code::kAlreadyExists) << Describe(r.error());
  EXPECT_EQ(r.error().key, "db.unique_violation");
  ASSERT_EQ(r.error().params.size(), 1u);
  EXPECT_EQ(r.error().params[0].first, "target");
  EXPECT_EQ(r.error().params[0].second,
            GetParam() == Backend::kSqlite ? "items.code" : "items_code_key");
  auto pk = Insert(1, "other");
  ASSERT_FALSE(pk.has_value());
  EXPECT_EQ(pk.error().code, Code::kAlreadyExists) << Describe(pk.error());
  EXPECT_EQ(pk.error().params[0].second,
            GetParam() == Backend::kSqlite ? "items.id" : "items_pkey");
}

TEST_P(DatabaseTest, CheckNotNullAndForeignKeyAreFailedPrecondition) {
  Script(
      "CREATE TABLE moves (id BIGINT PRIMARY KEY, item_id BIGINT NOT NULL REFERENCES items(id))");
  SD_ASSERT_OK(Insert(1, "a"));
  auto check = Insert(2, "b", int64_t{-1});
  ASSERT_FALSE(check.has_value());
  EXPECT_EQ(check.error().code, Code::kFailedPrecondition) << Describe(check.error());
  EXPECT_EQ(check.error().key, "db.constraint_violation");

  auto not_null = db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {3, nullptr}));
    return Ok();
  });
  ASSERT_FALSE(not_null.has_value());
  EXPECT_EQ(not_null.error().code, Code::kFailedPrecondition) << Describe(not_null.error());
  EXPECT_EQ(not_null.error().params[0].second, "items.code");

  auto fk = db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO moves (id, item_id) VALUES ($1, $2)", {1, 42}));
    return Ok();
  });
  ASSERT_FALSE(fk.has_value());
  EXPECT_EQ(fk.error().code, Code::kFailedPrecondition) << Describe(fk.error());
  SD_ASSERT_OK(db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO moves (id, item_id) VALUES ($1, $2)", {1, 1}));
    return Ok();
  }));
}

TEST_P(DatabaseTest, TriggerRefusalIsFailedPrecondition) {
  Script("CREATE TABLE ledger (id BIGINT PRIMARY KEY, amount_fen BIGINT NOT NULL)");
  if (GetParam() == Backend::kSqlite) {
    Script(
        "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger BEGIN"
        " SELECT RAISE(ABORT, 'ledger.append_only'); END");
  } else {
    Script(
        "CREATE FUNCTION ledger_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN RAISE EXCEPTION 'ledger.append_only'; END $$;"
        "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger"
        " FOR EACH ROW EXECUTE FUNCTION ledger_refuse();");
  }
  SD_ASSERT_OK(db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO ledger (id, amount_fen) VALUES ($1, $2)", {1, 100}));
    return Ok();
  }));
  auto r = db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("UPDATE ledger SET amount_fen = $1", {0}));
    return Ok();
  });
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, Code::kFailedPrecondition) << Describe(r.error());
  EXPECT_EQ(r.error().params[0].second, "ledger.append_only");
  EXPECT_EQ(IntOf("SELECT amount_fen FROM ledger"), 100);
}

TEST_P(DatabaseTest, FailedWriteLeavesNothing) {
  auto refused = db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {1, "a"}));
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {2, "b"}));
    return Fail(Code::kFailedPrecondition, "test.refused");
  });
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().key, "test.refused");
  auto constraint = db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {3, "c"}));
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {4, "c"}));
    return Ok();
  });
  ASSERT_FALSE(constraint.has_value());
  EXPECT_EQ(constraint.error().code, Code::kAlreadyExists);
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 0);
}

TEST_P(DatabaseTest, StatementsAfterAFailureAreRefusedAndNothingCommits) {
  SD_ASSERT_OK(Insert(1, "a"));
  auto r = db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {2, "b"}));
    auto dup = tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {3, "a"});
    EXPECT_EQ(dup.error().code, Code::kAlreadyExists);
    auto next = tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {4, "d"});
    EXPECT_FALSE(next.has_value());
    return Ok();  // ignoring the error is a bug: the Write must not commit
  });
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, Code::kInternal) << Describe(r.error());
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 1);
}

TEST_P(DatabaseTest, ReadRefusesWrites) {
  auto r = db_->Read([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {1, "a"}));
    return Ok();
  });
  EXPECT_FALSE(r.has_value());
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 0);
}

TEST_P(DatabaseTest, BadStatementsAreInternalErrors) {
  auto check = [this](std::string_view sql, std::vector<Value> params) {
    auto r = db_->Read([&](Tx& tx) -> Result<void> {
      SD_TRY(tx.Query(sql, params));
      return Ok();
    });
    ASSERT_FALSE(r.has_value()) << sql;
    EXPECT_EQ(r.error().code, Code::kInternal) << sql;
    EXPECT_EQ(r.error().key, "db.error") << sql;
  };
  check("SELEC 1", {});
  check("SELECT * FROM no_such_table", {});
  check("SELECT id FROM items WHERE id = $1", {});      // too few parameters
  check("SELECT id FROM items WHERE id = $1", {1, 2});  // too many
  check("SELECT 1; SELECT 2", {});                      // two statements
}

TEST_P(DatabaseTest, ExecScriptRunsSeveralStatements) {
  SD_ASSERT_OK(db_->Write([](Tx& tx) -> Result<void> {
    return tx.ExecScript(
        "INSERT INTO items (id, code) VALUES (1, 'a');\n"
        "-- a comment\n"
        "INSERT INTO items (id, code) VALUES (2, 'b');\n"
        "UPDATE items SET name = 'x';");
  }));
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items WHERE name = 'x'"), 2);
  auto bad = db_->Write([](Tx& tx) -> Result<void> {
    return tx.ExecScript(
        "INSERT INTO items (id, code) VALUES (3, 'c'); INSERT INTO nope VALUES (1);");
  });
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 2);
}

TEST_P(DatabaseTest, TypedHelpersHandOutValues) {
  auto id = WriteValue<int64_t>(*db_, [](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("INSERT INTO items (id, code) VALUES (5, 'e') RETURNING id"));
    return rows[0].Int(0);
  });
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(*id, 5);
  auto code = ReadValue<std::string>(*db_, [](Tx& tx) -> Result<std::string> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT code FROM items WHERE id = $1", {5}));
    if (rows.empty()) return Fail(Code::kNotFound, "test.not_found");
    return rows[0].Text(0);
  });
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, "e");
  auto missing = ReadValue<std::string>(
      *db_, [](Tx&) -> Result<std::string> { return Fail(Code::kNotFound, "test.not_found"); });
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, Code::kNotFound);
}

// A Write in progress is invisible to readers until it commits.
TEST_P(DatabaseTest, ReadsSeeCommittedDataOnly) {
  std::mutex mu;
  std::condition_variable cv;
  bool inserted = false, checked = false;
  std::thread writer([&] {
    auto r = db_->Write([&](Tx& tx) -> Result<void> {
      SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {1, "a"}));
      std::unique_lock lock(mu);
      inserted = true;
      cv.notify_all();
      cv.wait(lock, [&] { return checked; });
      return Ok();
    });
    EXPECT_TRUE(r.has_value());
  });
  {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return inserted; });
  }
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 0);
  {
    std::lock_guard lock(mu);
    checked = true;
    cv.notify_all();
  }
  writer.join();
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 1);
}

// One Read is one snapshot: a commit made meanwhile shows in the next Read only.
TEST_P(DatabaseTest, ReadIsOneSnapshot) {
  SD_ASSERT_OK(Insert(1, "a"));
  SD_ASSERT_OK(db_->Read([&](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(Rows before, tx.Query("SELECT COUNT(*) FROM items"));
    std::thread other([&] { EXPECT_TRUE(Insert(2, "b").has_value()); });
    other.join();
    SD_TRY_ASSIGN(Rows after, tx.Query("SELECT COUNT(*) FROM items"));
    EXPECT_EQ(before[0].Int(0), 1);
    EXPECT_EQ(after[0].Int(0), 1);
    return Ok();
  }));
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 2);
}

TEST_P(DatabaseTest, ReadersBlockWhenAllAreBusyAndThenProceed) {
  auto db = OpenAgain(Options{.readers = 1, .pg_pool = 1});
  ASSERT_NE(db, nullptr);
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      for (int j = 0; j < 20; ++j) {
        auto r = db->Read([](Tx& tx) -> Result<void> {
          SD_TRY(tx.Query("SELECT COUNT(*) FROM items"));
          return Ok();
        });
        if (r) ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 160);
}

TEST_P(DatabaseTest, ClosedDatabaseIsUnavailable) {
  db_->Close();
  db_->Close();  // idempotent
  auto w = Insert(1, "a");
  ASSERT_FALSE(w.has_value());
  EXPECT_EQ(w.error().code, Code::kUnavailable);
  auto r = db_->Read([](Tx&) { return Ok(); });
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, Code::kUnavailable);
}

TEST_P(DatabaseTest, CallbackExceptionBecomesInternalAndRollsBack) {
  auto r = db_->Write([](Tx& tx) -> Result<void> {
    SD_TRY(tx.Exec("INSERT INTO items (id, code) VALUES ($1, $2)", {1, "a"}));
    throw std::runtime_error("library threw");
  });
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, Code::kInternal);
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM items"), 0);
  SD_ASSERT_OK(Insert(1, "a"));
}

using DatabaseDeathTest = DbTest;
SD_INSTANTIATE_BACKENDS(DatabaseDeathTest);

TEST_P(DatabaseDeathTest, WriteInsideWriteOrReadIsAProgrammingError) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  testing::ShareDatabaseWithDeathTests share(url());
  EXPECT_DEATH((void)db_->Write([this](Tx&) { return db_->Write([](Tx&) { return Ok(); }); }),
               "inside a Read or Write callback");
  EXPECT_DEATH((void)db_->Read([this](Tx&) { return db_->Write([](Tx&) { return Ok(); }); }),
               "inside a Read or Write callback");
}

}  // namespace
}  // namespace sd::db
