// Customer prices, floors, the price history and the quote: the rest of price_service.h.
#include "base/record.h"
#include "base/text.h"
#include "catalog/price_service.h"
#include "crm/scope.h"

namespace sd::catalog {
namespace {

Result<void> RequireCustomer(db::Tx& tx, const auth::Actor& actor, int64_t customer_id) {
  SD_TRY_ASSIGN(crm::CustomerScope scope, crm::ScopeOf(tx, actor));
  SD_TRY(crm::RequireVisibleCustomer(tx, scope, customer_id));
  return Ok();
}

Result<void> CheckProduct(db::Tx& tx, int64_t product_id, std::vector<FieldError>* errors) {
  SD_TRY_ASSIGN(auto product, store::ProductPriceFactsOf(tx, product_id));
  if (!product) errors->push_back({"product_id", "catalog.price.product_unknown", {}});
  return Ok();
}

PriceChange ChangeBy(const auth::Actor& actor, std::string kind, int64_t rule_id,
                     int64_t product_id, std::optional<int64_t> change_id) {
  PriceChange c;
  c.at_us = actor.audit.at_us;
  c.user_id = actor.audit.user_id;
  c.user_login = actor.audit.user_login;
  c.rule_kind = std::move(kind);
  c.rule_id = rule_id;
  c.product_id = product_id;
  c.change_id = change_id;
  return c;
}

}  // namespace

Result<Page<CustomerPrice>> ListCustomerPrices(db::Tx& tx, const auth::Actor& actor,
                                               CustomerPriceQuery q) {
  SD_TRY_ASSIGN(crm::CustomerScope scope, crm::ScopeOf(tx, actor));
  if (q.customer_id) SD_TRY(crm::RequireVisibleCustomer(tx, scope, *q.customer_id));
  q.scope = &scope;
  return store::QueryCustomerPrices(tx, q);
}

Result<void> CheckCustomerPriceInput(db::Tx& tx, const auth::Actor& actor,
                                     const CustomerPriceInput& in) {
  SD_TRY(RequireCustomer(tx, actor, in.customer_id));
  std::vector<FieldError> errors;
  CheckPrice("unit_price", in.unit_price_e4, &errors);
  CheckPeriod("valid_from", in.valid_from, "valid_to", in.valid_to, &errors);
  CheckTextField("notes", in.notes, kPriceNotesMax, false, &errors);
  SD_TRY(CheckProduct(tx, in.product_id, &errors));
  return FieldsOk(std::move(errors));
}

Result<CustomerPrice> SetCustomerPrice(db::Tx& tx, const auth::Actor& actor,
                                       const CustomerPriceInput& in,
                                       std::optional<int64_t> change_id) {
  SD_TRY(CheckCustomerPriceInput(tx, actor, in));
  SD_TRY_ASSIGN(std::optional<CustomerPrice> before,
                store::CustomerPriceStarting(tx, in.customer_id, in.product_id, in.valid_from));
  // The price that held the day before the new one starts, for "old → new".
  SD_TRY_ASSIGN(std::vector<CustomerPrice> current,
                store::CustomerPricesFor(tx, in.customer_id, in.product_id, in.valid_from));
  const CustomerPrice* old = PickCustomerPrice(current, in.valid_from);
  const std::optional<int64_t> old_e4 =
      old != nullptr ? std::optional(old->unit_price_e4) : std::nullopt;
  int64_t id = 0;
  if (before) {
    CustomerPrice p = *before;
    p.unit_price_e4 = in.unit_price_e4;
    p.valid_to = in.valid_to;
    p.notes = in.notes;
    SD_TRY_ASSIGN(bool ok, store::UpdateCustomerPrice(tx, p, actor.audit.at_us));
    if (!ok) return Fail(Code::kAborted, "common.version_conflict");
    id = p.id;
  } else {
    CustomerPrice p;
    p.customer_id = in.customer_id;
    p.product_id = in.product_id;
    p.unit_price_e4 = in.unit_price_e4;
    p.valid_from = in.valid_from;
    p.valid_to = in.valid_to;
    p.notes = in.notes;
    SD_TRY_ASSIGN(id, store::InsertCustomerPrice(tx, p, actor.audit.at_us));
  }
  SD_TRY_ASSIGN(CustomerPrice out, JustWritten(store::LoadCustomerPrice(tx, id)));
  SD_TRY(audit::Record(tx, actor.audit, "customer_price", id, before ? "update" : "create",
                       before ? std::optional(CustomerPriceSnapshot(*before)) : std::nullopt,
                       CustomerPriceSnapshot(out)));
  PriceChange c = ChangeBy(actor, "customer_price", id, in.product_id, change_id);
  c.customer_id = in.customer_id;
  c.old_e4 = old_e4;
  c.new_e4 = in.unit_price_e4;
  c.effective_from = in.valid_from;
  c.effective_to = in.valid_to;
  SD_TRY(store::InsertPriceChange(tx, c));
  return out;
}

Result<std::vector<PriceFloor>> ListFloors(db::Tx& tx, std::optional<int64_t> product_id) {
  return store::ListFloors(tx, product_id);
}

Result<void> CheckFloorInput(db::Tx& tx, const FloorInput& in) {
  std::vector<FieldError> errors;
  if (!in.customer_kind.empty() && !IsCustomerKind(in.customer_kind)) {
    errors.push_back({"customer_kind",
                      "common.field.invalid_choice",
                      {{"choices", "'', end_user, dealer, agent"}}});
  }
  if (in.floor_e4) CheckPrice("floor", *in.floor_e4, &errors);
  CheckPeriod("valid_from", in.valid_from, "valid_to", std::nullopt, &errors);
  SD_TRY(CheckProduct(tx, in.product_id, &errors));
  return FieldsOk(std::move(errors));
}

Result<PriceFloor> SetFloor(db::Tx& tx, const auth::Actor& actor, const FloorInput& in,
                            std::optional<int64_t> change_id) {
  SD_TRY(CheckFloorInput(tx, in));
  SD_TRY_ASSIGN(std::vector<PriceFloor> rows,
                store::FloorsFor(tx, in.product_id, in.customer_kind));
  std::vector<PriceFloor> own;
  for (const PriceFloor& f : rows) {
    if (f.customer_kind == in.customer_kind) own.push_back(f);
  }
  const std::optional<int64_t> old_e4 = PickFloor(own, in.customer_kind, in.valid_from);
  SD_TRY_ASSIGN(std::optional<PriceFloor> before,
                store::FloorStarting(tx, in.product_id, in.customer_kind, in.valid_from));
  PriceFloor f = before.value_or(PriceFloor{});
  f.product_id = in.product_id;
  f.customer_kind = in.customer_kind;
  f.floor_e4 = in.floor_e4;
  f.valid_from = in.valid_from;
  if (before) {
    SD_TRY_ASSIGN(bool ok, store::UpdateFloor(tx, f, actor.audit.at_us));
    if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  } else {
    SD_TRY_ASSIGN(f.id, store::InsertFloor(tx, f, actor.audit.at_us));
  }
  SD_TRY(audit::Record(tx, actor.audit, "price_floor", f.id, before ? "update" : "create",
                       before ? std::optional(FloorSnapshot(*before)) : std::nullopt,
                       FloorSnapshot(f)));
  PriceChange c = ChangeBy(actor, "floor", f.id, in.product_id, change_id);
  c.customer_kind = in.customer_kind;
  c.old_e4 = old_e4;
  c.new_e4 = in.floor_e4;
  c.effective_from = in.valid_from;
  SD_TRY(store::InsertPriceChange(tx, c));
  SD_TRY_ASSIGN(std::optional<PriceFloor> out,
                store::FloorStarting(tx, in.product_id, in.customer_kind, in.valid_from));
  SD_ASSERT(out.has_value(), "the floor was written in this transaction");
  return *out;
}

Result<Page<PriceChange>> PriceHistory(db::Tx& tx, const auth::Actor& actor,
                                       std::optional<int64_t> product_id,
                                       std::optional<int64_t> customer_id,
                                       const PageRequest& page) {
  if (customer_id) SD_TRY(RequireCustomer(tx, actor, *customer_id));
  if (!product_id && !customer_id && !actor.Can("price.set")) {
    return Fail(InvalidField("product_id", "catalog.price.history_needs_key"));
  }
  if (customer_id) return store::QueryPriceHistory(tx, product_id, customer_id, nullptr, page);
  // Changes of customer prices outside the actor's scope leave the product's history.
  SD_TRY_ASSIGN(crm::CustomerScope scope, crm::ScopeOf(tx, actor));
  return store::QueryPriceHistory(tx, product_id, customer_id, &scope, page);
}

Result<PriceAnswer> QuotePrice(db::Tx& tx, const auth::Actor& actor, const PriceQuery& q) {
  SD_TRY(RequireCustomer(tx, actor, q.customer_id));
  return PriceFor(tx, q);
}

}  // namespace sd::catalog
