#include "doc/number_store.h"

namespace sd::doc::store {

Result<int64_t> NextSeq(db::Tx& tx, std::string_view doc_type, int64_t year) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO doc_number_counters (doc_type, year, last_seq) "
                         "VALUES ($1, $2, 1) ON CONFLICT (doc_type, year) DO UPDATE "
                         "SET last_seq = doc_number_counters.last_seq + 1 RETURNING last_seq",
                         {doc_type, year}));
  return rows[0].Int(0);
}

Result<void> InsertIssued(db::Tx& tx, std::string_view doc_type, const IssuedNumber& n,
                          int64_t doc_id, int64_t at_us) {
  SD_TRY(
      tx.Exec("INSERT INTO doc_numbers (doc_type, year, seq, number, doc_id, issued_at_us) "
              "VALUES ($1, $2, $3, $4, $5, $6)",
              {doc_type, n.year, n.seq, n.number, doc_id, at_us}));
  return {};
}

Result<int64_t> LastSeq(db::Tx& tx, std::string_view doc_type, int64_t year) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT COALESCE(MAX(last_seq), 0) FROM "
                                        "doc_number_counters WHERE doc_type = $1 AND year = $2",
                                        {doc_type, year}));
  return rows[0].Int(0);
}

Result<void> InsertIssuedMany(db::Tx& tx, std::string_view doc_type,
                              std::span<const IssuedRow> rows) {
  std::vector<db::Value> values;
  values.reserve(rows.size() * 6);
  for (const IssuedRow& r : rows) {
    values.insert(values.end(), {doc_type, r.n.year, r.n.seq, r.n.number, r.doc_id, r.at_us});
  }
  SD_TRY(db::InsertMany(
      tx, "INSERT INTO doc_numbers (doc_type, year, seq, number, doc_id, issued_at_us) VALUES", 6,
      values));
  return {};
}

Result<void> RaiseCounter(db::Tx& tx, std::string_view doc_type, int64_t year, int64_t last_seq) {
  SD_TRY(tx.Exec(
      "INSERT INTO doc_number_counters (doc_type, year, last_seq) VALUES ($1, $2, $3) "
      "ON CONFLICT (doc_type, year) DO UPDATE SET last_seq = CASE WHEN excluded.last_seq > "
      "doc_number_counters.last_seq THEN excluded.last_seq ELSE doc_number_counters.last_seq END",
      {doc_type, year, last_seq}));
  return {};
}

Result<std::vector<SeriesCheck>> CheckSeries(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT k.doc_type, k.year, MAX(k.last_seq), CAST(SUM(k.issued) AS "
                         "BIGINT), MAX(k.max_seq) FROM ("
                         "SELECT doc_type, year, last_seq, 0 AS issued, 0 AS max_seq "
                         "FROM doc_number_counters UNION ALL "
                         "SELECT doc_type, year, 0, COUNT(*), MAX(seq) FROM doc_numbers "
                         "GROUP BY doc_type, year) k GROUP BY k.doc_type, k.year ORDER BY 1, 2"));
  return db::MapRows(rows, [](const db::Row& r) {
    return SeriesCheck{r.Text(0), r.Int(1), r.Int(2), r.Int(3), r.Int(4)};
  });
}

}  // namespace sd::doc::store
