#include "sales/quotation_store.h"

#include "base/assert.h"

namespace sd::sales::store {
namespace {

// The party's name: the customer's, else the lead's company; the owner rep's name.
constexpr std::string_view kColumns =
    "SELECT q.id, q.number, q.customer_id, q.lead_id, q.owner_staff_id, q.maker_user_id, "
    "q.quoted_on, q.validity_days, q.valid_until, q.currency, q.fx_rate_e6, q.incoterm, "
    "q.incoterm_place, q.payment_terms, q.delivery_terms, q.notes, q.net_fen, q.tax_fen, "
    "q.gross_fen, q.gross_cny_fen, q.state, q.decision_note, q.sent_on, q.version, "
    "q.created_at_us, q.updated_at_us, COALESCE(c.name, l.company, ''), COALESCE(s.name, '') "
    "FROM sales_quotations q LEFT JOIN crm_customers c ON c.id = q.customer_id "
    "LEFT JOIN crm_leads l ON l.id = q.lead_id LEFT JOIN org_staff s ON s.id = q.owner_staff_id";

Quotation FromRow(const db::Row& r) {
  Quotation q;
  q.id = r.Int(0);
  q.number = r.OptText(1);
  q.f.customer_id = r.OptInt(2);
  q.f.lead_id = r.OptInt(3);
  q.owner_staff_id = r.OptInt(4);
  q.maker_user_id = r.Int(5);
  q.f.quoted_on = r.Text(6);
  q.f.validity_days = r.Int(7);
  q.valid_until = r.Text(8);
  q.f.currency = r.Text(9);
  q.fx_rate_e6 = r.Int(10);
  q.f.incoterm = r.Text(11);
  q.f.incoterm_place = r.Text(12);
  q.f.payment_terms = r.Text(13);
  q.f.delivery_terms = r.Text(14);
  q.f.notes = r.Text(15);
  q.totals.net = Money::FromFen(r.Int(16));
  q.totals.tax = Money::FromFen(r.Int(17));
  q.totals.gross = Money::FromFen(r.Int(18));
  q.gross_cny = Money::FromFen(r.Int(19));
  const bool state_ok = doc::ParseName(kQuotationStates, r.Text(20), &q.state);
  SD_ASSERT(state_ok, "the CHECK on state holds it to kQuotationStates");
  q.decision_note = r.Text(21);
  q.sent_on = r.OptText(22);
  q.version = r.Int(23);
  q.created_at_us = r.Int(24);
  q.updated_at_us = r.Int(25);
  q.customer_name = r.Text(26);
  q.owner_name = r.Text(27);
  return q;
}

QuotationLine LineFromRow(const db::Row& r) {
  QuotationLine l;
  l.line_no = r.Int(0);
  l.in.product_id = r.Int(1);
  l.product_code = r.Text(2);
  l.product_name = r.Text(3);
  l.product_spec = r.Text(4);
  l.in.unit = r.Text(5);
  l.in.qty = Decimal4::FromRaw(r.Int(6));
  l.base_qty = Decimal4::FromRaw(r.Int(7));
  l.in.unit_price = Decimal4::FromRaw(r.Int(8));
  l.tax_rate_e4 = r.Int(9);
  l.net = Money::FromFen(r.Int(10));
  l.tax = Money::FromFen(r.Int(11));
  l.gross = Money::FromFen(r.Int(12));
  l.hints.list_price_e4 = r.OptInt(13);
  l.hints.price_source = r.OptText(14);
  l.hints.floor_e4 = r.OptInt(15);
  l.in.notes = r.Text(16);
  return l;
}

Result<void> WriteLines(db::Tx& tx, int64_t id, const std::vector<QuotationLine>& lines) {
  SD_TRY(tx.Exec("DELETE FROM sales_quotation_lines WHERE quotation_id = $1", {id}));
  for (const QuotationLine& l : lines) {
    SD_TRY(tx.Exec(
        "INSERT INTO sales_quotation_lines (quotation_id, line_no, product_id, product_code, "
        "product_name, product_spec, unit, qty_e4, base_qty_e4, unit_price_e4, tax_rate_e4, "
        "net_fen, tax_fen, gross_fen, list_price_e4, price_source, floor_e4, notes) VALUES "
        "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
        {id, l.line_no, l.in.product_id, l.product_code, l.product_name, l.product_spec, l.in.unit,
         l.in.qty.raw(), l.base_qty.raw(), l.in.unit_price.raw(), l.tax_rate_e4, l.net.fen(),
         l.tax.fen(), l.gross.fen(), l.hints.list_price_e4, l.hints.price_source, l.hints.floor_e4,
         l.in.notes}));
  }
  return Ok();
}

// The header's values from $1 in the column order of kWritten.
constexpr std::string_view kWritten =
    "number, customer_id, lead_id, owner_staff_id, maker_user_id, quoted_on, validity_days, "
    "valid_until, currency, fx_rate_e6, incoterm, incoterm_place, payment_terms, "
    "delivery_terms, notes, net_fen, tax_fen, gross_fen, gross_cny_fen, state, decision_note, "
    "sent_on";

std::vector<db::Value> HeaderValues(const Quotation& q) {
  return {q.number,           q.f.customer_id,
          q.f.lead_id,        q.owner_staff_id,
          q.maker_user_id,    q.f.quoted_on,
          q.f.validity_days,  q.valid_until,
          q.f.currency,       q.fx_rate_e6,
          q.f.incoterm,       q.f.incoterm_place,
          q.f.payment_terms,  q.f.delivery_terms,
          q.f.notes,          q.totals.net.fen(),
          q.totals.tax.fen(), q.totals.gross.fen(),
          q.gross_cny.fen(),  QuotationStateName(q.state),
          q.decision_note,    q.sent_on};
}

std::string Where(const QuotationFilter& f, const std::optional<QuotationScope>& scope,
                  std::vector<db::Value>* params) {
  std::string where = " WHERE 1 = 1";
  auto next = [&](db::Value v) {
    params->push_back(std::move(v));
    return "$" + std::to_string(params->size());
  };
  if (f.customer_id) where += " AND q.customer_id = " + next(*f.customer_id);
  if (f.lead_id) where += " AND q.lead_id = " + next(*f.lead_id);
  if (f.owner_staff_id) where += " AND q.owner_staff_id = " + next(*f.owner_staff_id);
  if (f.state) where += " AND q.state = " + next(QuotationStateName(*f.state));
  if (f.from) where += " AND q.quoted_on >= " + next(*f.from);
  if (f.to) where += " AND q.quoted_on <= " + next(*f.to);
  if (f.number) where += " AND q.number LIKE " + next("%" + *f.number + "%");
  if (scope) {
    where += " AND (q.maker_user_id = " + next(scope->maker_user_id);
    if (!scope->owner_ids.empty()) {
      where += " OR q.owner_staff_id IN ";
      db::AppendIdList(scope->owner_ids, &where, params);
    }
    where += ")";
  }
  return where;
}

}  // namespace

Result<Page<Quotation>> QueryQuotations(db::Tx& tx, const QuotationFilter& f,
                                        const std::optional<QuotationScope>& scope,
                                        const PageRequest& page) {
  std::vector<db::Value> params;
  const std::string where = Where(f, scope, &params);
  Page<Quotation> out;
  out.page = page.page;
  out.size = page.size;
  SD_TRY_ASSIGN(db::Rows count,
                tx.Query("SELECT COUNT(*) FROM sales_quotations q" + where, params));
  out.total = count[0].Int(0);
  const size_t n = params.size();
  params.emplace_back(static_cast<int64_t>(page.size));
  params.emplace_back(page.offset());
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query(std::string(kColumns) + where + " ORDER BY q.quoted_on DESC, q.id DESC LIMIT $" +
                   std::to_string(n + 1) + " OFFSET $" + std::to_string(n + 2),
               params));
  out.items = db::MapRows(rows, FromRow);
  return out;
}

Result<std::optional<Quotation>> LoadQuotation(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE q.id = $1", {id}));
  if (rows.rows.empty()) return std::optional<Quotation>();
  Quotation q = FromRow(rows[0]);
  SD_TRY_ASSIGN(db::Rows lines,
                tx.Query("SELECT line_no, product_id, product_code, product_name, product_spec, "
                         "unit, qty_e4, base_qty_e4, unit_price_e4, tax_rate_e4, net_fen, "
                         "tax_fen, gross_fen, list_price_e4, price_source, floor_e4, notes "
                         "FROM sales_quotation_lines WHERE quotation_id = $1 ORDER BY line_no",
                         {id}));
  q.lines = db::MapRows(lines, LineFromRow);
  return std::optional<Quotation>(std::move(q));
}

Result<int64_t> InsertQuotation(db::Tx& tx, const Quotation& q, int64_t now_us) {
  std::vector<db::Value> params = HeaderValues(q);
  std::string values;
  for (size_t i = 1; i <= params.size() + 2; ++i) {
    values += (i == 1 ? "$" : ", $") + std::to_string(i);
  }
  params.emplace_back(now_us);
  params.emplace_back(now_us);
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO sales_quotations (" + std::string(kWritten) +
                             ", created_at_us, updated_at_us) VALUES (" + values + ") RETURNING id",
                         params));
  const int64_t id = rows[0].Int(0);
  SD_TRY(WriteLines(tx, id, q.lines));
  return id;
}

Result<bool> UpdateQuotation(db::Tx& tx, const Quotation& q, int64_t expected_version,
                             bool write_lines, int64_t now_us) {
  std::vector<db::Value> params = HeaderValues(q);
  std::string set;
  size_t i = 0;
  std::string_view cols = kWritten;
  while (!cols.empty()) {
    const size_t comma = cols.find(',');
    std::string_view col = cols.substr(0, comma);
    if (i > 0) set += ", ";
    set += std::string(col) + " = $" + std::to_string(++i);
    cols = comma == std::string_view::npos ? "" : cols.substr(comma + 2);
  }
  SD_ASSERT(i == params.size(), "one value per written column");
  params.emplace_back(now_us);
  params.emplace_back(q.id);
  params.emplace_back(expected_version);
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("UPDATE sales_quotations SET " + set + ", version = version + 1, " +
                             "updated_at_us = $" + std::to_string(i + 1) + " WHERE id = $" +
                             std::to_string(i + 2) + " AND version = $" + std::to_string(i + 3) +
                             " RETURNING id",
                         params));
  if (rows.rows.empty()) return false;
  if (write_lines) SD_TRY(WriteLines(tx, q.id, q.lines));
  return true;
}

Result<std::vector<int64_t>> SentPastValidity(db::Tx& tx, const std::string& today, int64_t limit) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT id FROM sales_quotations WHERE state = 'sent' AND "
                                        "valid_until < $1 ORDER BY valid_until, id LIMIT $2",
                                        {today, limit}));
  return db::MapRows(rows, [](const db::Row& r) { return r.Int(0); });
}

Result<std::map<int64_t, std::string>> QuotationLabels(db::Tx& tx,
                                                       const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  std::string sql =
      "SELECT q.id, q.number, COALESCE(c.name, l.company, '') FROM sales_quotations q "
      "LEFT JOIN crm_customers c ON c.id = q.customer_id "
      "LEFT JOIN crm_leads l ON l.id = q.lead_id WHERE q.id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) {
    std::optional<std::string> number = r.OptText(1);
    out[r.Int(0)] = (number ? *number : "#" + std::to_string(r.Int(0))) + " " + r.Text(2);
  }
  return out;
}

Result<int64_t> TotalsNotSumOfLines(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM sales_quotations q LEFT JOIN (SELECT quotation_id, "
                         "SUM(net_fen) AS net, SUM(tax_fen) AS tax, SUM(gross_fen) AS gross FROM "
                         "sales_quotation_lines GROUP BY quotation_id) s ON s.quotation_id = q.id "
                         "WHERE COALESCE(s.net, 0) <> q.net_fen OR COALESCE(s.tax, 0) <> q.tax_fen "
                         "OR COALESCE(s.gross, 0) <> q.gross_fen"));
  return rows[0].Int(0);
}

Result<int64_t> NumbersNotIssued(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM sales_quotations q WHERE q.number IS NOT NULL "
                         "AND NOT EXISTS (SELECT 1 FROM doc_numbers n WHERE n.doc_type = "
                         "'quotation' AND n.doc_id = q.id AND n.number = q.number)"));
  return rows[0].Int(0);
}

Result<int64_t> StepsOutOfState(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM sales_quotations q WHERE (q.state = 'submitted') "
                         "<> EXISTS (SELECT 1 FROM doc_approvals a WHERE a.doc_type = "
                         "'quotation' AND a.doc_id = q.id AND a.state = 'pending')"));
  return rows[0].Int(0);
}

}  // namespace sd::sales::store
