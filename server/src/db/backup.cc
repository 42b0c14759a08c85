#include "db/backup.h"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

namespace sd::db {
namespace {

constexpr const char* kFormat = "salesdesk-backup-1";

// Tables in creation order, so parents come before the tables that reference them. Without
// SQLite's virtual tables (the FTS5 search index crm_customer_fts) and their shadow tables
// (crm_customer_fts_data, …), nor the tables that feed them (*_index_docs, *_index_pending;
// crm 40_040): they hold nothing of their own, the restored rows are indexed again at the
// restore's commit (sqlite_writer.h, *_at_commit), and a fresh database has rows in some of
// them already (fts _config).
Result<std::vector<std::string>> Tables(Tx& tx) {
  const char* sql =
      tx.backend() == Backend::kSqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN (SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
            "type IN ('virtual', 'shadow')) AND name NOT GLOB '*_index_docs' AND name NOT GLOB "
            "'*_index_pending' ORDER BY rowid"
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

Result<Value> Cell(const nlohmann::json& cell, int64_t line) {
  if (cell.is_null()) return Value(nullptr);
  if (cell.is_number_integer()) return Value(cell.get<int64_t>());
  if (cell.is_string()) return Value(cell.get<std::string>());
  return Invalid(line);
}

// A foreign key of a table to itself (org_staff.superior_staff_id → org_staff.id), by column
// position in the backup's column list.
struct SelfRef {
  size_t from = 0;
  size_t to = 0;
  std::string update_sql;  // UPDATE t SET from = $1 WHERE to = $2
};

// The self-references of table among columns. A row may point to a row with a higher id (a
// superior changed later), so restore inserts these cells as NULL and sets them once every
// row of the table is in.
Result<std::vector<SelfRef>> SelfRefs(Tx& tx, const std::string& table,
                                      const nlohmann::json& columns) {
  const char* sql =
      tx.backend() == Backend::kSqlite
          ? "SELECT \"from\", \"to\" FROM pragma_foreign_key_list($1) WHERE \"table\" = $1"
          : "SELECT a.attname::text, b.attname::text FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND c.conrelid = c.confrelid "
            "AND n.nspname = current_schema() AND t.relname = $1";
  SD_TRY_ASSIGN(Rows rows, tx.Query(sql, {table}));
  auto index = [&](const std::string& name) -> std::optional<size_t> {
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] == name) return i;
    }
    return std::nullopt;
  };
  std::vector<SelfRef> out;
  for (const Row& r : rows) {
    if (r.IsNull(1)) continue;  // SQLite: a key naming no column points to the primary key
    std::optional<size_t> from = index(r.Text(0));
    std::optional<size_t> to = index(r.Text(1));
    if (from && to) {
      out.push_back({*from, *to,
                     "UPDATE " + Quote(table) + " SET " + Quote(r.Text(0)) + " = $1 WHERE " +
                         Quote(r.Text(1)) + " = $2"});
    }
  }
  return out;
}

struct Deferred {
  const std::string* sql;  // a SelfRef's update_sql
  Value value;
  Value key;
};

Result<void> InsertRow(Tx& tx, const std::string& sql, const nlohmann::json& row, size_t ncol,
                       int64_t line, const std::vector<SelfRef>& self_refs,
                       std::vector<Deferred>* deferred) {
  if (!row.is_array() || row.size() != ncol) return Invalid(line);
  std::vector<Value> params;
  params.reserve(ncol);
  for (const auto& cell : row) {
    SD_TRY_ASSIGN(Value v, Cell(cell, line));
    params.push_back(std::move(v));
  }
  for (const SelfRef& ref : self_refs) {
    if (params[ref.from].is_null()) continue;
    deferred->push_back({&ref.update_sql, params[ref.from], params[ref.to]});
    params[ref.from] = Value(nullptr);
  }
  SD_TRY(tx.Exec(sql, params));
  return Ok();
}

Result<void> ApplyDeferred(Tx& tx, std::vector<Deferred>* deferred) {
  for (const Deferred& d : *deferred) SD_TRY(tx.Exec(*d.sql, {d.value, d.key}));
  deferred->clear();
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
      // Every column orders the rows, not the first alone: rows sharing it (a position's
      // duties) would otherwise come out in whatever order each backend's sort leaves them,
      // and a backup would not read the same from both (test databases collate as C).
      SD_TRY_ASSIGN(Rows shape, tx.Query("SELECT * FROM " + Quote(table) + " LIMIT 0"));
      std::string order = " ORDER BY 1";
      for (size_t i = 2; i <= shape.columns.size(); ++i) order += ", " + std::to_string(i);
      SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT * FROM " + Quote(table) + order));
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
    std::vector<SelfRef> self_refs;
    std::vector<Deferred> deferred;  // point into self_refs: applied before it changes
    while (std::getline(in, line)) {
      ++n;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) return Invalid(n);
      if (n == 1) {
        if (!j.is_object() || j.value("format", "") != kFormat) return Invalid(n);
        continue;
      }
      if (j.is_object()) {
        SD_TRY(ApplyDeferred(tx, &deferred));
        table = j.value("table", "");
        if (!known.contains(table) || !j["columns"].is_array()) return Invalid(n);
        ncol = j["columns"].size();
        for (const auto& c : j["columns"]) {
          if (!c.is_string()) return Invalid(n);
        }
        SD_TRY_ASSIGN(self_refs, SelfRefs(tx, table, j["columns"]));
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
      SD_TRY(InsertRow(tx, insert, j, ncol, n, self_refs, &deferred));
      ++stats.rows;
    }
    if (n == 0) return Invalid(1);
    SD_TRY(ApplyDeferred(tx, &deferred));
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
