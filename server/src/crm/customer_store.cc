#include "crm/customer_store.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <map>

#include "crm/pinyin.h"
#include "db/errors.h"

namespace sd::crm::store {
namespace {

// The columns CustomerFromRow reads (of crm_customers c and the joins of kCustomerJoins).
constexpr std::string_view kCustomerFields =
    "c.id, c.code, c.name, c.short_name, c.credit_code, c.mnemonic, c.kind, c.class, "
    "c.industry, c.source, c.region_id, COALESCE(r.name, ''), c.address, c.phone, "
    "c.owner_staff_id, COALESCE(o.name, ''), c.support_staff_id, COALESCE(s.name, ''), "
    "c.vat_title, c.tax_number, c.invoice_address, c.invoice_phone, c.bank_name, "
    "c.bank_account, c.settlement, c.credit_days, c.credit_limit_fen, c.credit_rating, "
    "c.price_level, c.dealer_level, c.dealer_region_id, c.agreement_from, c.agreement_to, "
    "c.notes, c.status, c.claimed_at_us, c.last_follow_up_at_us, c.next_follow_up_on, "
    "c.created_by_staff_id, c.version, c.created_at_us, c.updated_at_us";
constexpr std::string_view kCustomerJoins =
    " LEFT JOIN org_regions r ON r.id = c.region_id"
    " LEFT JOIN org_staff o ON o.id = c.owner_staff_id"
    " LEFT JOIN org_staff s ON s.id = c.support_staff_id";

// "SELECT <kCustomerFields> FROM crm_customers c <joins>".
std::string CustomerSelect() {
  return "SELECT " + std::string(kCustomerFields) + " FROM crm_customers c" +
         std::string(kCustomerJoins);
}

Customer CustomerFromRow(const db::Row& r) {
  Customer c;
  c.id = r.Int(0);
  c.code = r.Text(1);
  c.f.name = r.Text(2);
  c.f.short_name = r.Text(3);
  c.f.credit_code = r.OptText(4);
  c.mnemonic = r.Text(5);
  c.f.kind = r.Text(6);
  c.f.customer_class = r.Text(7);
  c.f.industry = r.Text(8);
  c.f.source = r.Text(9);
  c.f.region_id = r.OptInt(10);
  c.region_name = r.Text(11);
  c.f.address = r.Text(12);
  c.f.phone = r.Text(13);
  c.f.owner_staff_id = r.OptInt(14);
  c.owner_name = r.Text(15);
  c.f.support_staff_id = r.OptInt(16);
  c.support_name = r.Text(17);
  c.f.vat_title = r.Text(18);
  c.f.tax_number = r.Text(19);
  c.f.invoice_address = r.Text(20);
  c.f.invoice_phone = r.Text(21);
  c.f.bank_name = r.Text(22);
  c.f.bank_account = r.Text(23);
  c.f.settlement = r.Text(24);
  c.f.credit_days = r.Int(25);
  c.f.credit_limit_fen = r.Int(26);
  c.f.credit_rating = r.OptText(27);
  c.f.price_level = r.Text(28);
  c.f.dealer_level = r.Text(29);
  c.f.dealer_region_id = r.OptInt(30);
  c.f.agreement_from = r.OptText(31);
  c.f.agreement_to = r.OptText(32);
  c.f.notes = r.Text(33);
  c.f.status = r.Text(34);
  c.claimed_at_us = r.OptInt(35);
  c.last_follow_up_at_us = r.OptInt(36);
  c.next_follow_up_on = r.OptText(37);
  c.created_by_staff_id = r.OptInt(38);
  c.version = r.Int(39);
  c.created_at_us = r.Int(40);
  c.updated_at_us = r.Int(41);
  return c;
}

constexpr std::string_view kContactColumns =
    "SELECT id, customer_id, name, title, role, phone, mobile, wechat, qq, email, is_primary, "
    "notes FROM crm_contacts";

Contact ContactFromRow(const db::Row& r) {
  Contact c;
  c.id = r.Int(0);
  c.name = r.Text(2);
  c.title = r.Text(3);
  c.role = r.Text(4);
  c.phone = r.Text(5);
  c.mobile = r.Text(6);
  c.wechat = r.Text(7);
  c.qq = r.Text(8);
  c.email = r.Text(9);
  c.is_primary = r.Int(10) != 0;
  c.notes = r.Text(11);
  return c;
}

// Calls fn(row) for each contact row (kContactColumns) of the customers of ids that meets
// cond, by customer and saved order. The ids go in chunks: SQLite binds $n by name (a linear
// search per parameter, so one list of 100,000 ids costs a minute) and PostgreSQL takes at
// most 65,535 parameters.
template <typename F>
Result<void> EachContactOf(db::Tx& tx, const std::vector<int64_t>& ids, std::string_view cond,
                           F&& fn) {
  constexpr size_t kChunk = 500;
  for (size_t at = 0; at < ids.size(); at += kChunk) {
    const auto first = ids.begin() + static_cast<std::ptrdiff_t>(at);
    const std::vector<int64_t> chunk(
        first, first + static_cast<std::ptrdiff_t>(std::min(kChunk, ids.size() - at)));
    std::string sql =
        std::string(kContactColumns) + " WHERE " + std::string(cond) + " customer_id IN ";
    std::vector<db::Value> params;
    db::AppendIdList(chunk, &sql, &params);
    sql += " ORDER BY customer_id, sort_order, id";
    SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
    for (const db::Row& r : rows) fn(r);
  }
  return Ok();
}

// The derived columns of a customer.
struct Derived {
  std::string name_key;
  std::string name_sort;
  std::string mnemonic;
  std::string search_text;
};

Derived DeriveColumns(const std::string& code, const CustomerFields& f) {
  const NamePinyin py = PinyinOf(f.name);
  return {NameKey(f.name), PinyinSortKey(f.name), py.mnemonic,
          BuildSearchText(code, f, py.mnemonic, py.full)};
}

// Escapes LIKE wildcards with '\' (used with ESCAPE '\').
std::string LikeEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
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

Result<void> InsertContact(db::Tx& tx, int64_t customer_id, const Contact& c, int64_t order) {
  SD_TRY(tx.Exec(
      "INSERT INTO crm_contacts (customer_id, name, title, role, phone, mobile, wechat, qq, "
      "email, is_primary, notes, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
      "$11, $12)",
      {customer_id, c.name, c.title, c.role, c.phone, c.mobile, c.wechat, c.qq, c.email,
       c.is_primary, c.notes, order}));
  return Ok();
}

Result<void> InsertVarieties(db::Tx& tx, int64_t customer_id, const std::vector<Variety>& list) {
  int64_t order = 0;
  for (const Variety& v : list) {
    SD_TRY(tx.Exec(
        "INSERT INTO crm_customer_varieties (customer_id, product_line_id, variety, "
        "annual_qty_e4, unit, price_e4, supplier, notes, sort_order) VALUES ($1, $2, $3, $4, "
        "$5, $6, $7, $8, $9)",
        {customer_id, v.product_line_id, v.variety, v.annual_qty_e4, v.unit, v.price_e4, v.supplier,
         v.notes, order++}));
  }
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

// Appends "(region_id IN (the region and below))" for column.
void AppendRegionSubtree(const std::string& column, int64_t region_id, std::string* where,
                         std::vector<db::Value>* params) {
  params->push_back(region_id);
  *where += " AND " + column +
            " IN (WITH RECURSIVE sub(id) AS (SELECT id FROM org_regions WHERE id = $" +
            std::to_string(params->size()) +
            " UNION ALL SELECT r.id FROM org_regions r JOIN sub ON r.parent_id = sub.id) "
            "SELECT id FROM sub)";
}

// SQL text and its parameters, built up with $n placeholders.
struct Sql {
  std::string text;
  std::vector<db::Value> params;
  // "$n" for v, appended to the parameters.
  std::string Param(db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  }
  // "($k, …)" for ids (not empty).
  std::string IdList(const std::vector<int64_t>& ids) {
    std::string out;
    db::AppendIdList(ids, &out, &params);
    return out;
  }
};

// Unicode characters (code points) of UTF-8 text.
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// The FTS5 query for a phrase: the text in double quotes, quotes doubled. With the trigram
// tokenizer it matches rows holding every trigram of the text at consecutive positions (any
// case), a superset of the rows whose text contains it.
std::string FtsPhrase(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    out += ch;
    if (ch == '"') out += '"';
  }
  out += '"';
  return out;
}

// Parts of a customer query, placeholders numbered in `sql`.
struct CustomerWhere {
  std::string owners;   // "($k, …)" of f.owner_ids, empty when there are none
  std::string support;  // "$k" of f.support_staff_id, empty when unset
  std::string filters;  // " AND …" for region, owner, class, kind, rating, overdue
};

CustomerWhere BuildWhere(const CustomerFilter& f, Sql* sql) {
  CustomerWhere w;
  if (!f.all) {
    if (!f.owner_ids.empty()) w.owners = sql->IdList(f.owner_ids);
    if (f.support_staff_id) w.support = sql->Param(*f.support_staff_id);
  }
  if (f.region_id) {
    std::string region;
    AppendRegionSubtree("c.region_id", *f.region_id, &region, &sql->params);
    w.filters += region;
  }
  if (f.owner_staff_id) w.filters += " AND c.owner_staff_id = " + sql->Param(*f.owner_staff_id);
  if (f.customer_class) w.filters += " AND c.class = " + sql->Param(*f.customer_class);
  if (f.kind) w.filters += " AND c.kind = " + sql->Param(*f.kind);
  if (f.credit_rating) w.filters += " AND c.credit_rating = " + sql->Param(*f.credit_rating);
  if (f.overdue_before) w.filters += " AND c.next_follow_up_on < " + sql->Param(*f.overdue_before);
  return w;
}

// " AND (owner in … OR support = …)" on c. plus: SQLite's unary '+' on the columns, so the
// planner checks the scope on rows it finds another way (in name order along the sort index,
// or by id from the FTS index) instead of collecting the whole scope through the indexes.
std::string ScopeCondition(const CustomerWhere& w, bool plus) {
  const std::string p = plus ? "+" : "";
  std::string scope;
  if (!w.owners.empty()) scope = p + "c.owner_staff_id IN " + w.owners;
  if (!w.support.empty()) {
    if (!scope.empty()) scope += " OR ";
    scope += p + "c.support_staff_id = " + w.support;
  }
  return " AND (" + scope + ")";
}

}  // namespace

// Plans (measured on 100,000 customers, SQLite; see bench/crm/run):
// - no q: the page walks the name-sort index and stops after the page; the total is counted
//   on the owner and support indexes alone (two counts added: no row is read).
// - q of 3+ characters (SQLite): candidate ids from the FTS5 trigram index
//   (crm_customer_fts, 40_012), then scope, LIKE and filters on those rows only.
// - q of 1–2 characters (SQLite), or PostgreSQL: the LIKE runs over the scope's rows, on the
//   (owner_staff_id, name_sort, search_text) index pages for SQLite.
// With q, one query yields the page and the total (COUNT(*) OVER () over the matches).
Result<Page<Customer>> QueryCustomers(db::Tx& tx, const CustomerFilter& f) {
  Page<Customer> page;
  page.page = f.page.page;
  page.size = f.page.size;
  if (!f.all && f.owner_ids.empty() && !f.support_staff_id) return page;  // sees nothing
  const bool pg = tx.backend() == db::Backend::kPostgres;
  const std::string order =
      f.sort == CustomerSort::kName
          ? (pg ? " ORDER BY c.name_sort COLLATE \"C\", c.id" : " ORDER BY c.name_sort, c.id")
          : " ORDER BY c.updated_at_us DESC, c.id DESC";
  Sql sql;
  const CustomerWhere w = BuildWhere(f, &sql);
  std::string where = " WHERE 1 = 1";  // what the rows satisfy, without the scope
  std::string scoped;                  // where + the scope, as the chosen plan wants it
  std::string from;                    // " FROM … WHERE …" of the rows of the list
  bool windowed = false;               // the page query yields the total
  if (!f.q) {
    where += w.filters;
    scoped = where + (f.all ? "" : ScopeCondition(w, !pg));
    std::string count = "SELECT COUNT(*) FROM crm_customers c" + where;
    if (!f.all) {
      // Owned by one of owners, or supported by me and not owned by one of them.
      std::vector<std::string> parts;
      if (!w.owners.empty()) parts.push_back(count + " AND c.owner_staff_id IN " + w.owners);
      if (!w.support.empty()) {
        parts.push_back(count + " AND c.support_staff_id = " + w.support +
                        (w.owners.empty() ? ""
                                          : " AND (c.owner_staff_id IS NULL OR "
                                            "c.owner_staff_id NOT IN " +
                                                w.owners + ")"));
      }
      count = "SELECT (" + parts[0] + ")";
      if (parts.size() == 2) count += " + (" + parts[1] + ")";
    }
    SD_TRY_ASSIGN(db::Rows rows, tx.Query(count, sql.params));
    page.total = rows[0].Int(0);
  } else {
    const std::string q = AsciiLower(*f.q);
    const std::string like = sql.Param("%" + LikeEscape(q) + "%");
    const std::string matches = " AND c.search_text LIKE " + like + " ESCAPE '\\'";
    windowed = true;
    if (!pg && CodePoints(q) >= 3) {
      where +=
          " AND c.id IN (SELECT rowid FROM crm_customer_fts WHERE crm_customer_fts "
          "MATCH " +
          sql.Param(FtsPhrase(q)) + ")" + matches + w.filters;
      scoped = where + (f.all ? "" : ScopeCondition(w, true));
    } else if (!pg && w.filters.empty() && f.sort == CustomerSort::kName) {
      // Only (id, name_sort) of the matches: the LIKE runs on the pages of the (owner_staff_id,
      // name_sort, search_text) index, no wide row is read; the supported customers come from
      // their own index (scope all, rare for short queries, reads every row).
      const std::string like_on = " AND search_text LIKE " + like + " ESCAPE '\\'";
      std::string ids;
      if (f.all) ids = "SELECT id, name_sort FROM crm_customers WHERE 1 = 1" + like_on;
      if (!w.owners.empty()) {
        ids =
            "SELECT id, name_sort FROM crm_customers WHERE owner_staff_id IN " + w.owners + like_on;
      }
      if (!w.support.empty()) {
        if (!ids.empty()) ids += " UNION ";
        ids += "SELECT id, name_sort FROM crm_customers WHERE support_staff_id = " + w.support +
               like_on;
      }
      from = " FROM (" + ids + ") c";
    } else {
      where += matches + w.filters;
      scoped = where + (f.all ? "" : ScopeCondition(w, false));
    }
  }
  if (from.empty()) from = " FROM crm_customers c" + scoped;

  const std::string limit = sql.Param(static_cast<int64_t>(f.page.size));
  const std::string offset = sql.Param(f.page.offset());
  std::string select;
  if (windowed) {
    // The page's ids and the number of matches, then the page's rows.
    select = "WITH p AS (SELECT c.id, COUNT(*) OVER () AS total" + from + order + " LIMIT " +
             limit + " OFFSET " + offset + ") SELECT " + std::string(kCustomerFields) +
             ", p.total FROM p JOIN crm_customers c ON c.id = p.id" + std::string(kCustomerJoins) +
             order;
  } else {
    select = CustomerSelect() + scoped + order + " LIMIT " + limit + " OFFSET " + offset;
  }
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(select, sql.params));
  page.items = db::MapRows(rows, CustomerFromRow);
  if (windowed) {
    if (!rows.empty()) {
      page.total = rows[0].Int(42);
    } else if (f.page.offset() > 0) {  // past the end: the page says nothing of the total
      sql.params.resize(sql.params.size() - 2);
      SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*)" + from, sql.params));
      page.total = count[0].Int(0);
    }
  }
  if (page.items.empty()) return page;
  std::map<int64_t, Customer*> by_id;
  std::vector<int64_t> ids;
  for (Customer& c : page.items) {
    by_id[c.id] = &c;
    ids.push_back(c.id);
  }
  SD_TRY(EachContactOf(tx, ids, "is_primary = 1 AND", [&](const db::Row& r) {
    by_id[r.Int(1)]->primary_contact = ContactFromRow(r);
  }));
  return page;
}

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

Result<int64_t> NextCustomerNumber(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT code FROM crm_customers WHERE code LIKE 'C%' ORDER BY "
                         "LENGTH(code) DESC, code DESC LIMIT 1"));
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
  return {f.name,
          f.short_name,
          f.credit_code,
          d.name_key,
          d.name_sort,
          d.mnemonic,
          d.search_text,
          f.kind,
          f.customer_class,
          f.industry,
          f.source,
          f.region_id,
          f.address,
          f.phone,
          f.owner_staff_id,
          f.support_staff_id,
          f.vat_title,
          f.tax_number,
          f.invoice_address,
          f.invoice_phone,
          f.bank_name,
          f.bank_account,
          f.settlement,
          f.credit_days,
          f.credit_limit_fen,
          f.credit_rating,
          f.price_level,
          f.dealer_level,
          f.dealer_region_id,
          f.agreement_from,
          f.agreement_to,
          f.notes,
          f.status};
}

}  // namespace

Result<int64_t> InsertCustomer(db::Tx& tx, const std::string& code, const CustomerFields& f,
                               std::optional<int64_t> created_by_staff_id, int64_t now_us) {
  std::vector<db::Value> params{code};
  for (db::Value& v : ArchiveValues(f, DeriveColumns(code, f))) params.push_back(std::move(v));
  params.push_back(f.owner_staff_id ? db::Value(now_us) : db::Value());
  params.push_back(created_by_staff_id);
  params.push_back(now_us);
  auto rows = tx.Query(
      "INSERT INTO crm_customers (code, name, short_name, credit_code, name_key, name_sort, "
      "mnemonic, search_text, kind, class, industry, source, region_id, address, phone, "
      "owner_staff_id, support_staff_id, vat_title, tax_number, invoice_address, invoice_phone, "
      "bank_name, bank_account, settlement, credit_days, credit_limit_fen, credit_rating, "
      "price_level, dealer_level, dealer_region_id, agreement_from, agreement_to, notes, status, "
      "claimed_at_us, created_by_staff_id, created_at_us, updated_at_us) VALUES ($1, $2, $3, $4, "
      "$5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, "
      "$24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $37) RETURNING id",
      params);
  if (!rows) return UniqueAs(std::move(rows).error(), f, code);
  const int64_t id = (*rows)[0].Int(0);
  int64_t order = 0;
  for (const Contact& c : f.contacts) SD_TRY(InsertContact(tx, id, c, order++));
  SD_TRY(InsertVarieties(tx, id, f.varieties));
  return id;
}

Result<std::vector<int64_t>> InsertCustomers(db::Tx& tx, const std::vector<NewCustomerRow>& rows,
                                             int64_t now_us) {
  std::vector<int64_t> ids;
  ids.reserve(rows.size());
  SD_TRY_ASSIGN(int64_t number, NextCustomerNumber(tx));
  for (const NewCustomerRow& row : rows) {
    SD_TRY_ASSIGN(int64_t id, InsertCustomer(tx, CustomerCode(number++), row.f,
                                             row.created_by_staff_id, now_us));
    ids.push_back(id);
  }
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
      "name_sort = $5, mnemonic = $6, search_text = $7, kind = $8, class = $9, industry = $10, "
      "source = $11, region_id = $12, address = $13, phone = $14, owner_staff_id = $15, "
      "support_staff_id = $16, vat_title = $17, tax_number = $18, invoice_address = $19, "
      "invoice_phone = $20, bank_name = $21, bank_account = $22, settlement = $23, "
      "credit_days = $24, credit_limit_fen = $25, credit_rating = $26, price_level = $27, "
      "dealer_level = $28, dealer_region_id = $29, agreement_from = $30, agreement_to = $31, "
      "notes = $32, status = $33, updated_at_us = $34, version = version + 1 "
      "WHERE id = $35 AND version = $36",
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

namespace {

constexpr std::string_view kDuplicateColumns =
    "SELECT c.id, c.code, c.name, COALESCE(o.name, ''), c.name_key, c.credit_code "
    "FROM crm_customers c LEFT JOIN org_staff o ON o.id = c.owner_staff_id";

DuplicateRef DuplicateFromRow(const db::Row& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Text(3)};
}

}  // namespace

Result<std::optional<DuplicateRef>> FindByCreditCode(db::Tx& tx, const std::string& credit_code,
                                                     std::optional<int64_t> except_id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kDuplicateColumns) +
                                            " WHERE c.credit_code = $1 AND c.id <> $2",
                                        {credit_code, except_id.value_or(0)}));
  return db::FirstRow(rows, DuplicateFromRow);
}

Result<std::optional<DuplicateRef>> FindSimilarName(db::Tx& tx, const std::string& name_key,
                                                    std::optional<int64_t> except_id) {
  if (name_key.empty()) return std::optional<DuplicateRef>();
  // Equal keys first (indexed), then containment either way (a scan, checked again in C++).
  SD_TRY_ASSIGN(db::Rows equal,
                tx.Query(std::string(kDuplicateColumns) + " WHERE c.name_key = $1 AND c.id <> $2 "
                                                          "ORDER BY c.id LIMIT 1",
                         {name_key, except_id.value_or(0)}));
  if (!equal.empty()) return db::FirstRow(equal, DuplicateFromRow);
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string(kDuplicateColumns) +
                             " WHERE c.id <> $2 AND (c.name_key LIKE $3 ESCAPE '\\' OR "
                             "$1 LIKE '%' || c.name_key || '%') ORDER BY c.id LIMIT 50",
                         {name_key, except_id.value_or(0), "%" + LikeEscape(name_key) + "%"}));
  for (const db::Row& r : rows) {
    if (IsSimilarName(name_key, r.Text(4))) return std::optional<DuplicateRef>(DuplicateFromRow(r));
  }
  return std::optional<DuplicateRef>();
}

Result<std::vector<NameIndexEntry>> LoadNameIndex(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(kDuplicateColumns));
  return db::MapRows(rows, [](const db::Row& r) {
    return NameIndexEntry{DuplicateFromRow(r), r.Text(4), r.OptText(5)};
  });
}

Result<std::vector<int64_t>> StaffInDepartments(db::Tx& tx, const std::vector<int64_t>& ids) {
  std::vector<int64_t> out;
  if (ids.empty()) return out;
  std::string sql = "SELECT id FROM org_staff WHERE department_id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) out.push_back(r.Int(0));
  return out;
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
