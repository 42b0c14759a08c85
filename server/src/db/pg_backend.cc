#include "db/pg_backend.h"

#include <libpq-fe.h>

#include <array>
#include <charconv>
#include <utility>
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

PGconn* Connect(const std::string& url) {
  // Our defaults first; values in the URL (dbname, expanded) override them.
  const char* const keys[] = {"application_name", "client_encoding", "connect_timeout", "dbname",
                              nullptr};
  const char* const values[] = {"salesdesk", "UTF8", "10", url.c_str(), nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  // Notices ("relation already exists, skipping") would go to stderr.
  if (conn != nullptr) PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  return conn;
}

// Parameters as libpq wants them: text, integers in decimal, NULL as a null pointer.
class TextParams {
 public:
  TextParams(const Value* params, size_t n) : values_(n), digits_(n) {
    for (size_t i = 0; i < n; ++i) {
      if (params[i].is_int()) {
        char* first = digits_[i].data();
        auto [end, ec] = std::to_chars(first, first + digits_[i].size() - 1, params[i].AsInt());
        *end = '\0';
        values_[i] = first;
      } else if (params[i].is_text()) {
        values_[i] = params[i].AsText().c_str();
      }
    }
  }
  const char* const* values() const { return values_.data(); }
  int size() const { return static_cast<int>(values_.size()); }

 private:
  std::vector<const char*> values_;
  std::vector<std::array<char, 24>> digits_;
};

}  // namespace

Result<std::unique_ptr<PgConn>> PgConn::Open(const std::string& url, bool use_prepared) {
  PGconn* conn = Connect(url);
  if (conn == nullptr) return UnavailableError("out of memory connecting to PostgreSQL");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = Trimmed(PQerrorMessage(conn));
    PQfinish(conn);
    return UnavailableError("cannot connect to PostgreSQL: " + msg);
  }
  return std::unique_ptr<PgConn>(new PgConn(conn, url, use_prepared));
}

PgConn::~PgConn() { PQfinish(conn_); }

bool PgConn::ok() const { return PQstatus(conn_) == CONNECTION_OK; }

bool PgConn::idle() const { return PQtransactionStatus(conn_) == PQTRANS_IDLE; }

bool PgConn::Reset() {
  // A new connection rather than PQreset: nothing of the old one (pipeline mode, prepared
  // statements, session state) can linger.
  PQfinish(conn_);
  conn_ = Connect(url_);
  prepared_.clear();
  pending_begin_ = nullptr;
  return ok();
}

std::string PgConn::NewStatementName() {
  if (prepared_.size() >= kCacheMax) {
    ResultPtr dealloc(PQexec(conn_, "DEALLOCATE ALL"));
    prepared_.clear();
  }
  std::string name = "sd";  // (two steps: g++ 12 warns falsely on "sd" + to_string)
  name += std::to_string(next_statement_++);
  return name;
}

Result<const std::string*> PgConn::Prepared(std::string_view sql, int n) {
  if (auto it = prepared_.find(sql); it != prepared_.end()) return &it->second;
  std::string name = NewStatementName();
  std::string text(sql);
  ResultPtr res(PQprepare(conn_, name.c_str(), text.c_str(), n, nullptr));
  if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return ErrorOf(conn_, res.get(), sql);
  return &prepared_.emplace(std::move(text), std::move(name)).first->second;
}

Result<int64_t> PgConn::Outcome(PGresult* res, std::string_view sql, Rows* rows) {
  ExecStatusType status = PQresultStatus(res);
  if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
    if (rows != nullptr && status == PGRES_TUPLES_OK) AppendRows(res, rows);
    return ChangedRows(res);
  }
  // After DDL changed a table's columns, a prepared "SELECT *" refuses to run
  // ("cached plan must not change result type"); prepare it afresh next time.
  if (use_prepared_ && Field(res, PG_DIAG_SQLSTATE) == "0A000") {
    if (auto it = prepared_.find(sql); it != prepared_.end()) prepared_.erase(it);
  }
  return ErrorOf(conn_, res, sql);
}

Result<int64_t> PgConn::Run(std::string_view sql, const Value* params, size_t n, Rows* rows) {
  TextParams text_params(params, n);
  if (pending_begin_ != nullptr) {
    const char* begin = std::exchange(pending_begin_, nullptr);
    Result<int64_t> r = RunAfterBegin(begin, sql, text_params.values(), text_params.size(), rows);
    if (r || ok() || !Reset()) return r;
    return RunAfterBegin(begin, sql, text_params.values(), text_params.size(), rows);
  }
  ResultPtr res;
  if (use_prepared_) {
    SD_TRY_ASSIGN(const std::string* name, Prepared(sql, text_params.size()));
    res.reset(PQexecPrepared(conn_, name->c_str(), text_params.size(), text_params.values(),
                             nullptr, nullptr, 0));
  } else {
    std::string text(sql);
    res.reset(PQexecParams(conn_, text.c_str(), text_params.size(), nullptr, text_params.values(),
                           nullptr, nullptr, 0));
  }
  return Outcome(res.get(), sql, rows);
}

Result<int64_t> PgConn::RunAfterBegin(const char* begin, std::string_view sql,
                                      const char* const* values, int n, Rows* rows) {
  std::string text(sql);
  std::string name;
  bool prepare = false;
  if (use_prepared_) {
    auto it = prepared_.find(sql);
    prepare = it == prepared_.end();
    name = prepare ? NewStatementName() : it->second;
  }
  bool sent =
      PQenterPipelineMode(conn_) == 1 &&
      PQsendQueryParams(conn_, begin, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1 &&
      (!prepare || PQsendPrepare(conn_, name.c_str(), text.c_str(), n, nullptr) == 1) &&
      (use_prepared_ ? PQsendQueryPrepared(conn_, name.c_str(), n, values, nullptr, nullptr, 0)
                     : PQsendQueryParams(conn_, text.c_str(), n, nullptr, values, nullptr, nullptr,
                                         0)) == 1 &&
      PQpipelineSync(conn_) == 1;
  // Each command's result (then a null) up to the sync point; commands after a failed one
  // answer PGRES_PIPELINE_ABORTED.
  std::vector<ResultPtr> results;
  for (int nulls = 0; sent && nulls < 8;) {
    PGresult* r = PQgetResult(conn_);
    if (r == nullptr) {
      if (!ok()) break;
      ++nulls;
      continue;
    }
    nulls = 0;
    if (PQresultStatus(r) == PGRES_PIPELINE_SYNC) {
      PQclear(r);
      break;
    }
    results.emplace_back(r);
  }
  if (ok()) PQexitPipelineMode(conn_);
  if (results.size() != (prepare ? 3u : 2u)) return ErrorOf(conn_, nullptr, sql);
  if (PQresultStatus(results[0].get()) != PGRES_COMMAND_OK) {
    return ErrorOf(conn_, results[0].get(), begin);
  }
  if (prepare) {
    if (PQresultStatus(results[1].get()) != PGRES_COMMAND_OK) {
      return ErrorOf(conn_, results[1].get(), sql);
    }
    prepared_.emplace(std::move(text), std::move(name));
  }
  return Outcome(results.back().get(), sql, rows);
}

Result<void> PgConn::ExecScript(std::string_view sql) {
  if (pending_begin_ != nullptr) {
    // A script cannot share the pipeline; its BEGIN goes first, with the same one retry.
    const char* begin = std::exchange(pending_begin_, nullptr);
    Result<void> r = Control(begin);
    if (!r && !ok() && Reset()) r = Control(begin);
    SD_TRY(std::move(r));
  }
  return Control(std::string(sql).c_str());
}

Result<void> PgConn::Control(const char* sql) {
  ResultPtr res(PQexec(conn_, sql));
  ExecStatusType status = PQresultStatus(res.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
    return Ok();
  }
  return ErrorOf(conn_, res.get(), sql);
}

}  // namespace sd::db
