#include "http/sales/quotation_json.h"

#include <nlohmann/json.hpp>

#include "base/chinese_amount.h"
#include "http/doc_json.h"
#include "http/reply.h"
#include "http/router.h"

namespace sd::http {
namespace {

using nlohmann::json;

std::optional<std::string> Hint(const std::optional<int64_t>& e4) {
  if (!e4) return std::nullopt;
  return Decimal4::FromRaw(*e4).ToString();
}

json LineJson(const sales::QuotationLine& l) {
  return {{"line_no", l.line_no},
          {"product_id", l.in.product_id},
          {"product_code", l.product_code},
          {"product_name", l.product_name},
          {"product_spec", l.product_spec},
          {"unit", l.in.unit},
          {"qty", l.in.qty.ToString()},
          {"base_qty", l.base_qty.ToString()},
          {"unit_price", l.in.unit_price.ToString()},
          {"tax_rate", Decimal4::FromRaw(l.tax_rate_e4).ToString()},
          {"net", l.net.ToString()},
          {"tax", l.tax.ToString()},
          {"gross", l.gross.ToString()},
          {"list_price", OrNull(Hint(l.hints.list_price_e4))},
          {"price_source", OrNull(l.hints.price_source)},
          {"floor_price", OrNull(Hint(l.hints.floor_e4))},
          {"notes", l.in.notes}};
}

// A decimal field of a line ("qty", "unit_price"): more than four decimals or not a number is
// common.decimal.invalid on that field.
Decimal4 ReadDecimal(JsonIn& in, std::string_view key) {
  std::optional<std::string> text = in.String(key, {.required = true, .max_len = 32});
  if (!text) return {};
  Result<Decimal4> d = Decimal4::Parse(*text);
  if (!d) {
    in.AddError(std::string(key), "common.decimal.invalid");
    return {};
  }
  return *d;
}

}  // namespace

json QuotationRowJson(const sales::Quotation& q) {
  return {{"id", q.id},
          {"number", OrNull(q.number)},
          {"customer_id", OrNull(q.f.customer_id)},
          {"lead_id", OrNull(q.f.lead_id)},
          {"customer_name", q.customer_name},
          {"owner_staff_id", OrNull(q.owner_staff_id)},
          {"owner_name", q.owner_name},
          {"quoted_on", q.f.quoted_on},
          {"validity_days", q.f.validity_days},
          {"valid_until", q.valid_until},
          {"currency", q.f.currency},
          {"fx_rate", sales::FormatRate(q.fx_rate_e6)},
          {"incoterm", q.f.incoterm},
          {"incoterm_place", q.f.incoterm_place},
          {"net", q.totals.net.ToString()},
          {"tax", q.totals.tax.ToString()},
          {"gross", q.totals.gross.ToString()},
          {"gross_cny", q.gross_cny.ToString()},
          {"state", sales::QuotationStateName(q.state)},
          {"sent_on", OrNull(q.sent_on)},
          {"version", q.version},
          {"created_at", FormatTimestamp(q.created_at_us)},
          {"updated_at", FormatTimestamp(q.updated_at_us)}};
}

json QuotationJson(const sales::Quotation& q, const std::vector<std::string>& actions) {
  json j = QuotationRowJson(q);
  json lines = json::array();
  for (const sales::QuotationLine& l : q.lines) lines.push_back(LineJson(l));
  j["lines"] = std::move(lines);
  j["payment_terms"] = q.f.payment_terms;
  j["delivery_terms"] = q.f.delivery_terms;
  j["notes"] = q.f.notes;
  j["decision_note"] = q.decision_note;
  j["maker_user_id"] = q.maker_user_id;
  // 大写 is for yuan: a foreign-currency quotation is printed in English figures.
  j["gross_in_words"] =
      q.f.currency == sales::kBaseCurrency ? json(ChineseCapitals(q.totals.gross)) : json(nullptr);
  json below = json::array();
  for (int64_t n : sales::LinesBelowFloor(q.lines)) below.push_back(n);
  j["lines_below_floor"] = std::move(below);
  j["actions"] = actions;
  return j;
}

json FxRateJson(const sales::FxRate& r) {
  return {{"id", r.id},
          {"currency", r.currency},
          {"rate_on", r.rate_on},
          {"rate", sales::FormatRate(r.rate_e6)},
          {"note", r.note},
          {"version", r.version},
          {"updated_at", FormatTimestamp(r.updated_at_us)}};
}

void ReadQuotationFields(JsonIn& in, sales::QuotationFields* f) {
  std::optional<std::optional<int64_t>> customer = in.NullableInt("customer_id");
  if (customer) f->customer_id = *customer;
  std::optional<std::optional<int64_t>> lead = in.NullableInt("lead_id");
  if (lead) f->lead_id = *lead;
  f->quoted_on = in.String("quoted_on", {.max_len = 10}).value_or("");
  f->validity_days = in.Int("validity_days").value_or(f->validity_days);
  f->currency = in.String("currency", {.max_len = 3}).value_or("CNY");
  f->incoterm = in.String("incoterm", {.max_len = 3}).value_or("");
  f->incoterm_place = in.String("incoterm_place", {.max_len = 1000}).value_or("");
  f->payment_terms = in.String("payment_terms", {.max_len = 1000}).value_or("");
  f->delivery_terms = in.String("delivery_terms", {.max_len = 1000}).value_or("");
  f->notes = in.String("notes", {.max_len = 20000}).value_or("");
  std::optional<std::vector<JsonIn>> lines = in.ObjectList("lines", {.required = true});
  if (!lines) return;
  for (JsonIn& item : *lines) {
    sales::QuotationLineInput l;
    l.product_id = item.Int("product_id", {.required = true}).value_or(0);
    l.unit = item.String("unit", {.max_len = 32}).value_or("");
    l.qty = ReadDecimal(item, "qty");
    l.unit_price = ReadDecimal(item, "unit_price");
    l.notes = item.String("notes", {.max_len = 1000}).value_or("");
    f->lines.push_back(std::move(l));
  }
}

Result<sales::QuotationFilter> QuotationFilterOf(const Ctx& ctx) {
  sales::QuotationFilter f;
  SD_TRY_ASSIGN(f.customer_id, ctx.IdQuery("customer_id"));
  SD_TRY_ASSIGN(f.lead_id, ctx.IdQuery("lead_id"));
  SD_TRY_ASSIGN(f.owner_staff_id, ctx.IdQuery("owner_staff_id"));
  if (auto s = ctx.TextQuery("state")) {
    sales::QuotationState state{};
    if (!doc::ParseName(sales::kQuotationStates, *s, &state)) {
      return Fail(ValidationError(
          {{"state",
            "common.field.invalid_choice",
            {{"choices",
              "draft, submitted, approved, sent, accepted, rejected, expired, cancelled"}}}}));
    }
    f.state = state;
  }
  f.from = ctx.TextQuery("from");
  f.to = ctx.TextQuery("to");
  f.number = ctx.TextQuery("number");
  return f;
}

}  // namespace sd::http
