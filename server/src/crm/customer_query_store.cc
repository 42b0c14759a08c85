#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/text.h"
#include "crm/customer_row_store.h"
#include "crm/customer_store.h"
#include "crm/search_grams.h"

namespace sd::crm::store {
namespace {

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

// The FTS5 query on crm_customer_grams (40_021) for "contains the gram q, in the scope":
// column filters on the gram and on owner or support staff (ids are single tokens).
std::string GramMatch(std::string_view q, const CustomerFilter& f) {
  std::string m = "search_grams : " + FtsPhrase(q);
  if (f.all) return m;
  std::string scope;
  if (!f.owner_ids.empty()) {
    scope = "owner_staff_id : (";
    for (size_t i = 0; i < f.owner_ids.size(); ++i) {
      scope += (i == 0 ? "\"" : " OR \"") + std::to_string(f.owner_ids[i]) + "\"";
    }
    scope += ")";
  }
  if (f.support_staff_id) {
    if (!scope.empty()) scope += " OR ";
    scope += "support_staff_id : \"" + std::to_string(*f.support_staff_id) + "\"";
  }
  return m + " AND (" + scope + ")";
}

// How GramPlan cuts the page: nothing matches, a walk of the name order, or the matches sorted.
enum class GramWay : uint8_t { kNone, kWalk, kSort };

// The grams plan for q without filters, in name order (see QueryCustomers). Counts the matches
// of the scope in the index into *total, then sets *from to the rows the page is cut from:
// - the name-sort index walked in order, each row tested (scope and LIKE), when the matches
//   are dense: the walk reads about (offset + size) × customers / matches rows if the matches
//   are spread evenly over the name order. They need not be (names starting with 湘潭 all sort
//   under x), so the walk stops after four times that many rows, and the caller sorts instead
//   when it fell short of the page;
// - else (or when may_walk is false) the matching rows by id, sorted: reads `matches` rows.
// (Both test the scope on the rows again: the SQL uses every parameter BuildWhere made.)
// The walk is taken when even its bound reads fewer rows than the sort.
Result<GramWay> GramPlan(db::Tx& tx, const CustomerFilter& f, const std::string& q,
                         const CustomerWhere& w, bool may_walk, Sql* sql, int64_t* total,
                         std::string* from) {
  const std::string match = GramMatch(q, f);
  SD_TRY_ASSIGN(db::Rows count,
                tx.Query("SELECT COUNT(*), (SELECT MAX(id) FROM crm_customers) FROM "
                         "crm_customer_grams WHERE crm_customer_grams MATCH $1",
                         {match}));
  *total = count[0].Int(0);
  if (*total == 0) return GramWay::kNone;
  const int64_t customers = std::max<int64_t>(count[0].Int(1), 1);  // max(id): dense enough
  const int64_t matches = *total;
  const int64_t reach = f.page.offset() + f.page.size;
  constexpr int64_t kWalkSlack = 4;
  constexpr int64_t kWalkMin = 200;
  // kWalkSlack × reach × customers / matches, rounded up, without overflow.
  const int64_t bound = std::max(kWalkMin, kWalkSlack * reach * (customers / matches + 1));
  if (may_walk && bound < matches) {
    *from =
        " FROM (SELECT id, name_sort, search_text, owner_staff_id, support_staff_id FROM "
        "crm_customers INDEXED BY crm_customers_sort_id ORDER BY name_sort, id LIMIT " +
        sql->Param(bound) + ") c WHERE c.search_text LIKE " +
        sql->Param("%" + LikeEscape(q) + "%") + " ESCAPE '\\'" +
        (f.all ? "" : ScopeCondition(w, true));
    return GramWay::kWalk;
  }
  *from =
      " FROM crm_customers c WHERE c.id IN (SELECT rowid FROM crm_customer_grams WHERE "
      "crm_customer_grams MATCH " +
      sql->Param(match) + ")" + (f.all ? "" : ScopeCondition(w, true));
  return GramWay::kSort;
}

// Plans (measured on 100,000 customers; see bench/crm/run):
// - no q: the page walks the name-sort index and stops after the page; the total is counted
//   on the owner and support indexes alone (two counts added: no row is read).
// - q of 1–2 Han characters (IsGramQuery), SQLite: the total is counted in the grams index
//   (crm_customer_grams, 40_021) with the scope inside the match, no row read. The page then
//   either walks the name-sort index testing each row, bounded (GramPlan), or sorts the
//   matching rows: whichever reads fewer rows. With filters or another order: the matching
//   rows, filtered. PostgreSQL: the matching rows from the GIN index over the grams (40_030).
// - q of 3+ characters: candidate ids from a trigram index (SQLite FTS5 crm_customer_fts,
//   40_012; PostgreSQL GIN over crm_trigrams(search_text), 40_030), then scope, LIKE and
//   filters on those rows only.
// - other short q (1–2 characters, not all Han): the LIKE runs over the scope's rows, on the
//   (owner_staff_id, name_sort, search_text) index pages for SQLite.
// With q, one query yields the page and the total (COUNT(*) OVER () over the matches), except
// where the grams index counted it.
Result<Page<Customer>> QueryOnce(db::Tx& tx, const CustomerFilter& f, bool may_walk,
                                 bool* walk_fell_short) {
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
  GramWay way = GramWay::kNone;
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
    const bool grams = IsGramQuery(q);
    const bool grams_counted = !pg && grams && w.filters.empty() && f.sort == CustomerSort::kName;
    if (grams_counted) {
      SD_TRY_ASSIGN(way, GramPlan(tx, f, q, w, may_walk, &sql, &page.total, &from));
      if (way == GramWay::kNone) return page;
    } else if (grams) {
      // Filters, another order or PostgreSQL: the matching rows of the scope (exact: no LIKE),
      // filtered. PostgreSQL: the GIN index over the grams (40_030).
      where += pg ? " AND string_to_array(c.search_grams, ' ') @> ARRAY[" + sql.Param(q) + "::text]"
                  : " AND c.id IN (SELECT rowid FROM crm_customer_grams WHERE "
                    "crm_customer_grams MATCH " +
                        sql.Param(GramMatch(q, f)) + ")";
      where += w.filters;
      scoped = where + (f.all ? "" : ScopeCondition(w, !pg));
    } else {
      const std::string like = sql.Param("%" + LikeEscape(q) + "%");
      const std::string matches = " AND c.search_text LIKE " + like + " ESCAPE '\\'";
      if (CodePoints(q) >= 3) {
        // Candidates from a trigram index (SQLite FTS5 40_012, PostgreSQL GIN 40_030), then
        // the LIKE on those rows only.
        where += pg ? " AND crm_trigrams(c.search_text) @> crm_trigrams(" + sql.Param(q) + ")"
                    : " AND c.id IN (SELECT rowid FROM crm_customer_fts WHERE crm_customer_fts "
                      "MATCH " +
                          sql.Param(FtsPhrase(q)) + ")";
        where += matches + w.filters;
        scoped = where + (f.all ? "" : ScopeCondition(w, !pg));
      } else if (!pg && w.filters.empty() && f.sort == CustomerSort::kName) {
        // Only (id, name_sort) of the matches: the LIKE runs on the pages of the
        // (owner_staff_id, name_sort, search_text) index, no wide row is read; the supported
        // customers come from their own index (scope all, rare for short queries, reads every
        // row).
        const std::string like_on = " AND search_text LIKE " + like + " ESCAPE '\\'";
        std::string ids;
        if (f.all) ids = "SELECT id, name_sort FROM crm_customers WHERE 1 = 1" + like_on;
        if (!w.owners.empty()) {
          ids = "SELECT id, name_sort FROM crm_customers WHERE owner_staff_id IN " + w.owners +
                like_on;
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
    // PostgreSQL counts on its own: a window over the matches reads and sorts every matching
    // row, where the page alone may walk the name order and stop (dense matches).
    windowed = !grams_counted && !pg;
  }
  if (from.empty() && f.q && pg) {
    // The matches first, then their order: without the fence (OFFSET 0 keeps PostgreSQL from
    // flattening the subquery) the planner walked the name-order index testing each row, which
    // for matches bunched in one stretch of the order (names starting with 湘潭 sort under x)
    // read most of the archive: 300–450 ms for 湘潭 at 100,000 customers.
    from = " FROM (SELECT c.id, c.name_sort, c.updated_at_us FROM crm_customers c" + scoped +
           " OFFSET 0) c";
  }
  if (from.empty()) from = " FROM crm_customers c" + scoped;
  if (f.q && pg) {
    SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*)" + from, sql.params));
    page.total = count[0].Int(0);
    if (page.total == 0) return page;
  }

  const std::string limit = sql.Param(static_cast<int64_t>(f.page.size));
  const std::string offset = sql.Param(f.page.offset());
  std::string select;
  if (f.q) {
    // The page's ids (and the number of matches, unless counted), then the page's rows.
    select = "WITH p AS (SELECT c.id" + std::string(windowed ? ", COUNT(*) OVER () AS total" : "") +
             from + order + " LIMIT " + limit + " OFFSET " + offset + ") SELECT " +
             std::string(kCustomerFields) + (windowed ? ", p.total" : "") +
             " FROM p JOIN crm_customers c ON c.id = p.id" + std::string(kCustomerJoins) + order;
  } else {
    select = CustomerSelect() + scoped + order + " LIMIT " + limit + " OFFSET " + offset;
  }
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(select, sql.params));
  page.items = db::MapRows(rows, CustomerFromRow);
  if (way == GramWay::kWalk && static_cast<int64_t>(rows.size()) <
                                   std::min<int64_t>(f.page.size, page.total - f.page.offset())) {
    *walk_fell_short = true;
    return page;
  }
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

}  // namespace

Result<Page<Customer>> QueryCustomers(db::Tx& tx, const CustomerFilter& f) {
  bool walk_fell_short = false;
  SD_TRY_ASSIGN(Page<Customer> page, QueryOnce(tx, f, true, &walk_fell_short));
  if (!walk_fell_short) return page;
  return QueryOnce(tx, f, false, &walk_fell_short);
}

}  // namespace sd::crm::store
