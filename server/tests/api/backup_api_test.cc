// Backup and restore: what was written through the API comes back row for row, on either
// backend and across them.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/embedded.h"
#include "db/backup.h"
#include "db/migrate.h"
#include "support/test_server.h"
#include "unit/db/db_test_support.h"

namespace sd::testing {
namespace {

class BackupApi : public ApiTest {
 protected:
  // The backup text without schema_migrations rows (their times differ between databases).
  static std::string Comparable(const std::string& path) {
    std::ifstream in(path);
    std::stringstream out;
    std::string line;
    bool migrations = false;
    while (std::getline(in, line)) {
      if (line.rfind("{\"columns\"", 0) == 0)
        migrations = line.find("schema_migrations") != std::string::npos;
      if (!migrations || line[0] == '{') out << line << "\n";
    }
    return out.str();
  }
  std::unique_ptr<db::Database> Fresh(const std::string& url) {
    auto db = db::Database::Open(url);
    EXPECT_TRUE(db.has_value());
    auto migrations = db::MigrationsFrom(SchemaFiles());
    EXPECT_TRUE(db::Migrate(**db, *migrations).has_value());
    return std::move(*db);
  }
};

TEST_P(BackupApi, RestoreGivesBackEveryRow) {
  Caller admin = LoginApi("admin");
  ASSERT_EQ(Post("/api/v1/users", admin, {{"login", "kept.user"}, {"display_name", "保留"}}).status,
            201);
  std::string dir = db::testing::MakeTempDir();
  auto first = db::Backup(*db_, dir + "/first.jsonl");
  ASSERT_TRUE(first.has_value()) << first.error().key;
  EXPECT_GT(first->rows, 100);

  auto target = Fresh("sqlite:" + dir + "/restored.db");
  auto restored = db::Restore(*target, dir + "/first.jsonl");
  ASSERT_TRUE(restored.has_value()) << restored.error().key << " " << restored.error().detail;
  ASSERT_TRUE(db::Backup(*target, dir + "/second.jsonl").has_value());
  EXPECT_EQ(Comparable(dir + "/first.jsonl"), Comparable(dir + "/second.jsonl"));

  // Restoring twice is refused and changes nothing.
  auto again = db::Restore(*target, dir + "/first.jsonl");
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().key, "db.restore_not_empty");

  if (!db::testing::PgUrl().empty()) {
    std::string schema;
    std::string url = db::testing::PgUrlWithSchema(db::testing::PgUrl(), &schema);
    {
      auto pg = Fresh(url);
      ASSERT_TRUE(db::Restore(*pg, dir + "/first.jsonl").has_value());
      ASSERT_TRUE(db::Backup(*pg, dir + "/third.jsonl").has_value());
      pg->Close();
    }
    db::testing::DropPgSchema(db::testing::PgUrl(), schema);
    EXPECT_EQ(Comparable(dir + "/first.jsonl"), Comparable(dir + "/third.jsonl"));
  }
  std::filesystem::remove_all(dir);
}

TEST_P(BackupApi, AMalformedBackupLoadsNothing) {
  std::string dir = db::testing::MakeTempDir();
  ASSERT_TRUE(db::Backup(*db_, dir + "/good.jsonl").has_value());
  std::ifstream in(dir + "/good.jsonl");
  std::ofstream bad(dir + "/bad.jsonl");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    bad << (++n == 40 ? "[\"broken" : line) << "\n";
  }
  bad.close();
  auto target = Fresh("sqlite:" + dir + "/t.db");
  auto r = db::Restore(*target, dir + "/bad.jsonl");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().key, "db.backup_invalid");
  auto count = db::ReadValue<int64_t>(*target, [](db::Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT COUNT(*) FROM audit_log"));
    return rows[0].Int(0);
  });
  EXPECT_EQ(*count, 0);
  std::filesystem::remove_all(dir);
}

SD_API_BACKENDS(BackupApi);

}  // namespace
}  // namespace sd::testing
