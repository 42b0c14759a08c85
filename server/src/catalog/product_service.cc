#include "catalog/product_service.h"

#include "base/record.h"
#include "crm/pinyin.h"
#include "doc/action.h"
#include "org/product_line_service.h"

namespace sd::catalog {
namespace {

ProductDerived Derive(const ProductFields& f) {
  ProductDerived d;
  d.mnemonic = crm::PinyinOf(f.name).mnemonic;
  d.search_text = ProductSearchText(f, d.mnemonic);
  d.name_sort = crm::PinyinSortKey(f.name);
  return d;
}

Result<void> Checked(db::Tx& tx, const ProductFields& f, bool code_required) {
  std::vector<FieldError> errors;
  CheckProductFields(f, &errors);
  if (code_required && f.code.empty()) errors.push_back({"code", "common.field.required", {}});
  SD_TRY(CheckProductLine(tx, f, &errors));
  return FieldsOk(std::move(errors));
}

// Writes after over before at before.version and audits `action`.
Result<Product> Save(db::Tx& tx, const auth::Actor& actor, const Product& before,
                     const ProductFields& f, ProductState state, std::string_view action) {
  SD_TRY_ASSIGN(bool ok, store::UpdateProduct(tx, before.id, before.version, f, Derive(f), state,
                                              actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Product after, JustWritten(store::LoadProduct(tx, before.id)));
  SD_TRY(audit::Record(tx, actor.audit, "product", after.id, action, ProductSnapshot(before),
                       ProductSnapshot(after)));
  return after;
}

}  // namespace

Result<void> CheckProductLine(db::Tx& tx, const ProductFields& f, std::vector<FieldError>* errors) {
  if (f.product_line_id <= 0) return Ok();  // CheckProductFields reports it missing
  SD_TRY_ASSIGN(std::vector<org::ProductLine> lines, org::ListProductLines(tx));
  for (const org::ProductLine& l : lines) {
    if (l.id == f.product_line_id) return Ok();
  }
  errors->push_back({"product_line_id", "catalog.product.product_line_unknown", {}});
  return Ok();
}

Result<Page<Product>> ListProducts(db::Tx& tx, const ProductQuery& q) {
  return store::QueryProducts(tx, q);
}

Result<Product> GetProduct(db::Tx& tx, int64_t id) { return Found(store::LoadProduct(tx, id)); }

Result<Product> CreateProduct(db::Tx& tx, const auth::Actor& actor, ProductFields f) {
  SD_TRY(Checked(tx, f, false));
  if (f.code.empty()) {
    SD_TRY_ASSIGN(int64_t number, store::NextProductNumber(tx));
    f.code = store::ProductCode(number);
  }
  SD_TRY_ASSIGN(int64_t id, store::InsertProduct(tx, f, Derive(f), actor.audit.at_us));
  SD_TRY_ASSIGN(Product out, JustWritten(store::LoadProduct(tx, id)));
  SD_TRY(
      audit::Record(tx, actor.audit, "product", id, "create", std::nullopt, ProductSnapshot(out)));
  return out;
}

Result<Product> UpdateProduct(db::Tx& tx, const auth::Actor& actor, int64_t id,
                              const ProductPatch& p) {
  SD_TRY_ASSIGN(Product before, FoundAtVersion(store::LoadProduct(tx, id), p.version));
  ProductFields f = before.f;
  if (p.code) f.code = *p.code;
  if (p.name) f.name = *p.name;
  if (p.spec) f.spec = *p.spec;
  if (p.product_line_id) f.product_line_id = *p.product_line_id;
  if (p.base_unit) f.base_unit = *p.base_unit;
  if (p.units) f.units = *p.units;
  if (p.tax_rate_e4) f.tax_rate_e4 = *p.tax_rate_e4;
  if (p.standard_cost_fen) f.standard_cost_fen = *p.standard_cost_fen;
  if (p.source) f.source = *p.source;
  if (p.package) f.package = *p.package;
  if (p.notes) f.notes = *p.notes;
  SD_TRY(Checked(tx, f, true));
  return Save(tx, actor, before, f, before.state, "update");
}

Result<Product> ActOnProduct(db::Tx& tx, const auth::Actor& actor, int64_t id, ProductAction action,
                             int64_t version) {
  SD_TRY_ASSIGN(Product before, Found(store::LoadProduct(tx, id)));
  doc::ActionContext c{before.version, version, false, false};
  SD_TRY_ASSIGN(
      const ProductTransition* t,
      doc::CheckAction(kProductTransitions, kProductStateNames, kProductActionNames, before.state,
                       action, actor, c, {.not_allowed = "catalog.product.action_not_allowed"}));
  return Save(tx, actor, before, before.f, t->to, doc::NameOf(kProductActionNames, action));
}

std::vector<std::string> ProductActions(const Product& p, const auth::Actor& actor) {
  std::vector<std::string> out;
  if (actor.Can("product.manage")) out.emplace_back("update");
  doc::ActionContext c{p.version, p.version, false, false};
  for (ProductAction a : doc::ActionsFor(kProductTransitions, p.state, actor, c)) {
    out.emplace_back(doc::NameOf(kProductActionNames, a));
  }
  return out;
}

}  // namespace sd::catalog
