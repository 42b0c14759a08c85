#include "db/database.h"

#include <algorithm>

#include "db/pg_database.h"
#include "db/sqlite_database.h"

namespace sd::db {
namespace {

Result<std::unique_ptr<Database>> UrlInvalid(std::string_view url, const char* why) {
  Error e = MakeError(Code::kInvalidArgument, "db.url_invalid");
  e.detail = std::string(why) + ": " + std::string(url);
  return e;
}

}  // namespace

Result<std::unique_ptr<Database>> Database::Open(std::string_view url, const Options& options) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return PgDatabase::Open(std::string(url), options);
  }
  std::string_view path = url;
  if (path.starts_with("sqlite://")) {
    path.remove_prefix(9);
  } else if (path.starts_with("sqlite:")) {
    path.remove_prefix(7);
  } else if (path.find("://") != std::string_view::npos) {
    return UrlInvalid(url, "unknown database scheme");
  }
  if (path.empty()) return UrlInvalid(url, "no file name");
  // Each connection would get a database of its own.
  if (path == ":memory:") return UrlInvalid(url, "in-memory SQLite cannot be shared");
  return SqliteDatabase::Open(std::string(path), options);
}

void AppendIdList(const std::vector<int64_t>& ids, std::string* sql, std::vector<Value>* params) {
  SD_ASSERT(!ids.empty(), "an IN list needs at least one id");
  *sql += "(";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) *sql += ", ";
    params->emplace_back(ids[i]);
    *sql += "$" + std::to_string(params->size());
  }
  *sql += ")";
}

Result<int64_t> InsertMany(Tx& tx, std::string_view head, size_t per_row,
                           std::span<const Value> values) {
  SD_ASSERT(per_row > 0 && values.size() % per_row == 0, "values hold whole rows");
  // Under SQLite's 32,766 and PostgreSQL's 65,535 parameters; full chunks share one SQL text,
  // so the statement is prepared once per connection.
  constexpr size_t kMaxParams = 30'000;
  const size_t rows_per_chunk = std::max<size_t>(1, std::min<size_t>(1000, kMaxParams / per_row));
  int64_t inserted = 0;
  std::string sql;
  for (size_t at = 0; at < values.size(); at += rows_per_chunk * per_row) {
    const size_t n = std::min(rows_per_chunk * per_row, values.size() - at);
    sql.assign(head);
    for (size_t i = 0; i < n; ++i) {
      sql += i % per_row == 0 ? (i == 0 ? " ($" : ", ($") : ", $";
      sql += std::to_string(i + 1);
      if (i % per_row == per_row - 1) sql += ")";
    }
    SD_TRY_ASSIGN(int64_t changed, tx.ExecValues(sql, values.subspan(at, n)));
    inserted += changed;
  }
  return inserted;
}

}  // namespace sd::db
