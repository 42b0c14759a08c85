#include "db/pg_backend.h"

#include <libpq-fe.h>

#include <array>
#include <charconv>
#include <vector>

#include "db/errors.h"

namespace sd::db {
namespace {

// Statements kept per connection; beyond this the cache starts over.
constexpr size_t kCacheMax = 512;

// Column type OIDs (pg_type.dat) read back as integers.
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kNumericOid = 1700;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string Field(const PGresult* res, int field) {
  const char* v = PQresultErrorField(res, field);
  return v == nullptr ? std::string() : std::string(v);
}

std::string Trimmed(const char* msg) {
  std::string s = msg == nullptr ? "" : msg;
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

Error ErrorOf(PGconn* conn, const PGresult* res, std::string_view sql) {
  std::string msg = Trimmed(res != nullptr ? PQresultErrorMessage(res) : PQerrorMessage(conn));
  if (PQstatus(conn) != CONNECTION_OK) return UnavailableError(msg);
  std::string code = res != nullptr ? Field(res, PG_DIAG_SQLSTATE) : "";
  if (code == "23505") return UniqueViolation(Field(res, PG_DIAG_CONSTRAINT_NAME), msg);
  if (code == "23502") {
    return ConstraintViolation(
        Field(res, PG_DIAG_TABLE_NAME) + "." + Field(res, PG_DIAG_COLUMN_NAME), msg);
  }
  if (code.starts_with("23")) return ConstraintViolation(Field(res, PG_DIAG_CONSTRAINT_NAME), msg);
  // RAISE EXCEPTION in a trigger: the message is the target, as with SQLite's RAISE(ABORT, …).
  if (code == "P0001") return ConstraintViolation(Field(res, PG_DIAG_MESSAGE_PRIMARY), msg);
  if (code == "40001" || code == "40P01") return ConflictError(msg);
  // Lost connections were caught above; 08P01 with a live connection is our protocol misuse
  // (a wrong number of parameters), so it falls through to kInternal.
  if (code.starts_with("57P")) return UnavailableError(msg);
  return InternalError(msg + " (in: " + std::string(sql) + ")");
}

// Integer columns come back as int64; a NUMERIC holding an integer (SUM over BIGINT) too, so
// sums read the same as on SQLite. Anything else stays text.
Value CellValue(const char* text, int len, Oid type) {
  std::string_view s(text, static_cast<size_t>(len));
  if (type == kBoolOid) return Value(static_cast<int64_t>(s == "t" ? 1 : 0));
  if (type == kInt8Oid || type == kInt4Oid || type == kInt2Oid || type == kNumericOid) {
    int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && end == s.data() + s.size()) return Value(v);
  }
  return Value(std::string(s));
}

void AppendRows(const PGresult* res, Rows* rows) {
  int ncol = PQnfields(res);
  int nrow = PQntuples(res);
  if (rows->columns.empty()) {
    for (int c = 0; c < ncol; ++c) rows->columns.emplace_back(PQfname(res, c));
  }
  std::vector<Oid> types(static_cast<size_t>(ncol));
  for (int c = 0; c < ncol; ++c) types[static_cast<size_t>(c)] = PQftype(res, c);
  rows->rows.reserve(rows->rows.size() + static_cast<size_t>(nrow));
  for (int r = 0; r < nrow; ++r) {
    std::vector<Value> cells;
    cells.reserve(static_cast<size_t>(ncol));
    for (int c = 0; c < ncol; ++c) {
      if (PQgetisnull(res, r, c) != 0) {
        cells.emplace_back();
      } else {
        cells.push_back(CellValue(PQgetvalue(res, r, c), PQgetlength(res, r, c),
                                  types[static_cast<size_t>(c)]));
      }
    }
    rows->rows.emplace_back(std::move(cells));
  }
}

// Rows changed, from the command tag ("UPDATE 3"); 0 for SELECT and other commands.
int64_t ChangedRows(PGresult* res) {
  std::string_view tag = PQcmdStatus(res);
  if (!tag.starts_with("INSERT") && !tag.starts_with("UPDATE") && !tag.starts_with("DELETE") &&
      !tag.starts_with("MERGE")) {
    return 0;
  }
  std::string_view count = PQcmdTuples(res);
  int64_t v = 0;
  std::from_chars(count.data(), count.data() + count.size(), v);
  return v;
}

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

}  // namespace

Result<std::unique_ptr<PgConn>> PgConn::Open(const std::string& url, bool use_prepared) {
  // Our defaults first; values in the URL (dbname, expanded) override them.
  const char* const keys[] = {"application_name", "client_encoding", "connect_timeout", "dbname",
                              nullptr};
  const char* const values[] = {"salesdesk", "UTF8", "10", url.c_str(), nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (conn == nullptr) return UnavailableError("out of memory connecting to PostgreSQL");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = Trimmed(PQerrorMessage(conn));
    PQfinish(conn);
    return UnavailableError("cannot connect to PostgreSQL: " + msg);
  }
  // Notices ("relation already exists, skipping") would go to stderr.
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  return std::unique_ptr<PgConn>(new PgConn(conn, use_prepared));
}

PgConn::~PgConn() { PQfinish(conn_); }

bool PgConn::ok() const { return PQstatus(conn_) == CONNECTION_OK; }

bool PgConn::idle() const { return PQtransactionStatus(conn_) == PQTRANS_IDLE; }

bool PgConn::Reset() {
  prepared_.clear();
  PQreset(conn_);
  return ok();
}

Result<const std::string*> PgConn::Prepared(std::string_view sql, size_t n) {
  if (auto it = prepared_.find(sql); it != prepared_.end()) return &it->second;
  if (prepared_.size() >= kCacheMax) {
    ResultPtr dealloc(PQexec(conn_, "DEALLOCATE ALL"));
    prepared_.clear();
  }
  std::string name = "sd" + std::to_string(next_statement_++);
  std::string text(sql);
  ResultPtr res(PQprepare(conn_, name.c_str(), text.c_str(), static_cast<int>(n), nullptr));
  if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return ErrorOf(conn_, res.get(), sql);
  return &prepared_.emplace(std::move(text), std::move(name)).first->second;
}

Result<int64_t> PgConn::Run(std::string_view sql, const Value* params, size_t n, Rows* rows) {
  std::vector<const char*> values(n);
  std::vector<std::array<char, 24>> digits(n);
  for (size_t i = 0; i < n; ++i) {
    if (params[i].is_int()) {
      auto [end, ec] = std::to_chars(digits[i].data(), digits[i].data() + 23, params[i].AsInt());
      *end = '\0';
      values[i] = digits[i].data();
    } else if (params[i].is_text()) {
      values[i] = params[i].AsText().c_str();
    }
  }
  ResultPtr res;
  auto nparams = static_cast<int>(n);
  if (use_prepared_) {
    SD_TRY_ASSIGN(const std::string* name, Prepared(sql, n));
    res.reset(PQexecPrepared(conn_, name->c_str(), nparams, values.data(), nullptr, nullptr, 0));
  } else {
    std::string text(sql);
    res.reset(
        PQexecParams(conn_, text.c_str(), nparams, nullptr, values.data(), nullptr, nullptr, 0));
  }
  ExecStatusType status = PQresultStatus(res.get());
  if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
    if (rows != nullptr && status == PGRES_TUPLES_OK) AppendRows(res.get(), rows);
    return ChangedRows(res.get());
  }
  // After DDL changed a table's columns, a prepared "SELECT *" refuses to run
  // ("cached plan must not change result type"); prepare it afresh next time.
  if (use_prepared_ && Field(res.get(), PG_DIAG_SQLSTATE) == "0A000") {
    if (auto it = prepared_.find(sql); it != prepared_.end()) prepared_.erase(it);
  }
  return ErrorOf(conn_, res.get(), sql);
}

Result<void> PgConn::ExecScript(std::string_view sql) { return Control(std::string(sql).c_str()); }

Result<void> PgConn::Control(const char* sql) {
  ResultPtr res(PQexec(conn_, sql));
  ExecStatusType status = PQresultStatus(res.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
    return Ok();
  }
  return ErrorOf(conn_, res.get(), sql);
}

}  // namespace sd::db
