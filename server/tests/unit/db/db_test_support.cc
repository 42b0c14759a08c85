#include "db_test_support.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

namespace sd::db::testing {

std::string PgUrl() {
  const char* url = std::getenv("SALESDESK_TEST_PG_URL");
  return url == nullptr ? std::string() : std::string(url);
}

std::string MakeTempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "sd-db-test-XXXXXX").string();
  char* made = mkdtemp(tmpl.data());
  if (made == nullptr) std::abort();
  return tmpl;
}

std::string Describe(const Error& e) {
  std::string s = std::string(CodeName(e.code)) + " " + e.key;
  for (const auto& [k, v] : e.params) s += " " + k + "=" + v;
  if (!e.detail.empty()) s += " (" + e.detail + ")";
  return s;
}

std::string PgUrlWithSchema(const std::string& base_url, std::string* schema) {
  static std::atomic<int> counter{0};
  *schema = "t_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  auto admin = Database::Open(base_url);
  if (!admin) return "";
  auto made = (*admin)->Write([&](Tx& tx) { return tx.ExecScript("CREATE SCHEMA " + *schema); });
  if (!made) return "";
  char sep = base_url.find('?') == std::string::npos ? '?' : '&';
  return base_url + sep + "options=-csearch_path%3D" + *schema;
}

void DropPgSchema(const std::string& base_url, const std::string& schema) {
  auto admin = Database::Open(base_url);
  if (!admin) return;
  (void)(*admin)->Write(
      [&](Tx& tx) { return tx.ExecScript("DROP SCHEMA IF EXISTS " + schema + " CASCADE"); });
}

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

namespace {
constexpr char kSharedUrlEnv[] = "SD_TEST_DB_URL_FOR_DEATH_TESTS";
}  // namespace

ShareDatabaseWithDeathTests::ShareDatabaseWithDeathTests(const std::string& url) {
  setenv(kSharedUrlEnv, url.c_str(), 1);
}

ShareDatabaseWithDeathTests::~ShareDatabaseWithDeathTests() { unsetenv(kSharedUrlEnv); }

void DbTest::SetUp() {
  if (const char* shared = std::getenv(kSharedUrlEnv); shared != nullptr) {
    url_ = shared;
  } else if (GetParam() == Backend::kSqlite) {
    dir_ = MakeTempDir();
    url_ = "sqlite:" + dir_ + "/test.db";
  } else {
    std::string base = PgUrl();
    if (base.empty()) GTEST_SKIP() << "SALESDESK_TEST_PG_URL is not set";
    url_ = PgUrlWithSchema(base, &schema_);
    ASSERT_FALSE(url_.empty()) << "cannot create a schema on " << base;
  }
  auto db = Database::Open(url_);
  ASSERT_TRUE(db.has_value()) << Describe(db.error());
  db_ = std::move(*db);
}

void DbTest::TearDown() {
  if (db_) db_->Close();
  db_.reset();
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
  if (!schema_.empty()) DropPgSchema(PgUrl(), schema_);
}

std::unique_ptr<Database> DbTest::OpenAgain(const Options& options) const {
  auto db = Database::Open(url_, options);
  if (!db) {
    ADD_FAILURE() << Describe(db.error());
    return nullptr;
  }
  return std::move(*db);
}

void DbTest::Script(std::string_view sql) const {
  auto r = db_->Write([&](Tx& tx) { return tx.ExecScript(sql); });
  ASSERT_TRUE(r.has_value()) << Describe(r.error());
}

int64_t DbTest::IntOf(std::string_view sql) const {
  auto v = ReadValue<int64_t>(*db_, [&](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query(sql));
    return rows[0].Int(0);
  });
  EXPECT_TRUE(v.has_value()) << Describe(v.error());
  return v ? *v : -1;
}

}  // namespace sd::db::testing
