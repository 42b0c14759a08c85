#include "org/product_line_service.h"

#include "base/record.h"
#include "base/text.h"
#include "org/product_line_store.h"

namespace sd::org {
namespace {

Result<void> Validate(const ProductLineFields& f) {
  std::vector<FieldError> errors;
  CheckTextField("code", f.code, kProductLineCodeMax, true, &errors);
  CheckTextField("name", f.name, kProductLineNameMax, true, &errors);
  CheckTextField("notes", f.notes, kProductLineNotesMax, false, &errors);
  return FieldsOk(std::move(errors));
}

}  // namespace

Result<std::vector<ProductLine>> ListProductLines(db::Tx& tx) {
  return store::ListProductLines(tx);
}

Result<ProductLine> CreateProductLine(db::Tx& tx, const audit::Context& ctx,
                                      const ProductLineFields& f) {
  SD_TRY(Validate(f));
  SD_TRY_ASSIGN(int64_t id, store::InsertProductLine(tx, f, ctx.at_us));
  SD_TRY_ASSIGN(ProductLine out, JustWritten(store::LoadProductLine(tx, id)));
  SD_TRY(
      audit::Record(tx, ctx, "product_line", id, "create", std::nullopt, ProductLineSnapshot(out)));
  return out;
}

Result<ProductLine> UpdateProductLine(db::Tx& tx, const audit::Context& ctx, int64_t id,
                                      const ProductLinePatch& patch) {
  SD_TRY_ASSIGN(const ProductLine before,
                FoundAtVersion(store::LoadProductLine(tx, id), patch.version));
  ProductLineFields f = before.f;
  if (patch.code) f.code = *patch.code;
  if (patch.name) f.name = *patch.name;
  if (patch.notes) f.notes = *patch.notes;
  if (patch.sort_order) f.sort_order = *patch.sort_order;
  SD_TRY(Validate(f));
  SD_TRY_ASSIGN(bool updated, store::UpdateProductLine(tx, id, patch.version, f));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(ProductLine after, JustWritten(store::LoadProductLine(tx, id)));
  SD_TRY(audit::Record(tx, ctx, "product_line", id, "update", ProductLineSnapshot(before),
                       ProductLineSnapshot(after)));
  return after;
}

}  // namespace sd::org
