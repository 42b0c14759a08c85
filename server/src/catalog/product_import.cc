#include "catalog/product_import.h"

#include <map>
#include <set>

#include "audit/audit.h"
#include "catalog/product_service.h"
#include "catalog/product_store.h"
#include "org/product_line_service.h"

namespace sd::catalog {
namespace {

const std::vector<ProductColumn> kColumns = {
    {"code", false},     {"name", true},     {"spec", false},     {"product_line", true},
    {"base_unit", true}, {"units", false},   {"tax_rate", false}, {"standard_cost", false},
    {"source", false},   {"package", false}, {"status", false},   {"notes", false},
};

// Headers and labels compared without spaces, '*' (required marks) and case.
std::string Key(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '*' || c == '\t') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string Trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// Unit labels in both languages and codes → code.
const std::map<std::string, std::string, std::less<>>& UnitsByLabel() {
  static const auto* m = [] {
    auto* out = new std::map<std::string, std::string, std::less<>>();
    for (std::string_view code : kUnits) {
      const std::string key = "catalog.unit." + std::string(code);
      (*out)[Key(Catalog::Embedded().Text(key, Locale::kEnUS))] = code;
      (*out)[Key(Catalog::Embedded().Text(key, Locale::kZhCN))] = code;
      (*out)[std::string(code)] = code;
    }
    return out;
  }();
  return *m;
}

std::string UnitCode(const std::string& text) {
  auto it = UnitsByLabel().find(Key(text));
  return it == UnitsByLabel().end() ? text : it->second;
}

// Field of CheckProductFields ("units[1].factor") → import column ("units").
std::string ColumnField(std::string_view field) {
  std::string_view f = field.substr(0, field.find_first_of("[."));
  if (f == "product_line_id") return "product_line";
  return std::string(f);
}

}  // namespace

const std::vector<ProductColumn>& ProductColumns() { return kColumns; }

std::string ProductColumnHeader(const ProductColumn& c, Locale locale) {
  return Catalog::Embedded().Text(std::string("catalog.export.column.") + c.field, locale);
}

std::string UnitsText(const std::vector<SecondaryUnit>& units, Locale locale) {
  std::string out;
  for (const SecondaryUnit& u : units) {
    if (!out.empty()) out += "; ";
    out += Catalog::Embedded().Text("catalog.unit." + u.unit, locale) + "=" + u.factor.ToString();
  }
  return out;
}

struct ProductImportPlanner::Impl {
  std::vector<std::string> header;
  std::map<std::string, size_t, std::less<>> at;      // field → column
  std::map<std::string, int64_t, std::less<>> lines;  // product line code and name → id
  ImportPlan plan;
  std::map<std::string, int64_t, std::less<>> codes;  // code → first row
  std::set<std::string, std::less<>> row_fields;      // fields of the current row in error

  std::string Get(const std::vector<std::string>& cells, std::string_view field) const {
    auto it = at.find(field);
    if (it == at.end() || it->second >= cells.size()) return "";
    return Trim(cells[it->second]);
  }

  void Error(int64_t row, const std::string& field, std::string key, Params params = {}) {
    ++plan.error_count;
    row_fields.insert(field);
    if (plan.errors.size() >= kImportErrorsMax) return;
    auto it = at.find(field);
    plan.errors.push_back(
        {row, field, it == at.end() ? "" : header[it->second], std::move(key), std::move(params)});
  }

  void ReadUnits(int64_t row, const std::string& text, ProductFields* f);
  void ReadRate(int64_t row, const std::string& text, ProductFields* f);
  void ReadChoices(int64_t row, const std::vector<std::string>& cells, ProductFields* f);
};

void ProductImportPlanner::Impl::ReadUnits(int64_t row, const std::string& text, ProductFields* f) {
  // "千克=0.001; 袋=1" — separators ';' '；' ','  '，', and '=' or ':' between unit and factor.
  std::string s = text;
  for (std::string_view wide : {"；", "，", "："}) {
    for (size_t p = s.find(wide); p != std::string::npos; p = s.find(wide)) {
      s.replace(p, wide.size(), wide == "：" ? ":" : ";");
    }
  }
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find_first_of(";,", start);
    if (end == std::string::npos) end = s.size();
    const std::string part = Trim(std::string_view(s).substr(start, end - start));
    start = end + 1;
    if (part.empty()) continue;
    const size_t eq = part.find_first_of("=:");
    if (eq == std::string::npos) {
      Error(row, "units", "catalog.import.units_invalid");
      return;
    }
    Result<Decimal4> factor = Decimal4::Parse(Trim(std::string_view(part).substr(eq + 1)));
    if (!factor) {
      Error(row, "units", "catalog.product.factor_invalid");
      return;
    }
    f->units.push_back({UnitCode(Trim(std::string_view(part).substr(0, eq))), *factor});
  }
}

void ProductImportPlanner::Impl::ReadRate(int64_t row, const std::string& text, ProductFields* f) {
  if (text.empty()) return;  // the default, 13%
  const bool percent = text.back() == '%';
  Result<Decimal4> d = Decimal4::Parse(Trim(percent ? text.substr(0, text.size() - 1) : text));
  if (!d) {
    Error(row, "tax_rate", "common.decimal.invalid");
    return;
  }
  // "13%" and "13" are percentages; "0.13" (Excel's 13%) is the rate itself.
  if (percent || d->raw() >= Decimal4::kScale) {
    f->tax_rate_e4 = d->raw() % 100 == 0 ? d->raw() / 100 : -1;
  } else {
    f->tax_rate_e4 = d->raw();
  }
}

void ProductImportPlanner::Impl::ReadChoices(int64_t row, const std::vector<std::string>& cells,
                                             ProductFields* f) {
  const std::string line = Get(cells, "product_line");
  if (!line.empty()) {
    auto it = lines.find(line);
    if (it == lines.end()) {
      Error(row, "product_line", "catalog.import.product_line_unknown", {{"value", line}});
      f->product_line_id = -1;  // reported; CheckProductFields stays quiet about it
    } else {
      f->product_line_id = it->second;
    }
  }
  const std::string source = Key(Get(cells, "source"));
  if (source == "外采" || source == "bought") {
    f->source = ProductSource::kBought;
  } else if (!source.empty() && source != "自产" && source != "made") {
    Error(row, "source", "catalog.product.source_invalid");
  }
  const std::string cost = Get(cells, "standard_cost");
  if (!cost.empty()) {
    Result<Money> m = Money::Parse(cost);
    if (m) {
      f->standard_cost_fen = m->fen();
    } else {
      Error(row, "standard_cost", "common.money.invalid");
    }
  }
}

ProductImportPlanner::ProductImportPlanner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ProductImportPlanner::~ProductImportPlanner() = default;
ProductImportPlanner::ProductImportPlanner(ProductImportPlanner&&) noexcept = default;
ProductImportPlanner& ProductImportPlanner::operator=(ProductImportPlanner&&) noexcept = default;

Result<ProductImportPlanner> ProductImportPlanner::Start(db::Tx& tx,
                                                         std::vector<std::string> header) {
  auto impl = std::make_unique<Impl>();
  impl->header = std::move(header);
  std::map<std::string, std::string, std::less<>> fields;
  for (const ProductColumn& c : kColumns) {
    fields[Key(ProductColumnHeader(c, Locale::kZhCN))] = c.field;
    fields[Key(ProductColumnHeader(c, Locale::kEnUS))] = c.field;
  }
  for (size_t i = 0; i < impl->header.size(); ++i) {
    auto it = fields.find(Key(impl->header[i]));
    if (it == fields.end()) {
      if (!impl->header[i].empty()) impl->plan.ignored_columns.push_back(impl->header[i]);
      continue;
    }
    impl->at.emplace(it->second, i);
  }
  for (const ProductColumn& c : kColumns) {
    if (c.required && impl->at.find(c.field) == impl->at.end()) {
      return Fail(Code::kFailedPrecondition, "catalog.import.column_missing",
                  {{"column", ProductColumnHeader(c, Locale::kZhCN)}});
    }
  }
  SD_TRY_ASSIGN(std::vector<org::ProductLine> lines, org::ListProductLines(tx));
  for (const org::ProductLine& l : lines) {
    impl->lines.emplace(l.f.code, l.id);
    impl->lines.emplace(l.f.name, l.id);
  }
  return ProductImportPlanner(std::move(impl));
}

void ProductImportPlanner::Row(int64_t number, const std::vector<std::string>& cells) {
  Impl& m = *impl_;
  ++m.plan.file_rows;
  ImportProduct p{number, {}};
  ProductFields& f = p.f;
  f.code = m.Get(cells, "code");
  f.name = m.Get(cells, "name");
  f.spec = m.Get(cells, "spec");
  f.base_unit = UnitCode(m.Get(cells, "base_unit"));
  f.package = m.Get(cells, "package");
  f.notes = m.Get(cells, "notes");
  m.row_fields.clear();
  m.ReadUnits(number, m.Get(cells, "units"), &f);
  m.ReadRate(number, m.Get(cells, "tax_rate"), &f);
  m.ReadChoices(number, cells, &f);
  // The rules of POST /products, except on a cell already reported as unreadable.
  std::vector<FieldError> errors;
  CheckProductFields(f, &errors);
  const std::set<std::string, std::less<>> unreadable = m.row_fields;
  for (FieldError& e : errors) {
    std::string field = ColumnField(e.field);
    if (unreadable.count(field) == 0) m.Error(number, field, std::move(e.key), std::move(e.params));
  }
  if (!f.code.empty()) {
    auto [it, fresh] = m.codes.emplace(f.code, number);
    if (!fresh) {
      m.Error(number, "code", "catalog.import.duplicate_in_file",
              {{"code", f.code}, {"row", std::to_string(it->second)}});
    }
  }
  if (m.plan.products.size() < kImportProductsMax) m.plan.products.push_back(std::move(p));
}

Result<ImportPlan> ProductImportPlanner::Finish(db::Tx& tx) {
  Impl& m = *impl_;
  if (m.plan.file_rows > static_cast<int64_t>(kImportProductsMax)) {
    return Fail(Code::kResourceExhausted, "catalog.import.too_many_products",
                {{"max", std::to_string(kImportProductsMax)}});
  }
  std::vector<std::string> batch;
  auto check = [&]() -> Result<void> {
    SD_TRY_ASSIGN(std::vector<std::string> taken, store::TakenCodes(tx, batch));
    for (const std::string& code : taken) {
      m.Error(m.codes.at(code), "code", "catalog.product.code_taken", {{"code", code}});
    }
    batch.clear();
    return Ok();
  };
  for (const auto& [code, row] : m.codes) {
    batch.push_back(code);
    if (batch.size() == 500) SD_TRY(check());
  }
  SD_TRY(check());
  return std::move(m.plan);
}

Result<int64_t> CommitProductImport(db::Tx& tx, const auth::Actor& actor, const ImportPlan& plan) {
  if (plan.error_count > 0) {
    return Fail(Code::kFailedPrecondition, "catalog.import.rows_invalid",
                {{"count", std::to_string(plan.error_count)}});
  }
  std::set<std::string, std::less<>> given;
  for (const ImportProduct& p : plan.products) {
    if (!p.f.code.empty()) given.insert(p.f.code);
  }
  SD_TRY_ASSIGN(int64_t number, store::NextProductNumber(tx));
  for (const ImportProduct& p : plan.products) {
    ProductFields f = p.f;
    while (f.code.empty()) {
      std::string code = store::ProductCode(number++);
      if (given.find(code) == given.end()) f.code = std::move(code);
    }
    SD_TRY(CreateProduct(tx, actor, std::move(f)));
  }
  const auto n = static_cast<int64_t>(plan.products.size());
  SD_TRY(audit::Record(tx, actor.audit, "product", 0, "import", std::nullopt,
                       audit::Snapshot{{"products", n}, {"file_rows", plan.file_rows}}));
  return n;
}

}  // namespace sd::catalog
