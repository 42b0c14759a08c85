#include "sales/quotation_build.h"

#include "catalog/product_service.h"
#include "crm/lead_service.h"
#include "crm/scope.h"
#include "sales/fx_service.h"
#include "sales/quotation_pricing.h"

namespace sd::sales {
namespace {

std::string LineField(size_t i, std::string_view name) {
  return "lines[" + std::to_string(i) + "]." + std::string(name);
}

// The lead or inquiry, whichever kind it is, within the actor's sight.
Result<crm::Lead> VisibleLead(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  Result<crm::Lead> inquiry = crm::GetLead(tx, actor, crm::LeadKind::kInquiry, id);
  if (inquiry || inquiry.error().code != Code::kNotFound) return inquiry;
  return crm::GetLead(tx, actor, crm::LeadKind::kLead, id);
}

// The party's owner: the customer's owner rep, else the lead's assignee, else the maker.
Result<std::optional<int64_t>> Owner(db::Tx& tx, const auth::Actor& actor,
                                     const QuotationFields& f) {
  std::optional<int64_t> owner;
  if (f.lead_id) {
    SD_TRY_ASSIGN(crm::Lead lead, VisibleLead(tx, actor, *f.lead_id));
    owner = lead.assignee_staff_id;
  }
  if (f.customer_id) {
    SD_TRY_ASSIGN(crm::CustomerScope scope, crm::ScopeOf(tx, actor));
    SD_TRY_ASSIGN(crm::CustomerHead c, crm::RequireVisibleCustomer(tx, scope, *f.customer_id));
    if (c.owner_staff_id) owner = c.owner_staff_id;
  }
  if (!owner) owner = actor.staff_id;
  return owner;
}

// Line i from the catalog: product copy, base quantity, tax and amounts; field errors appended.
// *unit_base gets the base units in one of the line's unit (PriceLines converts with it).
Result<QuotationLine> BuildLine(db::Tx& tx, size_t i, const QuotationLineInput& in, bool foreign,
                                std::optional<Decimal4>* unit_base,
                                std::vector<FieldError>* errors) {
  QuotationLine l;
  l.line_no = static_cast<int64_t>(i + 1);
  l.in = in;
  Result<catalog::Product> p = catalog::GetProduct(tx, in.product_id);
  if (!p) {
    if (p.error().code != Code::kNotFound) return Fail(std::move(p).error());
    errors->push_back({LineField(i, "product_id"), "sales.quotation.product_unknown", {}});
    return l;
  }
  if (p->state != catalog::ProductState::kActive) {
    errors->push_back({LineField(i, "product_id"), "sales.quotation.product_discontinued", {}});
  }
  if (l.in.unit.empty()) l.in.unit = p->f.base_unit;
  Result<Decimal4> base = catalog::ToBaseUnits(p->f, l.in.unit, in.qty);
  if (!base) {
    errors->push_back(
        {LineField(i, "unit"), "sales.quotation.unit_unknown", {{"unit", l.in.unit}}});
  } else {
    l.base_qty = *base;
    Result<Decimal4> one = catalog::ToBaseUnits(p->f, l.in.unit, Decimal4::FromInt(1));
    if (one) *unit_base = *one;
  }
  l.product_code = p->f.code;
  l.product_name = p->f.name;
  l.product_spec = p->f.spec;
  // Export sales are zero-rated (出口退免税): a foreign-currency line carries no VAT.
  l.tax_rate_e4 = foreign ? 0 : p->f.tax_rate_e4;
  Result<Totals> amounts = LineAmounts(in.qty, in.unit_price, l.tax_rate_e4);
  if (!amounts) {
    errors->push_back({LineField(i, "unit_price"), amounts.error().key, {}});
  } else {
    l.net = amounts->net;
    l.tax = amounts->tax;
    l.gross = amounts->gross;
  }
  return l;
}

}  // namespace

Result<Quotation> BuildQuotation(db::Tx& tx, const auth::Actor& actor, Quotation q,
                                 QuotationFields f, const std::string& today) {
  if (f.quoted_on.empty()) f.quoted_on = today;
  std::vector<FieldError> errors;
  CheckQuotationFields(f, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(q.owner_staff_id, Owner(tx, actor, f));
  const bool foreign = f.currency != kBaseCurrency;
  q.lines.clear();
  std::vector<std::optional<Decimal4>> unit_base(f.lines.size());
  for (size_t i = 0; i < f.lines.size(); ++i) {
    SD_TRY_ASSIGN(QuotationLine l, BuildLine(tx, i, f.lines[i], foreign, &unit_base[i], &errors));
    q.lines.push_back(std::move(l));
  }
  q.valid_until = AddDays(f.quoted_on, f.validity_days);
  if (q.valid_until < today) {
    errors.push_back({"validity_days", "sales.quotation.validity_past", {{"date", q.valid_until}}});
  }
  Result<int64_t> rate = RateFor(tx, f.currency, f.quoted_on);
  if (rate) {
    q.fx_rate_e6 = *rate;
  } else if (rate.error().code == Code::kFailedPrecondition) {
    errors.push_back({"currency", rate.error().key, rate.error().params});
  } else {
    return Fail(std::move(rate).error());
  }
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY(
      PriceLines(tx, {f.customer_id, f.quoted_on, f.currency, q.fx_rate_e6}, unit_base, &q.lines));
  Result<Totals> totals = SumLines(q.lines);
  if (!totals) return Fail(InvalidField("lines", totals.error().key));
  q.totals = *totals;
  q.gross_cny = ToCny(q.totals.gross, q.fx_rate_e6);
  q.f = std::move(f);
  q.f.lines.clear();  // q.lines hold them, units filled in
  return q;
}

}  // namespace sd::sales
