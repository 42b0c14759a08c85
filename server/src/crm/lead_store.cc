#include "crm/lead_store.h"

namespace sd::crm::store {
namespace {

constexpr std::string_view kLeadColumns =
    "SELECT l.id, l.kind, l.state, l.source, l.company, l.contact_name, l.phone, l.email, "
    "l.wechat, l.region_id, l.country, l.time_zone, l.products, l.message, l.analysis, l.reply, "
    "l.discard_reason, l.assignee_staff_id, l.created_by_staff_id, l.customer_id, "
    "l.received_at_us, l.assigned_at_us, l.contacted_at_us, l.closed_at_us, l.version, "
    "l.created_at_us, l.updated_at_us, COALESCE(r.name, ''), COALESCE(s.name, '') "
    "FROM crm_leads l LEFT JOIN org_regions r ON r.id = l.region_id "
    "LEFT JOIN org_staff s ON s.id = l.assignee_staff_id";

Lead LeadFromRow(const db::Row& r) {
  Lead l;
  l.id = r.Int(0);
  ParseLeadKind(r.Text(1), &l.kind);
  ParseLeadState(r.Text(2), &l.state);
  l.f.source = r.Text(3);
  l.f.company = r.Text(4);
  l.f.contact_name = r.Text(5);
  l.f.phone = r.Text(6);
  l.f.email = r.Text(7);
  l.f.wechat = r.Text(8);
  l.f.region_id = r.OptInt(9);
  l.f.country = r.Text(10);
  l.f.time_zone = r.Text(11);
  l.f.products = r.Text(12);
  l.f.message = r.Text(13);
  l.analysis = r.Text(14);
  l.reply = r.Text(15);
  l.discard_reason = r.Text(16);
  l.assignee_staff_id = r.OptInt(17);
  l.created_by_staff_id = r.OptInt(18);
  l.customer_id = r.OptInt(19);
  l.received_at_us = r.Int(20);
  l.assigned_at_us = r.OptInt(21);
  l.contacted_at_us = r.OptInt(22);
  l.closed_at_us = r.OptInt(23);
  l.version = r.Int(24);
  l.created_at_us = r.Int(25);
  l.updated_at_us = r.Int(26);
  l.region_name = r.Text(27);
  l.assignee_name = r.Text(28);
  return l;
}

// " AND (…)" limiting rows of crm_leads l to those v sees (nothing when v.all).
void AppendVisibility(const LeadVisibility& v, std::string* where, std::vector<db::Value>* params) {
  if (v.all) return;
  std::string any = "1 = 0";
  if (v.self_staff_id) {
    params->push_back(*v.self_staff_id);
    const std::string self = "$" + std::to_string(params->size());
    any += " OR l.assignee_staff_id = " + self + " OR l.created_by_staff_id = " + self;
  }
  if (v.assigner) {
    any += " OR l.assignee_staff_id IS NULL";
    if (!v.covered.empty()) {
      any += " OR l.assignee_staff_id IN ";
      db::AppendIdList(v.covered, &any, params);
    }
  }
  *where += " AND (" + any + ")";
}

}  // namespace

Result<Page<Lead>> QueryLeads(db::Tx& tx, const LeadFilter& f) {
  std::vector<db::Value> params;
  auto next = [&](db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  std::string where = " WHERE l.kind = " + next(LeadKindName(f.kind));
  if (f.state) where += " AND l.state = " + next(*f.state);
  if (f.assignee_staff_id) where += " AND l.assignee_staff_id = " + next(*f.assignee_staff_id);
  if (f.q) {
    const std::string p = next("%" + *f.q + "%");
    where += " AND (l.company LIKE " + p + " OR l.contact_name LIKE " + p + " OR l.phone LIKE " +
             p + " OR l.email LIKE " + p + ")";
  }
  AppendVisibility(f.visible, &where, &params);
  Page<Lead> page;
  page.page = f.page.page;
  page.size = f.page.size;
  SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*) FROM crm_leads l" + where, params));
  page.total = count[0].Int(0);
  std::string sql = std::string(kLeadColumns) + where +
                    " ORDER BY l.received_at_us DESC, l.id DESC LIMIT " +
                    next(static_cast<int64_t>(f.page.size));
  sql += " OFFSET " + next(f.page.offset());
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  page.items = db::MapRows(rows, LeadFromRow);
  return page;
}

Result<std::optional<Lead>> LoadLead(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kLeadColumns) + " WHERE l.id = $1", {id}));
  return db::FirstRow(rows, LeadFromRow);
}

Result<int64_t> InsertLead(db::Tx& tx, const Lead& l) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("INSERT INTO crm_leads (kind, state, source, company, contact_name, phone, email, "
               "wechat, region_id, country, time_zone, products, message, assignee_staff_id, "
               "created_by_staff_id, received_at_us, assigned_at_us, created_at_us, "
               "updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
               "$14, $15, $16, $17, $18, $18) RETURNING id",
               {LeadKindName(l.kind), LeadStateName(l.state), l.f.source, l.f.company,
                l.f.contact_name, l.f.phone, l.f.email, l.f.wechat, l.f.region_id, l.f.country,
                l.f.time_zone, l.f.products, l.f.message, l.assignee_staff_id,
                l.created_by_staff_id, l.received_at_us, l.assigned_at_us, l.created_at_us}));
  return rows[0].Int(0);
}

Result<bool> UpdateLead(db::Tx& tx, const Lead& l, int64_t expected_version, int64_t now_us) {
  SD_TRY_ASSIGN(
      int64_t n,
      tx.Exec("UPDATE crm_leads SET state = $1, source = $2, company = $3, contact_name = $4, "
              "phone = $5, email = $6, wechat = $7, region_id = $8, country = $9, time_zone = $10, "
              "products = $11, message = $12, analysis = $13, reply = $14, discard_reason = $15, "
              "assignee_staff_id = $16, customer_id = $17, assigned_at_us = $18, "
              "contacted_at_us = $19, closed_at_us = $20, updated_at_us = $21, "
              "version = version + 1 WHERE id = $22 AND version = $23",
              {LeadStateName(l.state),
               l.f.source,
               l.f.company,
               l.f.contact_name,
               l.f.phone,
               l.f.email,
               l.f.wechat,
               l.f.region_id,
               l.f.country,
               l.f.time_zone,
               l.f.products,
               l.f.message,
               l.analysis,
               l.reply,
               l.discard_reason,
               l.assignee_staff_id,
               l.customer_id,
               l.assigned_at_us,
               l.contacted_at_us,
               l.closed_at_us,
               now_us,
               l.id,
               expected_version}));
  return n == 1;
}

Result<std::vector<ResponseSample>> ResponseSamples(db::Tx& tx, LeadKind kind,
                                                    const LeadVisibility& visible,
                                                    std::optional<int64_t> from_us,
                                                    std::optional<int64_t> to_us) {
  std::vector<db::Value> params = {LeadKindName(kind), from_us, to_us};
  std::string where =
      " WHERE l.kind = $1 AND l.contacted_at_us IS NOT NULL"
      " AND (CAST($2 AS BIGINT) IS NULL OR l.received_at_us >= $2)"
      " AND (CAST($3 AS BIGINT) IS NULL OR l.received_at_us < $3)";
  AppendVisibility(visible, &where, &params);
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT l.assignee_staff_id, s.name, l.received_at_us, l.contacted_at_us "
                         "FROM crm_leads l JOIN org_staff s ON s.id = l.assignee_staff_id" +
                             where + " ORDER BY l.assignee_staff_id",
                         params));
  return db::MapRows(rows, [](const db::Row& r) {
    Lead l;
    l.received_at_us = r.Int(2);
    l.contacted_at_us = r.Int(3);
    return ResponseSample{r.Int(0), r.Text(1), ResponseMinutes(l).value_or(0)};
  });
}

Result<std::vector<Lead>> LeadsToContact(db::Tx& tx, int64_t staff_id, int64_t limit) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kLeadColumns) +
                                            " WHERE l.assignee_staff_id = $1 AND l.state = "
                                            "'assigned' ORDER BY l.received_at_us, l.id LIMIT $2",
                                        {staff_id, limit}));
  return db::MapRows(rows, LeadFromRow);
}

Result<std::vector<Lead>> UnassignedLeads(db::Tx& tx, int64_t limit) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kLeadColumns) +
                                            " WHERE l.state = 'new' AND l.assignee_staff_id IS "
                                            "NULL ORDER BY l.received_at_us, l.id LIMIT $1",
                                        {limit}));
  return db::MapRows(rows, LeadFromRow);
}

}  // namespace sd::crm::store
