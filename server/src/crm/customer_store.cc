#include "crm/customer_store.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <map>
#include <span>

#include "base/assert.h"
#include "crm/customer_row_store.h"
#include "crm/pinyin.h"
#include "crm/search_grams.h"
#include "db/errors.h"

namespace sd::crm::store {
namespace {

// The derived columns of a customer.
struct Derived {
  std::string name_key;
  std::string name_sort;
  std::string mnemonic;
  std::string search_text;
  std::string search_grams;
};

Derived DeriveColumns(const std::string& code, const CustomerFields& f) {
  const NamePinyin py = PinyinOf(f.name);
  std::string text = BuildSearchText(code, f, py.mnemonic, py.full);
  std::string grams = SearchGrams(text);
  return {NameKey(f.name), PinyinSortKey(f.name), py.mnemonic, std::move(text), std::move(grams)};
}

Error UniqueAs(Error e, const CustomerFields& f, const std::string& code) {
  if (e.code != Code::kAlreadyExists) return e;
  for (const auto& [name, value] : e.params) {
    if (name == "target" && value.find("credit_code") != std::string::npos) {
      return MakeError(Code::kAlreadyExists, "crm.customer.duplicate_credit_code",
                       {{"code", ""}, {"name", f.credit_code.value_or("")}});
    }
  }
  return MakeError(Code::kAlreadyExists, "crm.customer.code_taken", {{"code", code}});
}

constexpr std::string_view kInsertContact =
    "INSERT INTO crm_contacts (customer_id, name, title, role, phone, mobile, wechat, qq, email, "
    "is_primary, notes, sort_order) VALUES";
constexpr size_t kContactValues = 12;
constexpr std::string_view kInsertVariety =
    "INSERT INTO crm_customer_varieties (customer_id, product_line_id, variety, annual_qty_e4, "
    "unit, price_e4, supplier, notes, sort_order) VALUES";
constexpr size_t kVarietyValues = 9;

// The values of one row of kInsertContact / kInsertVariety.
void AppendContact(int64_t customer_id, const Contact& c, int64_t order,
                   std::vector<db::Value>* out) {
  out->emplace_back(customer_id);
  out->emplace_back(c.name);
  out->emplace_back(c.title);
  out->emplace_back(c.role);
  out->emplace_back(c.phone);
  out->emplace_back(c.mobile);
  out->emplace_back(c.wechat);
  out->emplace_back(c.qq);
  out->emplace_back(c.email);
  out->emplace_back(c.is_primary);
  out->emplace_back(c.notes);
  out->emplace_back(order);
}

void AppendVarieties(int64_t customer_id, const std::vector<Variety>& list,
                     std::vector<db::Value>* out) {
  int64_t order = 0;
  for (const Variety& v : list) {
    out->emplace_back(customer_id);
    out->emplace_back(v.product_line_id);
    out->emplace_back(v.variety);
    out->emplace_back(v.annual_qty_e4);
    out->emplace_back(v.unit);
    out->emplace_back(v.price_e4);
    out->emplace_back(v.supplier);
    out->emplace_back(v.notes);
    out->emplace_back(order++);
  }
}

Result<void> InsertContact(db::Tx& tx, int64_t customer_id, const Contact& c, int64_t order) {
  std::vector<db::Value> values;
  AppendContact(customer_id, c, order, &values);
  SD_TRY(db::InsertMany(tx, kInsertContact, kContactValues, values));
  return Ok();
}

Result<void> InsertVarieties(db::Tx& tx, int64_t customer_id, const std::vector<Variety>& list) {
  std::vector<db::Value> values;
  AppendVarieties(customer_id, list, &values);
  SD_TRY(db::InsertMany(tx, kInsertVariety, kVarietyValues, values));
  return Ok();
}

// Replaces the contacts of a customer, keeping the rows (and ids) of contacts that stay.
Result<void> ReplaceContacts(db::Tx& tx, int64_t customer_id, const std::vector<Contact>& list) {
  SD_TRY_ASSIGN(
      db::Rows existing,
      tx.Query("SELECT id, name FROM crm_contacts WHERE customer_id = $1", {customer_id}));
  std::map<int64_t, std::string> gone;
  for (const db::Row& r : existing) gone.emplace(r.Int(0), r.Text(1));
  int64_t order = 0;
  for (const Contact& c : list) {
    if (c.id != 0 && gone.erase(c.id) == 1) {
      SD_TRY(tx.Exec(
          "UPDATE crm_contacts SET name = $1, title = $2, role = $3, phone = $4, mobile = $5, "
          "wechat = $6, qq = $7, email = $8, is_primary = $9, notes = $10, sort_order = $11 "
          "WHERE id = $12",
          {c.name, c.title, c.role, c.phone, c.mobile, c.wechat, c.qq, c.email, c.is_primary,
           c.notes, order++, c.id}));
    } else {
      SD_TRY(InsertContact(tx, customer_id, c, order++));
    }
  }
  for (const auto& [id, name] : gone) {
    SD_TRY_ASSIGN(db::Rows used,
                  tx.Query("SELECT (SELECT COUNT(*) FROM crm_follow_ups WHERE contact_id = $1) + "
                           "(SELECT COUNT(*) FROM crm_follow_up_plans WHERE contact_id = $1)",
                           {id}));
    if (used[0].Int(0) > 0) {
      return Fail(Code::kFailedPrecondition, "crm.contact.in_use", {{"name", name}});
    }
    SD_TRY(tx.Exec("DELETE FROM crm_contacts WHERE id = $1", {id}));
  }
  return Ok();
}

}  // namespace

Result<std::map<int64_t, std::vector<Contact>>> ContactsOf(db::Tx& tx,
                                                           const std::vector<int64_t>& ids) {
  std::map<int64_t, std::vector<Contact>> out;
  SD_TRY(EachContactOf(tx, ids, "",
                       [&](const db::Row& r) { out[r.Int(1)].push_back(ContactFromRow(r)); }));
  return out;
}

Result<std::optional<CustomerHead>> LoadCustomerHead(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT id, code, name, owner_staff_id, support_staff_id, region_id, "
                         "class, version FROM crm_customers WHERE id = $1",
                         {id}));
  return db::FirstRow(rows, [](const db::Row& r) {
    return CustomerHead{r.Int(0),    r.Text(1),   r.Text(2), r.OptInt(3),
                        r.OptInt(4), r.OptInt(5), r.Text(6), r.Int(7)};
  });
}

Result<std::optional<Customer>> LoadCustomer(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(CustomerSelect() + " WHERE c.id = $1", {id}));
  std::optional<Customer> c = db::FirstRow(rows, CustomerFromRow);
  if (!c) return c;
  SD_TRY_ASSIGN(db::Rows contacts, tx.Query(std::string(kContactColumns) +
                                                " WHERE customer_id = $1 ORDER BY sort_order, id",
                                            {id}));
  c->f.contacts = db::MapRows(contacts, ContactFromRow);
  for (const Contact& k : c->f.contacts) {
    if (k.is_primary) c->primary_contact = k;
  }
  SD_TRY_ASSIGN(db::Rows varieties,
                tx.Query("SELECT id, product_line_id, variety, annual_qty_e4, unit, price_e4, "
                         "supplier, notes FROM crm_customer_varieties WHERE customer_id = $1 "
                         "ORDER BY sort_order, id",
                         {id}));
  c->f.varieties = db::MapRows(varieties, [](const db::Row& r) {
    return Variety{r.Int(0),  r.OptInt(1), r.Text(2), r.Int(3),
                   r.Text(4), r.OptInt(5), r.Text(6), r.Text(7)};
  });
  return c;
}

namespace {
constexpr int64_t kCustomerNumberLock = 0x5344'4352'4D43;  // "SDCRMC": customer codes
}  // namespace

Result<int64_t> NextCustomerNumber(db::Tx& tx) {
  if (tx.backend() == db::Backend::kPostgres) {
    // PostgreSQL runs writes side by side (SQLite has one writer): two creates read the same
    // highest code and the second failed on the unique code, 409 for three creates in four at
    // 32 clients. A lock held to the end of the transaction takes the numbers in turn.
    SD_TRY(tx.Exec("SELECT pg_advisory_xact_lock($1)", {kCustomerNumberLock}));
  }
  // Read backwards from the end of crm_customers_code_order (40_030), not a sort of every code.
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT code FROM crm_customers WHERE code LIKE 'C%' ORDER BY "
                         "length(code) DESC, code DESC LIMIT 1"));
  if (rows.empty()) return int64_t{1};
  int64_t n = 0;
  for (char ch : rows[0].Text(0).substr(1)) {
    if (ch < '0' || ch > '9') return int64_t{1};
    n = n * 10 + (ch - '0');
  }
  return n + 1;
}

std::string CustomerCode(int64_t number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "C%05lld", static_cast<long long>(number));
  return buf;
}

namespace {

// The archive columns in the order of both statements below (INSERT from $2, UPDATE from $1).
std::vector<db::Value> ArchiveValues(const CustomerFields& f, const Derived& d) {
  return {f.name,           f.short_name,       f.credit_code,
          d.name_key,       d.name_sort,        d.mnemonic,
          d.search_text,    d.search_grams,     f.kind,
          f.customer_class, f.industry,         f.source,
          f.region_id,      f.address,          f.phone,
          f.owner_staff_id, f.support_staff_id, f.vat_title,
          f.tax_number,     f.invoice_address,  f.invoice_phone,
          f.bank_name,      f.bank_account,     f.settlement,
          f.credit_days,    f.credit_limit_fen, f.credit_rating,
          f.price_level,    f.dealer_level,     f.dealer_region_id,
          f.agreement_from, f.agreement_to,     f.notes,
          f.status};
}

// Values of one row of kInsertColumns: the code, ArchiveValues, claimed, creator, created,
// updated.
constexpr size_t kInsertValuesPerRow = 39;

}  // namespace

namespace {

// A customer to insert: its code, fields and creator.
struct InsertRow {
  const std::string* code;
  const CustomerFields* f;
  std::optional<int64_t> created_by_staff_id;
};

constexpr std::string_view kInsertColumns =
    "INSERT INTO crm_customers (code, name, short_name, credit_code, name_key, name_sort, "
    "mnemonic, search_text, search_grams, kind, class, industry, source, region_id, address, "
    "phone, owner_staff_id, support_staff_id, vat_title, tax_number, invoice_address, "
    "invoice_phone, bank_name, bank_account, settlement, credit_days, credit_limit_fen, "
    "credit_rating, price_level, dealer_level, dealer_region_id, agreement_from, agreement_to, "
    "notes, status, claimed_at_us, created_by_staff_id, created_at_us, updated_at_us) VALUES ";

// Inserts the customers of rows (archive columns only) in as few statements as the parameter
// limits allow, and returns their ids in order. Many rows a statement, because SQLite's FTS5
// indexes on the table (crm_customer_fts, crm_customer_grams) write their pending terms to disk
// at the end of every statement inside a transaction: one statement per customer spent
// ~250 µs a row in those writes (an import of 100,000 customers, 27 of its 34 s).
Result<std::vector<int64_t>> InsertArchiveRows(db::Tx& tx, std::span<const InsertRow> rows,
                                               int64_t now_us) {
  constexpr size_t kRowsPerStatement = 200;  // 39 parameters a row: under SQLite's 32,766
  std::vector<int64_t> ids;
  ids.reserve(rows.size());
  for (size_t at = 0; at < rows.size(); at += kRowsPerStatement) {
    const std::span<const InsertRow> chunk =
        rows.subspan(at, std::min(kRowsPerStatement, rows.size() - at));
    std::string sql(kInsertColumns);
    std::vector<db::Value> params;
    std::map<std::string, int64_t> id_of;  // by code: RETURNING promises no order
    for (const InsertRow& row : chunk) {
      sql += params.empty() ? "(" : ", (";
      params.push_back(*row.code);
      for (db::Value& v : ArchiveValues(*row.f, DeriveColumns(*row.code, *row.f))) {
        params.push_back(std::move(v));
      }
      params.push_back(row.f->owner_staff_id ? db::Value(now_us) : db::Value());
      params.push_back(row.created_by_staff_id);
      params.push_back(now_us);
      params.push_back(now_us);
      SD_ASSERT(params.size() % kInsertValuesPerRow == 0, "kInsertColumns and the values agree");
      const size_t first = params.size() - kInsertValuesPerRow + 1;
      for (size_t i = 0; i < kInsertValuesPerRow; ++i) {
        sql += (i == 0 ? "$" : ", $") + std::to_string(first + i);
      }
      sql += ")";
    }
    sql += " RETURNING id, code";
    auto inserted = tx.Query(sql, params);
    if (!inserted) {
      return UniqueAs(std::move(inserted).error(),
                      chunk.size() == 1 ? *chunk[0].f : CustomerFields{},
                      chunk.size() == 1 ? *chunk[0].code : "");
    }
    for (const db::Row& r : *inserted) id_of[r.Text(1)] = r.Int(0);
    for (const InsertRow& row : chunk) ids.push_back(id_of.at(*row.code));
  }
  return ids;
}

// Contacts and varieties of a new customer.
Result<void> InsertDetails(db::Tx& tx, int64_t id, const CustomerFields& f) {
  int64_t order = 0;
  for (const Contact& c : f.contacts) SD_TRY(InsertContact(tx, id, c, order++));
  return InsertVarieties(tx, id, f.varieties);
}

}  // namespace

Result<int64_t> InsertCustomer(db::Tx& tx, const std::string& code, const CustomerFields& f,
                               std::optional<int64_t> created_by_staff_id, int64_t now_us) {
  const InsertRow row{&code, &f, created_by_staff_id};
  SD_TRY_ASSIGN(std::vector<int64_t> ids, InsertArchiveRows(tx, {&row, 1}, now_us));
  SD_TRY(InsertDetails(tx, ids[0], f));
  return ids[0];
}

Result<std::vector<int64_t>> InsertCustomers(db::Tx& tx, const std::vector<NewCustomerRow>& rows,
                                             int64_t now_us) {
  SD_TRY_ASSIGN(int64_t number, NextCustomerNumber(tx));
  std::vector<std::string> codes;
  codes.reserve(rows.size());
  std::vector<InsertRow> list;
  list.reserve(rows.size());
  for (const NewCustomerRow& row : rows) {
    codes.push_back(CustomerCode(number++));
    list.push_back({&codes.back(), &row.f, row.created_by_staff_id});
  }
  SD_TRY_ASSIGN(std::vector<int64_t> ids, InsertArchiveRows(tx, list, now_us));
  // The contacts and varieties of all the rows in few statements (db::InsertMany).
  std::vector<db::Value> contacts;
  std::vector<db::Value> varieties;
  for (size_t i = 0; i < ids.size(); ++i) {
    int64_t order = 0;
    for (const Contact& c : rows[i].f.contacts) AppendContact(ids[i], c, order++, &contacts);
    AppendVarieties(ids[i], rows[i].f.varieties, &varieties);
  }
  SD_TRY(db::InsertMany(tx, kInsertContact, kContactValues, contacts));
  SD_TRY(db::InsertMany(tx, kInsertVariety, kVarietyValues, varieties));
  return ids;
}

Result<bool> UpdateCustomer(db::Tx& tx, int64_t id, int64_t expected_version,
                            const CustomerFields& f, int64_t now_us) {
  SD_TRY_ASSIGN(db::Rows code_rows, tx.Query("SELECT code FROM crm_customers WHERE id = $1", {id}));
  if (code_rows.empty()) return false;
  const std::string code = code_rows[0].Text(0);
  std::vector<db::Value> params = ArchiveValues(f, DeriveColumns(code, f));
  params.push_back(now_us);
  params.push_back(id);
  params.push_back(expected_version);
  auto changed = tx.Exec(
      "UPDATE crm_customers SET name = $1, short_name = $2, credit_code = $3, name_key = $4, "
      "name_sort = $5, mnemonic = $6, search_text = $7, search_grams = $8, kind = $9, class = $10, "
      "industry = $11, "
      "source = $12, region_id = $13, address = $14, phone = $15, owner_staff_id = $16, "
      "support_staff_id = $17, vat_title = $18, tax_number = $19, invoice_address = $20, "
      "invoice_phone = $21, bank_name = $22, bank_account = $23, settlement = $24, "
      "credit_days = $25, credit_limit_fen = $26, credit_rating = $27, price_level = $28, "
      "dealer_level = $29, dealer_region_id = $30, agreement_from = $31, agreement_to = $32, "
      "notes = $33, status = $34, updated_at_us = $35, version = version + 1 "
      "WHERE id = $36 AND version = $37",
      params);
  if (!changed) return UniqueAs(std::move(changed).error(), f, code);
  if (*changed != 1) return false;
  SD_TRY(ReplaceContacts(tx, id, f.contacts));
  SD_TRY(tx.Exec("DELETE FROM crm_customer_varieties WHERE customer_id = $1", {id}));
  SD_TRY(InsertVarieties(tx, id, f.varieties));
  return true;
}

Result<bool> SetOwner(db::Tx& tx, int64_t id, std::optional<int64_t> expected_version,
                      const OwnerChange& change, int64_t now_us) {
  std::string sql =
      "UPDATE crm_customers SET owner_staff_id = $1, claimed_at_us = $2, returned_at_us = $3, "
      "updated_at_us = $4, version = version + 1 WHERE id = $5";
  std::vector<db::Value> params = {change.owner_staff_id, change.claimed_at_us,
                                   change.returned_at_us, now_us, id};
  if (expected_version) {
    sql += " AND version = $6";
    params.emplace_back(*expected_version);
  }
  SD_TRY_ASSIGN(int64_t changed, tx.Exec(sql, params));
  return changed == 1;
}

Result<void> SetCredit(db::Tx& tx, int64_t id, const std::string& rating,
                       std::optional<int64_t> credit_limit_fen, std::optional<int64_t> credit_days,
                       int64_t now_us) {
  SD_TRY(
      tx.Exec("UPDATE crm_customers SET credit_rating = $1, credit_limit_fen = COALESCE($2, "
              "credit_limit_fen), credit_days = COALESCE($3, credit_days), updated_at_us = $4, "
              "version = version + 1 WHERE id = $5",
              {rating, credit_limit_fen, credit_days, now_us, id}));
  return Ok();
}

Result<int64_t> CountOwnedActive(db::Tx& tx, int64_t staff_id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT COUNT(*) FROM crm_customers WHERE "
                                        "owner_staff_id = $1 AND status = 'active'",
                                        {staff_id}));
  return rows[0].Int(0);
}

Result<std::vector<IdleCustomer>> IdleCustomers(db::Tx& tx, const IdleCutoffs& cutoffs) {
  std::vector<db::Value> params;
  std::string cond;
  for (const auto& [cls, before] : {std::pair{"key", cutoffs.key_before_us},
                                    {"regular", cutoffs.regular_before_us},
                                    {"prospect", cutoffs.prospect_before_us}}) {
    if (!before) continue;
    params.emplace_back(std::string(cls));
    params.emplace_back(*before);
    if (!cond.empty()) cond += " OR ";
    cond += "(class = $" + std::to_string(params.size() - 1) +
            " AND COALESCE("
            "last_follow_up_at_us, claimed_at_us, created_at_us) < $" +
            std::to_string(params.size()) + ")";
  }
  std::vector<IdleCustomer> out;
  if (cond.empty()) return out;
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT id, code, name, owner_staff_id, support_staff_id, region_id, "
                         "class, version, COALESCE(last_follow_up_at_us, claimed_at_us, "
                         "created_at_us) FROM crm_customers WHERE owner_staff_id IS NOT NULL "
                         "AND (" +
                             cond + ") ORDER BY id",
                         params));
  for (const db::Row& r : rows) {
    out.push_back({CustomerHead{r.Int(0), r.Text(1), r.Text(2), r.OptInt(3), r.OptInt(4),
                                r.OptInt(5), r.Text(6), r.Int(7)},
                   r.Int(8)});
  }
  return out;
}

Result<Page<PoolItem>> QueryPool(db::Tx& tx, const PoolFilter& f) {
  std::string where = " WHERE c.owner_staff_id IS NULL";
  std::vector<db::Value> params;
  auto next = [&](db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  if (f.q) {
    where += " AND c.search_text LIKE " + next("%" + LikeEscape(AsciiLower(*f.q)) + "%") +
             " ESCAPE '\\'";
  }
  if (f.region_id) AppendRegionSubtree("c.region_id", *f.region_id, &where, &params);
  if (f.customer_class) where += " AND c.class = " + next(*f.customer_class);
  Page<PoolItem> page;
  page.page = f.page.page;
  page.size = f.page.size;
  SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*) FROM crm_customers c" + where, params));
  page.total = count[0].Int(0);
  const bool pg = tx.backend() == db::Backend::kPostgres;
  std::string sql =
      "SELECT c.id, c.code, c.name, c.short_name, COALESCE(r.name, ''), c.class, c.industry, "
      "c.last_follow_up_at_us, c.returned_at_us, c.version FROM crm_customers c "
      "LEFT JOIN org_regions r ON r.id = c.region_id" +
      where + (pg ? " ORDER BY c.name_sort COLLATE \"C\", c.id" : " ORDER BY c.name_sort, c.id") +
      " LIMIT " + next(static_cast<int64_t>(f.page.size));
  sql += " OFFSET " + next(f.page.offset());
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  page.items = db::MapRows(rows, [](const db::Row& r) {
    return PoolItem{r.Int(0),  r.Text(1), r.Text(2),   r.Text(3),   r.Text(4),
                    r.Text(5), r.Text(6), r.OptInt(7), r.OptInt(8), r.Int(9)};
  });
  return page;
}

}  // namespace sd::crm::store

namespace sd::crm {

Result<void> RecordFollowUp(db::Tx& tx, int64_t customer_id, int64_t now_us,
                            const std::optional<std::string>& follow_up_on) {
  SD_TRY_ASSIGN(int64_t changed, tx.Exec("UPDATE crm_customers SET last_follow_up_at_us = $1, "
                                         "next_follow_up_on = $2 WHERE id = $3",
                                         {now_us, follow_up_on, customer_id}));
  if (changed != 1) return Fail(Code::kNotFound, "common.not_found");
  return Ok();
}

}  // namespace sd::crm

namespace sd::crm::store {

Result<std::vector<TimelineFollowUp>> TimelineFollowUps(db::Tx& tx, int64_t customer_id,
                                                        int64_t limit) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT f.id, f.kind, f.happened_on, COALESCE(s.name, ''), f.purpose, "
                         "f.outcome, f.created_at_us FROM crm_follow_ups f LEFT JOIN org_staff s "
                         "ON s.id = f.staff_id WHERE f.customer_id = $1 ORDER BY "
                         "f.created_at_us DESC, f.id DESC LIMIT $2",
                         {customer_id, limit}));
  return db::MapRows(rows, [](const db::Row& r) {
    return TimelineFollowUp{r.Int(0),  r.Text(1), r.Text(2), r.Text(3),
                            r.Text(4), r.Text(5), r.Int(6)};
  });
}

}  // namespace sd::crm::store
