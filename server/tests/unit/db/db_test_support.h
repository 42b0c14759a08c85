#pragma once
// A fresh database per test on each backend: SQLite in a temporary directory, PostgreSQL in a
// schema of its own on the server named by SALESDESK_TEST_PG_URL (skipped when unset).

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

#include "db/database.h"

namespace sd::db {
// Test names and messages show "Sqlite"/"Postgres" rather than a byte dump.
inline void PrintTo(Backend b, std::ostream* os) {
  *os << (b == Backend::kSqlite ? "Sqlite" : "Postgres");
}
}  // namespace sd::db

namespace sd::db::testing {

class DbTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // The URL of this test's database (a second Open sees the same data).
  const std::string& url() const { return url_; }
  // Opens this test's database again with other options.
  std::unique_ptr<Database> OpenAgain(const Options& options = {}) const;
  // Runs DDL or other statements in a write transaction; fails the test on error.
  void Script(std::string_view sql) const;
  // The single integer the query returns.
  int64_t IntOf(std::string_view sql) const;

  std::unique_ptr<Database> db_;

 private:
  std::string url_;
  std::string dir_;     // SQLite: temporary directory
  std::string schema_;  // PostgreSQL: schema of this test
};

// While alive, death-test children (which run the test afresh in a new process) open this
// database instead of making one of their own that nobody would remove.
class ShareDatabaseWithDeathTests {
 public:
  explicit ShareDatabaseWithDeathTests(const std::string& url);
  ~ShareDatabaseWithDeathTests();
  ShareDatabaseWithDeathTests(const ShareDatabaseWithDeathTests&) = delete;
  ShareDatabaseWithDeathTests& operator=(const ShareDatabaseWithDeathTests&) = delete;
};

// Test-name suffix: "Sqlite" or "Postgres".
std::string BackendName(const ::testing::TestParamInfo<Backend>& info);

// PostgreSQL URL from SALESDESK_TEST_PG_URL, or "" when unset.
std::string PgUrl();
// A new temporary directory; the caller removes it.
std::string MakeTempDir();
// A new empty PostgreSQL schema and the URL whose connections use it (search_path).
std::string PgUrlWithSchema(const std::string& base_url, std::string* schema);
void DropPgSchema(const std::string& base_url, const std::string& schema);

// Shows an error in failure messages.
std::string Describe(const Error& e);

}  // namespace sd::db::testing

#define SD_INSTANTIATE_BACKENDS(suite)                                             \
  INSTANTIATE_TEST_SUITE_P(                                                        \
      Backends, suite,                                                             \
      ::testing::Values(::sd::db::Backend::kSqlite, ::sd::db::Backend::kPostgres), \
      ::sd::db::testing::BackendName)

// Asserts that a Result holds a value, printing the error otherwise.
#define SD_ASSERT_OK(expr)                                                          \
  do {                                                                              \
    auto&& sd_ok_ = (expr);                                                         \
    ASSERT_TRUE(sd_ok_.has_value()) << ::sd::db::testing::Describe(sd_ok_.error()); \
  } while (false)
