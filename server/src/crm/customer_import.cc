#include "crm/customer_import.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <map>
#include <unordered_map>

#include "audit/audit.h"
#include "base/i18n.h"
#include "base/money.h"
#include "base/text.h"
#include "crm/customer_store.h"
#include "crm/scope.h"
#include "org/region_service.h"
#include "org/staff_service.h"

namespace sd::crm {
namespace {

// The import columns in the template's order; their headers are the message catalogue's
// "crm.import.column.<field>" in Chinese and English (ImportColumnHeader).
const std::vector<ImportColumn> kColumns = {
    {"name", true, "巴陵石化有限公司"},
    {"short_name", false, "巴陵石化"},
    {"credit_code", false, "91430600MA4L0XXXXX"},
    {"kind", false, "终端用户"},
    {"class", false, "重点客户"},
    {"industry", false, "石油化工"},
    {"source", false, "展会"},
    {"region", false, "430600"},
    {"address", false, "湖南省岳阳市云溪区"},
    {"phone", false, "0730-8888888"},
    {"owner", false, "E005"},
    {"contact_name", false, "王经理"},
    {"contact_mobile", false, "13800138000"},
    {"contact_phone", false, ""},
    {"contact_title", false, "采购部经理"},
    {"contact_email", false, ""},
    {"vat_title", false, "巴陵石化有限公司"},
    {"tax_number", false, ""},
    {"invoice_address", false, ""},
    {"invoice_phone", false, ""},
    {"bank_name", false, ""},
    {"bank_account", false, ""},
    {"settlement", false, "现款"},
    {"credit_days", false, "0"},
    {"credit_limit", false, "0"},
    {"price_level", false, ""},
    {"notes", false, ""},
};

struct Alias {
  const char* header;
  const char* field;
};
constexpr Alias kAliases[] = {
    {"客户名", "name"},
    {"公司名称", "name"},
    {"客户全称", "name"},
    {"customer", "name"},
    {"customer_name", "name"},
    {"信用代码", "credit_code"},
    {"类型", "kind"},
    {"分类", "class"},
    {"客户等级", "class"},
    {"区域", "region"},
    {"负责人", "owner"},
    {"负责人工号", "owner"},
    {"业务员", "owner"},
    {"手机", "contact_mobile"},
    {"联系电话", "contact_phone"},
    {"职务", "contact_title"},
    {"邮箱", "contact_email"},
    {"开票抬头", "vat_title"},
    {"纳税人识别号", "tax_number"},
    {"银行账号", "bank_account"},
    {"账期", "credit_days"},
    {"credit_limit_yuan", "credit_limit"},
};

// Headers compared without spaces, '*' (required marks), case, and with full-width
// parentheses written as ASCII ones; "负责人（工号）" = "负责人(工号)".
std::string HeaderKey(std::string_view header) {
  std::string s(header);
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"（", "("}, {"）", ")"}}) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at)) {
      s.replace(at, from.size(), to);
    }
  }
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '*' || c == '\t') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

// Header text → import field: each column's header in both languages, whichever the request's
// language, and the aliases beyond them that people write.
const std::map<std::string, std::string, std::less<>>& HeaderFields() {
  static const auto* m = [] {
    auto* out = new std::map<std::string, std::string, std::less<>>();
    for (const ImportColumn& c : kColumns) {
      (*out)[HeaderKey(ImportColumnHeader(c, Locale::kZhCN))] = c.field;
      (*out)[HeaderKey(ImportColumnHeader(c, Locale::kEnUS))] = c.field;
    }
    for (const Alias& a : kAliases) out->emplace(HeaderKey(a.header), a.field);
    (*out)[HeaderKey("负责人工号")] = "owner";
    return out;
  }();
  return *m;
}

// Where each field's column is, and its header as written.
class Columns {
 public:
  explicit Columns(const std::vector<std::string>& header) : header_(header) {
    for (size_t i = 0; i < header.size(); ++i) {
      auto it = HeaderFields().find(HeaderKey(header[i]));
      if (it == HeaderFields().end()) {
        if (!header[i].empty()) ignored_.push_back(header[i]);
        continue;
      }
      at_.emplace(it->second, i);  // the first column of a field wins
    }
  }
  bool Has(std::string_view field) const { return at_.find(field) != at_.end(); }
  // The trimmed cell of field in row, "" when the column or cell is missing.
  std::string Get(const ImportRow& row, std::string_view field) const {
    auto it = at_.find(field);
    if (it == at_.end() || it->second >= row.cells.size()) return "";
    return Trim(row.cells[it->second]);
  }
  std::string HeaderOf(std::string_view field) const {
    auto it = at_.find(field);
    return it == at_.end() ? "" : header_[it->second];
  }
  const std::vector<std::string>& ignored() const { return ignored_; }

  static std::string Trim(std::string_view s) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    // A no-break space (U+3000 ideographic space too) around Chinese text is common in Excel.
    for (std::string_view sp : {"\xE3\x80\x80", "\xC2\xA0"}) {
      while (s.substr(0, sp.size()) == sp) s.remove_prefix(sp.size());
      while (s.size() >= sp.size() && s.substr(s.size() - sp.size()) == sp) {
        s.remove_suffix(sp.size());
      }
    }
    return std::string(s);
  }

 private:
  const std::vector<std::string>& header_;
  std::map<std::string, size_t, std::less<>> at_;
  std::vector<std::string> ignored_;
};

// Chinese labels of the choice fields as the template shows them; API values pass as they are
// and anything else is left for CheckCustomerFields to refuse.
std::string Choice(const std::string& text, std::initializer_list<Alias> labels,
                   const std::string& fallback) {
  if (text.empty()) return fallback;
  for (const Alias& a : labels) {
    if (text == a.header) return a.field;
  }
  return AsciiLower(text);
}

// A credit code as stored (NormalizeCustomerFields does the same).
std::string UpperCode(std::string code) {
  for (char& ch : code) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return code;
}

// What the file names, resolved against the database once.
struct Lookups {
  std::map<std::string, std::vector<const org::Region*>, std::less<>> regions;  // code and name
  std::vector<org::Region> region_rows;
  std::map<std::string, org::Staff, std::less<>> staff;  // by code (工号)
  std::map<std::string, std::vector<const org::Staff*>, std::less<>> staff_by_name;  // active
  CustomerScope scope;
};

Result<Lookups> LoadLookups(db::Tx& tx, const auth::Actor& actor) {
  Lookups out;
  SD_TRY_ASSIGN(out.region_rows, org::ListRegions(tx, std::nullopt));
  for (const org::Region& r : out.region_rows) {
    out.regions[r.f.code].push_back(&r);
    if (r.f.name != r.f.code) out.regions[r.f.name].push_back(&r);
  }
  org::StaffQuery q;
  q.page.size = kMaxPageSize;
  for (q.page.page = 1;; ++q.page.page) {
    SD_TRY_ASSIGN(Page<org::Staff> page, org::ListStaff(tx, q));
    for (org::Staff& s : page.items) out.staff.emplace(s.f.code, std::move(s));
    if (static_cast<int64_t>(q.page.page) * q.page.size >= page.total) break;
  }
  for (const auto& [code, s] : out.staff) {
    if (s.f.status == "active") out.staff_by_name[s.f.name].push_back(&s);
  }
  SD_TRY_ASSIGN(out.scope, ScopeOf(tx, actor));
  return out;
}

// The rows a plan keeps for its commit, packed: per row its cell count, then each cell's
// length and bytes (4-byte lengths; a cell is bounded far below that by the table reader). About
// the size of the file's text, where a row's cells as strings took three times that and its
// CustomerFields ten.
class PackedRows {
 public:
  size_t Add(const ImportRow& row) {
    size_t size = sizeof(uint32_t);
    for (const std::string& cell : row.cells) size += sizeof(uint32_t) + cell.size();
    // In blocks of kBlock bytes (a row longer than that has one of its own): a single string
    // doubling as it grew held twice the rows for a moment.
    if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < size) {
      blocks_.emplace_back().reserve(std::max(kBlock, size));
    }
    std::string& text = blocks_.back();
    at_.push_back({row.number, static_cast<uint32_t>(blocks_.size() - 1),
                   static_cast<uint32_t>(text.size())});
    Put(&text, static_cast<uint32_t>(row.cells.size()));
    for (const std::string& cell : row.cells) {
      Put(&text, static_cast<uint32_t>(cell.size()));
      text += cell;
    }
    return at_.size() - 1;
  }
  ImportRow Get(size_t i) const {
    ImportRow row{at_[i].number, {}};
    const std::string& text = blocks_[at_[i].block];
    size_t pos = at_[i].offset;
    const uint32_t n = Take(text, &pos);
    row.cells.reserve(n);
    for (uint32_t c = 0; c < n; ++c) {
      const uint32_t len = Take(text, &pos);
      row.cells.emplace_back(text, pos, len);
      pos += len;
    }
    return row;
  }
  int64_t Number(size_t i) const { return at_[i].number; }

 private:
  static constexpr size_t kBlock = size_t{1} << 20;
  struct At {
    int64_t number;
    uint32_t block;
    uint32_t offset;
  };
  static void Put(std::string* text, uint32_t v) {
    text->append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  static uint32_t Take(const std::string& text, size_t* pos) {
    uint32_t v = 0;
    std::memcpy(&v, text.data() + *pos, sizeof v);
    *pos += sizeof v;
    return v;
  }
  std::deque<std::string> blocks_;
  std::deque<At> at_;
};

class Planner {
 public:
  Planner(const auth::Actor& actor, const Lookups& lookups, const Columns& columns)
      : actor_(actor), lk_(lookups), cols_(columns) {}

  void Row(const ImportRow& row);
  // Makes each customer, checks it (CheckCustomerFields) and counts the contacts.
  void CheckFields();
  void CheckDuplicates(const std::vector<store::NameIndexEntry>& archive);
  // Customer g as the commit writes it (normalised), its row errors already reported.
  ImportCustomer Make(size_t g);

  size_t customers() const { return groups_.size(); }
  int64_t file_rows() const { return file_rows_; }
  int64_t contacts() const { return contacts_; }
  int64_t error_count() const { return error_count_; }
  std::vector<ImportRowError> TakeErrors() { return std::move(errors_); }

 private:
  // A customer of the file: its first row and the rows of its contacts (kept rows).
  struct Group {
    size_t first;
    std::vector<uint32_t> contact_rows;
    std::string name;  // as written, for errors naming it
    std::string name_key;
    std::optional<std::string> credit_code;
  };

  void AddError(int64_t row, std::string field, std::string key, Params params = {}) {
    if (quiet_) return;
    ++error_count_;
    if (errors_.size() >= kImportErrorsMax) return;
    std::string column = cols_.HeaderOf(field);
    errors_.push_back(
        {row, std::move(field), std::move(column), std::move(key), std::move(params)});
  }
  std::optional<Contact> ContactOf(const ImportRow& row) const;
  CustomerFields FieldsOf(const ImportRow& row, ImportCustomer* c);
  void Region(const ImportRow& row, ImportCustomer* c);
  void Owner(const ImportRow& row, ImportCustomer* c);
  bool MayOwn(const org::Staff& s) const;

  const auth::Actor& actor_;
  const Lookups& lk_;
  const Columns& cols_;
  PackedRows rows_;
  std::deque<Group> groups_;  // a deque: no copy of every group as it grows, stable references
  // Views into groups_' names and credit codes.
  std::unordered_map<std::string_view, size_t> by_credit_code_;
  std::unordered_map<std::string_view, size_t> by_name_;
  int64_t file_rows_ = 0;
  int64_t contacts_ = 0;
  std::vector<ImportRowError> errors_;
  int64_t error_count_ = 0;
  bool quiet_ = false;  // Make: the rows' errors were reported when they were read
};

std::optional<Contact> Planner::ContactOf(const ImportRow& row) const {
  Contact c;
  c.name = cols_.Get(row, "contact_name");
  c.mobile = cols_.Get(row, "contact_mobile");
  c.phone = cols_.Get(row, "contact_phone");
  c.title = cols_.Get(row, "contact_title");
  c.email = cols_.Get(row, "contact_email");
  if (c.name.empty() && c.mobile.empty() && c.phone.empty() && c.title.empty() && c.email.empty()) {
    return std::nullopt;
  }
  return c;
}

void Planner::Region(const ImportRow& row, ImportCustomer* c) {
  const std::string text = cols_.Get(row, "region");
  if (text.empty()) return;
  auto it = lk_.regions.find(text);
  if (it == lk_.regions.end()) {
    AddError(row.number, "region", "crm.import.region_unknown", {{"region", text}});
  } else if (it->second.size() > 1) {
    AddError(row.number, "region", "crm.import.region_ambiguous", {{"region", text}});
  } else {
    c->f.region_id = it->second[0]->id;
    c->region_name = it->second[0]->f.name;
  }
}

bool Planner::MayOwn(const org::Staff& s) const {
  if (actor_.staff_id == s.id || lk_.scope.all || actor_.Can("customer.transfer_approve")) {
    return true;
  }
  return std::binary_search(lk_.scope.owner_ids.begin(), lk_.scope.owner_ids.end(), s.id);
}

void Planner::Owner(const ImportRow& row, ImportCustomer* c) {
  const std::string code = cols_.Get(row, "owner");
  if (code.empty()) {
    c->f.owner_staff_id = actor_.staff_id;  // nullopt: the pool
    c->owner_name = actor_.staff_name;
    return;
  }
  // 工号, or the name of exactly one active staff member (what an export writes).
  const org::Staff* owner = nullptr;
  if (auto it = lk_.staff.find(code); it != lk_.staff.end()) {
    if (it->second.f.status == "active") owner = &it->second;
  } else if (auto named = lk_.staff_by_name.find(code);
             named != lk_.staff_by_name.end() && named->second.size() == 1) {
    owner = named->second[0];
  }
  if (owner == nullptr) {
    AddError(row.number, "owner", "crm.import.owner_unknown", {{"code", code}});
  } else if (!MayOwn(*owner)) {
    AddError(row.number, "owner", "crm.import.owner_not_allowed", {{"code", code}});
  } else {
    c->f.owner_staff_id = owner->id;
    c->owner_name = owner->f.name;
  }
}

CustomerFields Planner::FieldsOf(const ImportRow& row, ImportCustomer* c) {
  CustomerFields f;
  f.name = cols_.Get(row, "name");
  f.short_name = cols_.Get(row, "short_name");
  if (std::string code = UpperCode(cols_.Get(row, "credit_code")); !code.empty()) {
    f.credit_code = code;
  }
  f.kind = Choice(
      cols_.Get(row, "kind"),
      {{"终端用户", "end_user"}, {"终端", "end_user"}, {"经销商", "dealer"}, {"代理商", "agent"}},
      "end_user");
  f.customer_class = Choice(cols_.Get(row, "class"),
                            {{"重点客户", "key"},
                             {"重点", "key"},
                             {"普通客户", "regular"},
                             {"普通", "regular"},
                             {"一般客户", "regular"},
                             {"一般", "regular"},
                             {"潜在客户", "prospect"},
                             {"潜在", "prospect"}},
                            "prospect");
  f.settlement =
      Choice(cols_.Get(row, "settlement"),
             {{"现款", "cash"}, {"现金", "cash"}, {"赊销", "credit"}, {"账期", "credit"}}, "cash");
  f.industry = cols_.Get(row, "industry");
  f.source = cols_.Get(row, "source");
  f.address = cols_.Get(row, "address");
  f.phone = cols_.Get(row, "phone");
  f.vat_title = cols_.Get(row, "vat_title");
  f.tax_number = cols_.Get(row, "tax_number");
  f.invoice_address = cols_.Get(row, "invoice_address");
  f.invoice_phone = cols_.Get(row, "invoice_phone");
  f.bank_name = cols_.Get(row, "bank_name");
  f.bank_account = cols_.Get(row, "bank_account");
  f.price_level = cols_.Get(row, "price_level");
  f.notes = cols_.Get(row, "notes");
  if (std::string days = cols_.Get(row, "credit_days"); !days.empty()) {
    Result<Money> parsed = Money::Parse(days);  // whole days: an integer is a money without fen
    if (!parsed || parsed->fen() % 100 != 0) {
      AddError(row.number, "credit_days", "common.field.type_integer");
    } else {
      f.credit_days = parsed->fen() / 100;
    }
  }
  if (std::string limit = cols_.Get(row, "credit_limit"); !limit.empty()) {
    Result<Money> parsed = Money::Parse(limit);
    if (!parsed) {
      AddError(row.number, "credit_limit", parsed.error().key);
    } else {
      f.credit_limit_fen = parsed->fen();
    }
  }
  c->f = std::move(f);
  Region(row, c);
  Owner(row, c);
  return c->f;
}

void Planner::Row(const ImportRow& row) {
  ++file_rows_;
  const std::string name = cols_.Get(row, "name");
  const std::string code = UpperCode(cols_.Get(row, "credit_code"));
  // The same credit code, or the same name with no other code: a further contact.
  std::optional<size_t> g;
  if (!code.empty()) {
    if (auto it = by_credit_code_.find(code); it != by_credit_code_.end()) g = it->second;
  }
  if (!g && !name.empty()) {
    auto it = by_name_.find(name);
    if (it != by_name_.end()) {
      const auto& existing = groups_[it->second].credit_code;
      if (code.empty() || !existing || *existing == code) g = it->second;
    }
  }
  const bool has_contact = ContactOf(row).has_value();
  if (g) {
    if (has_contact) groups_[*g].contact_rows.push_back(static_cast<uint32_t>(rows_.Add(row)));
    return;
  }
  ImportCustomer c;
  c.row = row.number;
  FieldsOf(row, &c);  // reports the row's errors; the customer is made again by Make
  Group group{rows_.Add(row), {}, c.f.name, NameKey(c.f.name), c.f.credit_code};
  if (has_contact) group.contact_rows.push_back(static_cast<uint32_t>(group.first));
  const size_t index = groups_.size();
  const Group& kept = groups_.emplace_back(std::move(group));
  if (kept.credit_code) by_credit_code_.emplace(*kept.credit_code, index);
  if (!kept.name.empty()) by_name_.emplace(kept.name, index);
}

ImportCustomer Planner::Make(size_t g) {
  const Group& group = groups_[g];
  quiet_ = true;
  const ImportRow first = rows_.Get(group.first);
  ImportCustomer c;
  c.row = first.number;
  FieldsOf(first, &c);
  for (uint32_t r : group.contact_rows) {
    std::optional<Contact> k = ContactOf(r == group.first ? first : rows_.Get(r));
    if (k) c.f.contacts.push_back(std::move(*k));
  }
  quiet_ = false;
  NormalizeCustomerFields(&c.f);
  return c;
}

// "contacts[2].mobile" → the row of contact 2 and "contact_mobile".
void Planner::CheckFields() {
  contacts_ = 0;
  for (size_t g = 0; g < groups_.size(); ++g) {
    const ImportCustomer c = Make(g);
    contacts_ += static_cast<int64_t>(c.f.contacts.size());
    std::vector<FieldError> errors;
    CheckCustomerFields(c.f, &errors);
    for (FieldError& e : errors) {
      int64_t row = c.row;
      std::string field = e.field;
      if (field.rfind("contacts[", 0) == 0) {
        const size_t close = field.find(']');
        const auto i = static_cast<size_t>(std::atoll(field.c_str() + 9));  // NOLINT
        if (i < groups_[g].contact_rows.size()) row = rows_.Number(groups_[g].contact_rows[i]);
        field = close == std::string::npos ? "contact" : "contact_" + field.substr(close + 2);
        if (field == "contact_is_primary") field = "contact_name";
      }
      AddError(row, field, e.key, e.params);
    }
  }
}

// Each way of slicing key into a run of at least kSimilarMinChars code points other than the
// whole, as views into key.
template <typename F>
void ForEachProperPart(std::string_view key, F&& f) {
  std::vector<size_t> at;  // byte offsets of code points, and the end
  for (size_t i = 0; i < key.size(); ++i) {
    if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  at.push_back(key.size());
  const size_t n = at.size() - 1;
  for (size_t b = 0; b < n; ++b) {
    for (size_t e = b + kSimilarMinChars; e <= n; ++e) {
      if (b == 0 && e == n) continue;
      f(key.substr(at[b], at[e] - at[b]));
    }
  }
}

struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Name keys → the first entry with that key. Most slices of a name have a length no key has:
// those are answered from a bitmap of key lengths without hashing (a 100,000-row import checks
// some ten million slices).
class KeyIndex {
 public:
  // key must outlive the index.
  void Add(std::string_view key, size_t value) {
    if (key.empty()) return;
    map_.emplace(key, value);
    if (key.size() < kShort) {
      lengths_[key.size()] = true;
    } else {
      has_long_ = true;
    }
  }
  const size_t* Find(std::string_view key) const {
    if (key.size() < kShort ? !lengths_[key.size()] : !has_long_) return nullptr;
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }

 private:
  static constexpr size_t kShort = 512;
  std::unordered_map<std::string_view, size_t, ViewHash, std::equal_to<>> map_;
  std::array<bool, kShort> lengths_{};
  bool has_long_ = false;
};

void Planner::CheckDuplicates(const std::vector<store::NameIndexEntry>& archive) {
  std::unordered_map<std::string_view, size_t> codes;
  KeyIndex archive_keys;
  for (size_t i = 0; i < archive.size(); ++i) {
    if (archive[i].credit_code) codes.emplace(*archive[i].credit_code, i);
    archive_keys.Add(archive[i].name_key, i);
  }
  KeyIndex file_keys;  // the first group of each key
  for (size_t g = 0; g < groups_.size(); ++g) file_keys.Add(groups_[g].name_key, g);
  // similar[g]: the archive customer (≥ 0) or earlier group (encoded -1 - index) it resembles.
  std::vector<std::optional<int64_t>> similar(groups_.size());
  auto mark_archive = [&](size_t g, size_t a) {
    if (!similar[g]) similar[g] = static_cast<int64_t>(a);
  };
  auto mark_file = [&](size_t later, size_t earlier) {
    if (!similar[later]) similar[later] = -1 - static_cast<int64_t>(earlier);
  };
  for (size_t g = 0; g < groups_.size(); ++g) {
    const std::string& key = groups_[g].name_key;
    if (key.empty()) continue;
    if (const size_t* a = archive_keys.Find(key)) mark_archive(g, *a);
    if (const size_t* h = file_keys.Find(key); h != nullptr && *h < g) mark_file(g, *h);
    ForEachProperPart(key, [&](std::string_view part) {
      if (const size_t* a = archive_keys.Find(part)) mark_archive(g, *a);
      if (const size_t* h = file_keys.Find(part); h != nullptr && *h != g) {
        mark_file(std::max(g, *h), std::min(g, *h));
      }
    });
  }
  // Archive names that contain a file's name.
  for (size_t a = 0; a < archive.size(); ++a) {
    ForEachProperPart(archive[a].name_key, [&](std::string_view part) {
      if (const size_t* g = file_keys.Find(part)) mark_archive(*g, a);
    });
  }
  for (size_t g = 0; g < groups_.size(); ++g) {
    const Group& group = groups_[g];
    const int64_t row = rows_.Number(group.first);
    if (group.credit_code) {
      if (auto it = codes.find(*group.credit_code); it != codes.end()) {
        const store::DuplicateRef& ref = archive[it->second].ref;
        AddError(row, "credit_code", "crm.customer.duplicate_credit_code",
                 {{"code", ref.code}, {"name", ref.name}});
        continue;
      }
    }
    if (!similar[g]) continue;
    if (*similar[g] >= 0) {
      const store::DuplicateRef& ref = archive[static_cast<size_t>(*similar[g])].ref;
      AddError(row, "name", "crm.customer.similar_name",
               {{"code", ref.code}, {"name", ref.name}, {"owner", ref.owner_name}});
    } else {
      const Group& first = groups_[static_cast<size_t>(-1 - *similar[g])];
      AddError(row, "name", "crm.import.duplicate_in_file",
               {{"row", std::to_string(rows_.Number(first.first))}, {"name", first.name}});
    }
  }
}

}  // namespace

const std::vector<ImportColumn>& ImportColumns() { return kColumns; }

std::string ImportColumnHeader(const ImportColumn& c, Locale locale) {
  return Catalog::Embedded().Text(std::string("crm.import.column.") + c.field, locale);
}

// The plan's state, kept by the plan for its commit (ImportPlan::source).
struct ImportSource {
  ImportSource(const auth::Actor& actor, std::vector<std::string> h, Lookups l)
      : header(std::move(h)),
        columns(header),
        lookups(std::move(l)),
        planner(actor, lookups, columns) {}
  std::vector<std::string> header;  // columns refers to it
  Columns columns;
  Lookups lookups;
  mutable Planner planner;     // the commit makes the customers again (Planner::Make)
  int64_t archive_max_id = 0;  // the archive as the plan saw it: customers up to this id
};

CustomerImportPlanner::CustomerImportPlanner(std::shared_ptr<ImportSource> source)
    : source_(std::move(source)) {}
CustomerImportPlanner::~CustomerImportPlanner() = default;
CustomerImportPlanner::CustomerImportPlanner(CustomerImportPlanner&&) noexcept = default;
CustomerImportPlanner& CustomerImportPlanner::operator=(CustomerImportPlanner&&) noexcept = default;

Result<CustomerImportPlanner> CustomerImportPlanner::Start(db::Tx& tx, const auth::Actor& actor,
                                                           std::vector<std::string> header) {
  if (!Columns(header).Has("name")) {
    return Fail(Code::kFailedPrecondition, "crm.import.column_missing",
                {{"column", "客户名称 / name"}});
  }
  SD_TRY_ASSIGN(Lookups lookups, LoadLookups(tx, actor));
  return CustomerImportPlanner(
      std::make_shared<ImportSource>(actor, std::move(header), std::move(lookups)));
}

void CustomerImportPlanner::Row(const ImportRow& row) { source_->planner.Row(row); }

Result<ImportPlan> CustomerImportPlanner::Finish(db::Tx& tx) {
  Planner& planner = source_->planner;
  {
    SD_TRY_ASSIGN(std::vector<store::NameIndexEntry> archive, store::LoadNameIndex(tx));
    for (const store::NameIndexEntry& e : archive) {
      source_->archive_max_id = std::max(source_->archive_max_id, e.ref.id);
    }
    planner.CheckFields();
    planner.CheckDuplicates(archive);
  }
  ImportPlan plan;
  plan.customer_count = static_cast<int64_t>(planner.customers());
  plan.contacts = planner.contacts();
  plan.file_rows = planner.file_rows();
  plan.error_count = planner.error_count();
  plan.errors = planner.TakeErrors();
  std::stable_sort(plan.errors.begin(), plan.errors.end(),
                   [](const ImportRowError& a, const ImportRowError& b) { return a.row < b.row; });
  plan.ignored_columns = source_->columns.ignored();
  for (size_t g = 0; g < std::min(planner.customers(), kImportPreviewRows); ++g) {
    plan.preview.push_back(planner.Make(g));
  }
  plan.source = std::move(source_);
  return plan;
}

Result<ImportPlan> PlanCustomerImport(db::Tx& tx, const auth::Actor& actor,
                                      const std::vector<std::string>& header,
                                      const std::vector<ImportRow>& rows) {
  SD_TRY_ASSIGN(CustomerImportPlanner planner, CustomerImportPlanner::Start(tx, actor, header));
  for (const ImportRow& row : rows) planner.Row(row);
  return planner.Finish(tx);
}

Result<ImportResult> CommitCustomerImport(db::Tx& tx, const auth::Actor& actor,
                                          const ImportPlan& plan) {
  if (plan.error_count > 0 || !plan.source) {
    return Fail(Code::kFailedPrecondition, "crm.import.rows_invalid",
                {{"count", std::to_string(plan.error_count)}});
  }
  Planner& planner = plan.source->planner;
  ImportResult result;
  {
    // Customers created since the plan read the archive: the file checked against those too.
    SD_TRY_ASSIGN(std::vector<store::NameIndexEntry> since,
                  store::LoadNameIndex(tx, plan.source->archive_max_id));
    if (!since.empty()) {
      planner.CheckDuplicates(since);
      if (planner.error_count() > 0) {
        result.error_count = planner.error_count();
        result.errors = planner.TakeErrors();
        return result;
      }
    }
  }
  // A batch of customers made at a time (Planner::Make), so that only a batch is held.
  constexpr size_t kBatch = 1000;
  int64_t count = 0;
  std::vector<store::NewCustomerRow> rows;
  for (size_t from = 0; from < planner.customers(); from += kBatch) {
    const size_t to = std::min(planner.customers(), from + kBatch);
    rows.clear();
    for (size_t i = from; i < to; ++i) rows.push_back({planner.Make(i).f, actor.staff_id});
    SD_TRY_ASSIGN(int64_t first_number, store::NextCustomerNumber(tx));
    SD_TRY_ASSIGN(std::vector<int64_t> ids, store::InsertCustomers(tx, rows, actor.audit.at_us));
    std::vector<audit::Change> changes(ids.size());
    Customer audited;
    for (size_t i = 0; i < ids.size(); ++i) {
      audited.id = ids[i];
      audited.code = store::CustomerCode(first_number + static_cast<int64_t>(i));
      audited.f = std::move(rows[i].f);
      changes[i] = {ids[i], std::nullopt, CustomerSnapshot(audited)};
    }
    SD_TRY(audit::RecordMany(tx, actor.audit, "customer", "create", changes));
    count += static_cast<int64_t>(ids.size());
  }
  SD_TRY(audit::Record(
      tx, actor.audit, "customer", 0, "import", std::nullopt,
      audit::Snapshot{
          {"customers", count}, {"contacts", plan.contacts}, {"file_rows", plan.file_rows}}));
  result.imported = count;
  result.contacts = plan.contacts;
  return result;
}

}  // namespace sd::crm
