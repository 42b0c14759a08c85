#include "db/database.h"

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

}  // namespace sd::db
