// Duplicate checks of customer create, update and import: by credit code and by name key
// (crm/customer.h: NameKey, IsSimilarName). Every check is an index lookup, so that it costs
// the same at 100,000 customers as at 100 inside the write transaction: the unique credit code,
// equality on crm_customers_name_key, and for "a key containing this one" the trigram index
// over name_key (40_030: FTS5 on SQLite, GIN on PostgreSQL).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "crm/customer_row_store.h"
#include "crm/customer_store.h"

namespace sd::crm::store {
namespace {

constexpr std::string_view kDuplicateColumns =
    "SELECT c.id, c.code, c.name, COALESCE(o.name, ''), c.name_key, c.credit_code "
    "FROM crm_customers c LEFT JOIN org_staff o ON o.id = c.owner_staff_id";

DuplicateRef DuplicateFromRow(const db::Row& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Text(3)};
}

// Byte offsets of the code points of s, and its size.
std::vector<size_t> CodePointStarts(std::string_view s) {
  std::vector<size_t> at;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  at.push_back(s.size());
  return at;
}

// The FTS5 query "every trigram of key" for crm_customer_names: one quoted token each, joined
// by AND (the index keeps no positions, detail = none). key has at least three code points.
std::string TrigramMatch(std::string_view key) {
  const std::vector<size_t> at = CodePointStarts(key);
  std::set<std::string_view> grams;
  for (size_t i = 0; i + 3 < at.size(); ++i) grams.insert(key.substr(at[i], at[i + 3] - at[i]));
  std::string out;
  for (std::string_view g : grams) {
    if (!out.empty()) out += " AND ";
    out += "\"";
    for (char ch : g) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    out += "\"";
  }
  return out;
}

// The first customer by id (other than except_id) whose key contains key and is longer.
Result<std::optional<DuplicateRef>> FirstContaining(db::Tx& tx, const std::string& key,
                                                    int64_t except_id) {
  std::string sql(kDuplicateColumns);
  std::vector<db::Value> params;
  if (tx.backend() == db::Backend::kPostgres) {
    sql += " WHERE crm_trigrams(c.name_key) @> crm_trigrams($1) AND strpos(c.name_key, $1) > 0";
    params = {key, except_id};
  } else {
    sql +=
        " WHERE c.id IN (SELECT rowid FROM crm_customer_names WHERE crm_customer_names MATCH $3) "
        "AND instr(c.name_key, $1) > 0";
    params = {key, except_id, TrigramMatch(key)};
  }
  // "+ 0": the order must not make the planner walk the primary key past non-matching rows.
  sql += " AND c.name_key <> $1 AND c.id <> $2 ORDER BY c.id + 0 LIMIT 1";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::FirstRow(rows, DuplicateFromRow);
}

// The first customer by id (other than except_id) whose key is one of keys.
Result<std::optional<DuplicateRef>> FirstWithKeyIn(db::Tx& tx, const std::vector<std::string>& keys,
                                                   int64_t except_id) {
  constexpr size_t kChunk = 500;
  std::optional<DuplicateRef> first;
  for (size_t at = 0; at < keys.size(); at += kChunk) {
    std::string sql = std::string(kDuplicateColumns) + " WHERE c.id <> $1 AND c.name_key IN (";
    std::vector<db::Value> params = {except_id};
    for (size_t i = at; i < std::min(keys.size(), at + kChunk); ++i) {
      params.emplace_back(keys[i]);
      sql += (i == at ? "$" : ", $") + std::to_string(params.size());
    }
    sql += ") ORDER BY c.id + 0 LIMIT 1";
    SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
    std::optional<DuplicateRef> found = db::FirstRow(rows, DuplicateFromRow);
    if (found && (!first || found->id < first->id)) first = std::move(found);
  }
  return first;
}

}  // namespace

Result<std::optional<DuplicateRef>> FindByCreditCode(db::Tx& tx, const std::string& credit_code,
                                                     std::optional<int64_t> except_id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kDuplicateColumns) +
                                            " WHERE c.credit_code = $1 AND c.id <> $2",
                                        {credit_code, except_id.value_or(0)}));
  return db::FirstRow(rows, DuplicateFromRow);
}

Result<std::vector<NameMatch>> FindEqualNames(db::Tx& tx, const std::string& name_key,
                                              std::optional<int64_t> except_id) {
  if (name_key.empty()) return std::vector<NameMatch>();
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kDuplicateColumns) +
                                            " WHERE c.name_key = $1 AND c.id <> $2 ORDER BY c.id",
                                        {name_key, except_id.value_or(0)}));
  return db::MapRows(rows, [](const db::Row& r) {
    return NameMatch{DuplicateFromRow(r), r.OptText(5)};
  });
}

Result<std::optional<DuplicateRef>> FindSimilarName(db::Tx& tx, const std::string& name_key,
                                                    std::optional<int64_t> except_id) {
  SD_TRY_ASSIGN(std::vector<NameMatch> equal, FindEqualNames(tx, name_key, except_id));
  if (!equal.empty()) return std::optional<DuplicateRef>(std::move(equal[0].ref));
  // Containment either way, the shorter key of at least kSimilarMinChars code points: longer
  // keys holding this one (trigram index), or this key's parts as whole keys (name_key index).
  const int64_t except = except_id.value_or(0);
  std::optional<DuplicateRef> longer;
  if (CodePoints(name_key) >= kSimilarMinChars) {
    SD_TRY_ASSIGN(longer, FirstContaining(tx, name_key, except));
  }
  SD_TRY_ASSIGN(std::optional<DuplicateRef> shorter,
                FirstWithKeyIn(tx, SimilarNameParts(name_key), except));
  if (longer && shorter) return shorter->id < longer->id ? shorter : longer;
  return longer ? longer : shorter;
}

Result<std::vector<NameIndexEntry>> LoadNameIndex(db::Tx& tx, int64_t after_id) {
  // By id in pages: the rows of one page at a time besides the entries (the whole archive's
  // rows at once doubled an import's peak memory).
  constexpr int64_t kPage = 5000;
  const std::string sql = std::string(kDuplicateColumns) + " WHERE c.id > $1 ORDER BY c.id LIMIT " +
                          std::to_string(kPage);
  std::vector<NameIndexEntry> out;
  for (int64_t last = after_id;;) {
    std::vector<db::Value> params{db::Value(last)};
    SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
    for (const db::Row& r : rows) {
      out.push_back({DuplicateFromRow(r), r.Text(4), r.OptText(5)});
    }
    if (static_cast<int64_t>(rows.size()) < kPage) return out;
    last = out.back().ref.id;
  }
}

}  // namespace sd::crm::store
