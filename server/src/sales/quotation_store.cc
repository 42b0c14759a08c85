#include "sales/quotation_store.h"

#include <algorithm>

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

constexpr std::string_view kInsertLine =
    "INSERT INTO sales_quotation_lines (quotation_id, line_no, product_id, product_code, "
    "product_name, product_spec, unit, qty_e4, base_qty_e4, unit_price_e4, tax_rate_e4, "
    "net_fen, tax_fen, gross_fen, list_price_e4, price_source, floor_e4, notes) VALUES";
constexpr size_t kLineValues = 18;

std::vector<db::Value> LineValues(int64_t id, const QuotationLine& l) {
  return {id,
          l.line_no,
          l.in.product_id,
          l.product_code,
          l.product_name,
          l.product_spec,
          l.in.unit,
          l.in.qty.raw(),
          l.base_qty.raw(),
          l.in.unit_price.raw(),
          l.tax_rate_e4,
          l.net.fen(),
          l.tax.fen(),
          l.gross.fen(),
          l.hints.list_price_e4,
          l.hints.price_source,
          l.hints.floor_e4,
          l.in.notes};
}

// Deletes the lines of quotation id and inserts `lines` (one statement for all of them).
Result<void> WriteLines(db::Tx& tx, int64_t id, const std::vector<QuotationLine>& lines) {
  SD_TRY(tx.Exec("DELETE FROM sales_quotation_lines WHERE quotation_id = $1", {id}));
  std::vector<db::Value> values;
  values.reserve(lines.size() * kLineValues);
  for (const QuotationLine& l : lines) {
    for (db::Value& v : LineValues(id, l)) values.push_back(std::move(v));
  }
  SD_TRY(db::InsertMany(tx, kInsertLine, kLineValues, values));
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

// For a number fragment that pins where a match starts — "BJ-2025-0012", or "2025-0012" (four
// digits before a dash can only be the year) — the range [from, to) of numbers that begin with
// it: "BJ-2025-0012" ≤ number < "BJ-2025-0013", an index range where LIKE '%…%' reads every
// row. The bound steps the last digit, so the range holds under collations that ignore the
// dashes too (all numbers have them in the same places). nullopt for other fragments ("0012"),
// which only a scan finds; `to` is empty when no bound follows ("BJ-9999-99").
struct NumberRange {
  std::string from, to;
};
std::optional<NumberRange> NumberPrefixRange(std::string_view part) {
  const std::string series = std::string(kQuotationPrefix) + "-";
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string from;
  if (part.starts_with(series)) {
    from = std::string(part);
  } else if (part.size() >= 5 && part[4] == '-' &&
             std::all_of(part.begin(), part.begin() + 4, digit)) {
    from = series + std::string(part);
  } else {
    return std::nullopt;
  }
  while (from.size() > series.size() && from.back() == '-') from.pop_back();
  if (from.size() == series.size()) return std::nullopt;
  for (size_t i = series.size(); i < from.size(); ++i) {
    if (!digit(from[i]) && from[i] != '-') return std::nullopt;  // no LIKE wildcards either
  }
  std::string to = from;
  for (size_t i = to.size(); i-- > series.size();) {
    if (to[i] == '-') continue;
    if (to[i] < '9') {
      ++to[i];
      return NumberRange{from, to};
    }
    to[i] = '0';
  }
  return NumberRange{from, ""};
}

// The filters' conditions (" AND …"), parameters appended to params. `plus` ("+" or "") goes
// before each column: "+q.state" keeps SQLite's planner (no statistics) off that column's
// indexes where a better range is at hand.
std::string Filters(const QuotationFilter& f, std::vector<db::Value>* params,
                    std::string_view plus = "") {
  std::string where;
  const std::string q = std::string(plus) + "q.";
  auto next = [&](db::Value v) {
    params->push_back(std::move(v));
    return "$" + std::to_string(params->size());
  };
  if (f.customer_id) where += " AND " + q + "customer_id = " + next(*f.customer_id);
  if (f.lead_id) where += " AND " + q + "lead_id = " + next(*f.lead_id);
  if (f.owner_staff_id) where += " AND " + q + "owner_staff_id = " + next(*f.owner_staff_id);
  if (f.state) where += " AND " + q + "state = " + next(QuotationStateName(*f.state));
  if (f.from) where += " AND " + q + "quoted_on >= " + next(*f.from);
  if (f.to) where += " AND " + q + "quoted_on <= " + next(*f.to);
  if (f.number) {
    if (std::optional<NumberRange> range = NumberPrefixRange(*f.number)) {
      where += " AND " + q + "number >= " + next(range->from);
      if (!range->to.empty()) where += " AND " + q + "number < " + next(range->to);
    }
    where += " AND q.number LIKE " + next("%" + *f.number + "%");
  }
  return where;
}

// Whether a filter has an index of its own that narrows the rows: customer, lead, dates, a
// number range.
bool Narrowed(const QuotationFilter& f) {
  return f.customer_id || f.lead_id || f.from || f.to || (f.number && NumberPrefixRange(*f.number));
}

// The whole WHERE clause of the list: the filters and "(maker OR owner in scope)", the scope's
// columns after `scope_hint` ("+" keeps SQLite's planner off their indexes).
std::string Where(const QuotationFilter& f, const std::optional<QuotationScope>& scope,
                  std::vector<db::Value>* params, std::string_view scope_hint = "") {
  std::string where = " WHERE 1 = 1" + Filters(f, params);
  if (scope) {
    const std::string q = std::string(scope_hint) + "q.";
    params->push_back(scope->maker_user_id);
    where += " AND (" + q + "maker_user_id = $" + std::to_string(params->size());
    if (!scope->owner_ids.empty()) {
      where += " OR " + q + "owner_staff_id IN ";
      db::AppendIdList(scope->owner_ids, &where, params);
    }
    where += ")";
  }
  return where;
}

// How many quotations the list holds. Within a scope, the owned ones and the ones made by the
// user but owned outside the scope are counted apart, each from index ranges: the owners' (and
// state) and the maker's between the owners — "owner NOT IN (…)" written as the gaps between
// the sorted owners, so a rep's quarter of a million own quotations are not read one by one
// to find the few made for someone else. "maker OR owner" would read the whole table.
Result<int64_t> Count(db::Tx& tx, const QuotationFilter& f,
                      const std::optional<QuotationScope>& scope) {
  std::vector<db::Value> params;
  if (!scope || scope->owner_ids.empty()) {
    SD_TRY_ASSIGN(
        db::Rows rows,
        tx.Query("SELECT COUNT(*) FROM sales_quotations q" + Where(f, scope, &params), params));
    return rows[0].Int(0);
  }
  std::vector<int64_t> owners = scope->owner_ids;
  std::sort(owners.begin(), owners.end());
  owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
  auto next = [&](db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  // SQLite plans without statistics: "+" steers it to the index that reads fewest rows.
  const bool sqlite = tx.backend() == db::Backend::kSqlite;
  std::string owned = std::string("SELECT COUNT(*) FROM sales_quotations q WHERE ") +
                      (sqlite && Narrowed(f) ? "+" : "") + "q.owner_staff_id IN ";
  db::AppendIdList(owners, &owned, &params);
  owned += Filters(f, &params);
  // (maker = m AND owner IS NULL) OR (maker = m AND owner < o1) OR … OR (maker = m AND
  // owner > ok): SQLite's planner reads each as a range of sales_quotations_maker only when
  // the maker is inside each term; the filters ("+") stay off the other indexes.
  const std::string maker = "(q.maker_user_id = " + next(scope->maker_user_id);
  std::string made = "SELECT COUNT(*) FROM sales_quotations q WHERE (" + maker +
                     " AND q.owner_staff_id IS NULL) OR " + maker + " AND q.owner_staff_id < " +
                     next(owners.front()) + ")";
  for (size_t i = 0; i + 1 < owners.size(); ++i) {
    made += " OR " + maker + " AND q.owner_staff_id > " + next(owners[i]) +
            " AND q.owner_staff_id < " + next(owners[i + 1]) + ")";
  }
  made += " OR " + maker + " AND q.owner_staff_id > " + next(owners.back()) + "))" +
          Filters(f, &params, sqlite ? "+" : "");
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT (" + owned + ") + (" + made + ")", params));
  return rows[0].Int(0);
}

}  // namespace

Result<Page<Quotation>> QueryQuotations(db::Tx& tx, const QuotationFilter& f,
                                        const std::optional<QuotationScope>& scope,
                                        const PageRequest& page) {
  Page<Quotation> out;
  out.page = page.page;
  out.size = page.size;
  SD_TRY_ASSIGN(out.total, Count(tx, f, scope));
  std::vector<db::Value> params;
  // SQLite, without statistics, would gather every row in scope by the maker's and owners'
  // indexes and sort them for a page of 20; walking the dates' index down and skipping rows
  // out of scope reads about (offset + size) × rows ÷ total rows instead. Within a filter the
  // filter's index serves. Only a scope too small to walk to (a new rep's few quotations among
  // a million) keeps the scope's indexes. PostgreSQL plans from its statistics.
  std::string_view scope_hint;
  if (scope && tx.backend() == db::Backend::kSqlite) {
    bool walk = Narrowed(f) || f.state || f.owner_staff_id || f.number;
    if (!walk) {
      SD_TRY_ASSIGN(db::Rows last, tx.Query("SELECT COALESCE(MAX(id), 0) FROM sales_quotations"));
      walk = (page.offset() + page.size) * last[0].Int(0) < 20'000 * out.total;
    }
    if (walk) scope_hint = "+";
  }
  const std::string where = Where(f, scope, &params, scope_hint);
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

Result<std::vector<int64_t>> InsertQuotations(db::Tx& tx, std::span<const Quotation> qs) {
  SD_TRY_ASSIGN(db::Rows max, tx.Query("SELECT COALESCE(MAX(id), 0) FROM sales_quotations"));
  int64_t next = max[0].Int(0) + 1;
  std::vector<int64_t> ids;
  ids.reserve(qs.size());
  std::vector<db::Value> headers;
  std::vector<db::Value> lines;
  for (const Quotation& q : qs) {
    const int64_t id = next++;
    ids.push_back(id);
    headers.emplace_back(id);
    for (db::Value& v : HeaderValues(q)) headers.push_back(std::move(v));
    headers.emplace_back(q.version);
    headers.emplace_back(q.created_at_us);
    headers.emplace_back(q.updated_at_us);
    for (const QuotationLine& l : q.lines) {
      for (db::Value& v : LineValues(id, l)) lines.push_back(std::move(v));
    }
  }
  if (ids.empty()) return ids;
  constexpr size_t kHeaderValues = 26;  // id, kWritten (22), version, created, updated
  SD_ASSERT(headers.size() == kHeaderValues * ids.size(), "kWritten and HeaderValues agree");
  SD_TRY(db::InsertMany(tx,
                        "INSERT INTO sales_quotations (id, " + std::string(kWritten) +
                            ", version, created_at_us, updated_at_us) VALUES",
                        kHeaderValues, headers));
  SD_TRY(db::InsertMany(tx, kInsertLine, kLineValues, lines));
  if (tx.backend() == db::Backend::kPostgres) {
    SD_TRY(tx.Query("SELECT setval(pg_get_serial_sequence('sales_quotations', 'id'), $1, true)",
                    {next - 1}));
  }
  return ids;
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
