#include "crm/sample_store.h"

namespace sd::crm::store {
namespace {

constexpr std::string_view kSampleColumns =
    "SELECT m.id, m.lead_id, m.customer_id, m.requested_by_staff_id, COALESCE(s.name, ''), "
    "m.product, m.qty, m.cost_fen, m.state, m.decided_by_user_id, m.decided_by_name, "
    "m.decided_at_us, m.decision_note, m.courier, m.tracking_no, m.shipped_on, m.feedback, "
    "m.version, m.created_at_us, COALESCE(l.company, ''), m.notes "
    "FROM crm_samples m LEFT JOIN org_staff s ON s.id = m.requested_by_staff_id "
    "LEFT JOIN crm_leads l ON l.id = m.lead_id";

Sample SampleFromRow(const db::Row& r) {
  Sample m;
  m.id = r.Int(0);
  m.lead_id = r.OptInt(1);
  m.customer_id = r.OptInt(2);
  m.requested_by_staff_id = r.OptInt(3);
  m.requested_by_name = r.Text(4);
  m.f.product = r.Text(5);
  m.f.qty = r.Text(6);
  m.f.cost_fen = r.Int(7);
  ParseSampleState(r.Text(8), &m.state);
  m.decided_by_user_id = r.OptInt(9);
  m.decided_by_name = r.Text(10);
  m.decided_at_us = r.OptInt(11);
  m.decision_note = r.Text(12);
  m.courier = r.Text(13);
  m.tracking_no = r.Text(14);
  m.shipped_on = r.OptText(15);
  m.feedback = r.Text(16);
  m.version = r.Int(17);
  m.created_at_us = r.Int(18);
  m.company = r.Text(19);
  m.f.notes = r.Text(20);
  return m;
}

}  // namespace

Result<std::vector<Sample>> ListSamples(db::Tx& tx, const SampleFilter& f) {
  std::string sql = std::string(kSampleColumns) +
                    " WHERE (CAST($1 AS BIGINT) IS NULL OR m.lead_id = $1)"
                    " AND (CAST($2 AS TEXT) IS NULL OR m.state = $2)";
  std::vector<db::Value> params = {f.lead_id, f.state};
  if (f.requesters) {
    if (f.requesters->empty()) return std::vector<Sample>{};
    sql += " AND m.requested_by_staff_id IN ";
    db::AppendIdList(*f.requesters, &sql, &params);
  }
  sql += " ORDER BY m.id DESC LIMIT 500";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, SampleFromRow);
}

Result<std::optional<Sample>> LoadSample(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kSampleColumns) + " WHERE m.id = $1", {id}));
  return db::FirstRow(rows, SampleFromRow);
}

Result<int64_t> InsertSample(db::Tx& tx, const Sample& s) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO crm_samples (lead_id, customer_id, requested_by_staff_id, "
                         "product, qty, cost_fen, notes, created_at_us) VALUES ($1, $2, "
                         "$3, $4, $5, $6, $7, $8) RETURNING id",
                         {s.lead_id, s.customer_id, s.requested_by_staff_id, s.f.product, s.f.qty,
                          s.f.cost_fen, s.f.notes, s.created_at_us}));
  return rows[0].Int(0);
}

Result<bool> UpdateSample(db::Tx& tx, const Sample& s, int64_t expected_version) {
  SD_TRY_ASSIGN(
      int64_t n,
      tx.Exec("UPDATE crm_samples SET state = $1, decided_by_user_id = $2, decided_by_name = $3, "
              "decided_at_us = $4, decision_note = $5, courier = $6, tracking_no = $7, "
              "shipped_on = $8, feedback = $9, version = version + 1 WHERE id = $10 AND "
              "version = $11",
              {SampleStateName(s.state), s.decided_by_user_id, s.decided_by_name, s.decided_at_us,
               s.decision_note, s.courier, s.tracking_no, s.shipped_on, s.feedback, s.id,
               expected_version}));
  return n == 1;
}

}  // namespace sd::crm::store
