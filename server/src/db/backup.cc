#include "db/backup.h"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

namespace sd::db {
namespace {

constexpr const char* kFormat = "salesdesk-backup-1";

// Tables in creation order, so parents come before the tables that reference them.
Result<std::vector<std::string>> Tables(Tx& tx) {
  const char* sql =
      tx.backend() == Backend::kSqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
          : "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid";
  SD_TRY_ASSIGN(Rows rows, tx.Query(sql));
  std::vector<std::string> out;
  for (const Row& r : rows) out.push_back(r.Text(0));
  return out;
}

// Table names come from the database catalogue or are checked against it; quoting keeps an
// odd name from becoming SQL.
std::string Quote(const std::string& name) {
  std::string out(1, '"');
  out += name;
  out += '"';
  return out;
}

Error Io(const std::string& path) {
  return MakeError(Code::kUnavailable, "db.backup_io", {{"path", path}});
}

Error Invalid(int64_t line) {
  return MakeError(Code::kInvalidArgument, "db.backup_invalid", {{"line", std::to_string(line)}});
}

Result<void> InsertRow(Tx& tx, const std::string& sql, const nlohmann::json& row, size_t ncol,
                       int64_t line) {
  if (!row.is_array() || row.size() != ncol) return Invalid(line);
  std::vector<Value> params;
  params.reserve(ncol);
  for (const auto& cell : row) {
    if (cell.is_null()) {
      params.emplace_back(nullptr);
    } else if (cell.is_number_integer()) {
      params.emplace_back(cell.get<int64_t>());
    } else if (cell.is_string()) {
      params.emplace_back(cell.get<std::string>());
    } else {
      return Invalid(line);
    }
  }
  SD_TRY(tx.Exec(sql, params));
  return Ok();
}

}  // namespace

Result<BackupStats> Backup(Database& db, const std::string& path) {
  const std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return Io(path);
  BackupStats stats;
  SD_TRY(db.Read([&](Tx& tx) -> Result<void> {
    out << nlohmann::json{{"format", kFormat}}.dump() << "\n";
    SD_TRY_ASSIGN(std::vector<std::string> tables, Tables(tx));
    for (const std::string& table : tables) {
      SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT * FROM " + Quote(table) + " ORDER BY 1"));
      out << nlohmann::json{{"table", table}, {"columns", rows.columns}}.dump() << "\n";
      for (const Row& r : rows) {
        nlohmann::json line = nlohmann::json::array();
        for (size_t i = 0; i < r.size(); ++i) {
          const Value& v = r.At(i);
          if (v.is_null()) {
            line.push_back(nullptr);
          } else if (v.is_int()) {
            line.push_back(v.AsInt());
          } else {
            line.push_back(v.AsText());
          }
        }
        out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        ++stats.rows;
      }
      ++stats.tables;
    }
    return Ok();
  }));
  out.flush();
  if (!out) return Io(path);
  out.close();
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Io(path);
  return stats;
}

Result<BackupStats> Restore(Database& db, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Io(path);
  BackupStats stats;
  SD_TRY(db.Write([&](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(std::vector<std::string> tables, Tables(tx));
    const std::set<std::string> known(tables.begin(), tables.end());
    for (const std::string& t : tables) {
      if (t == "schema_migrations") continue;
      SD_TRY_ASSIGN(Rows any, tx.Query("SELECT 1 FROM " + Quote(t) + " LIMIT 1"));
      if (!any.empty()) return Fail(Code::kFailedPrecondition, "db.restore_not_empty");
    }
    SD_TRY_ASSIGN(Rows applied_rows, tx.Query("SELECT id FROM schema_migrations"));
    std::set<std::string> applied;
    for (const Row& r : applied_rows) applied.insert(r.Text(0));

    std::string line;
    int64_t n = 0;
    std::string table, insert;
    size_t ncol = 0;
    while (std::getline(in, line)) {
      ++n;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) return Invalid(n);
      if (n == 1) {
        if (!j.is_object() || j.value("format", "") != kFormat) return Invalid(n);
        continue;
      }
      if (j.is_object()) {
        table = j.value("table", "");
        if (!known.contains(table) || !j["columns"].is_array()) return Invalid(n);
        ncol = j["columns"].size();
        std::string cols, marks;
        for (size_t i = 0; i < ncol; ++i) {
          if (i) {
            cols += ", ";
            marks += ", ";
          }
          cols += Quote(j["columns"][i].get<std::string>());
          marks += '$';
          marks += std::to_string(i + 1);
        }
        insert = "INSERT INTO " + Quote(table) + " (" + cols + ") VALUES (" + marks + ")";
        ++stats.tables;
        continue;
      }
      if (table.empty()) return Invalid(n);
      if (table == "schema_migrations") {
        // The target is migrated already; a backup from a newer binary cannot load here.
        if (!j.is_array() || j.empty() || !j[0].is_string()) return Invalid(n);
        if (!applied.contains(j[0].get<std::string>())) {
          return Fail(Code::kFailedPrecondition, "db.backup_newer",
                      {{"migration", j[0].get<std::string>()}});
        }
        continue;
      }
      SD_TRY(InsertRow(tx, insert, j, ncol, n));
      ++stats.rows;
    }
    if (n == 0) return Invalid(1);
    if (tx.backend() == Backend::kPostgres) {
      // Identity sequences must continue after the restored ids.
      SD_TRY_ASSIGN(Rows ids, tx.Query("SELECT table_name, pg_get_serial_sequence(table_name, "
                                       "'id') FROM information_schema.columns WHERE "
                                       "table_schema = current_schema() AND column_name = 'id' "
                                       "AND is_identity = 'YES'"));
      for (const Row& r : ids) {
        if (r.IsNull(1) || !known.contains(r.Text(0))) continue;
        SD_TRY(tx.Query("SELECT setval($1, COALESCE((SELECT MAX(id) FROM " + Quote(r.Text(0)) +
                            "), 0) + 1, false)",
                        {r.Text(1)}));
      }
    }
    return Ok();
  }));
  return stats;
}

}  // namespace sd::db
