#include "http/catalog/price_json.h"

#include <nlohmann/json.hpp>

#include "base/money.h"
#include "http/reply.h"

namespace sd::http {
namespace {

using nlohmann::json;

json Price(const std::optional<int64_t>& e4) {
  return e4 ? json(Decimal4::FromRaw(*e4).ToString()) : json(nullptr);
}

json OptText(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }
json OptId(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

}  // namespace

std::optional<int64_t> ReadPriceE4(JsonIn& in, std::string_view key, bool required) {
  std::optional<std::string> text = in.String(key, {.required = required, .max_len = 64});
  if (!text) return std::nullopt;
  Result<Decimal4> d = Decimal4::Parse(*text);
  if (!d) {
    in.AddError(std::string(key), "catalog.price.invalid");
    return std::nullopt;
  }
  return d->raw();
}

std::optional<std::string> ReadOptDate(JsonIn& in, std::string_view key) {
  std::optional<std::optional<std::string>> v = in.NullableString(key, {.max_len = 32});
  if (!v) return std::nullopt;
  return *v;
}

json SeasonJson(const catalog::Season& s) {
  return {{"id", s.id},           {"name", s.f.name}, {"recurring", s.f.recurring},
          {"starts", s.f.starts}, {"ends", s.f.ends}, {"notes", s.f.notes},
          {"version", s.version}};
}

void ReadSeason(JsonIn& in, catalog::SeasonFields* out) {
  out->name = in.String("name", {.required = true, .max_len = 1024}).value_or("");
  out->recurring = in.Bool("recurring").value_or(true);
  out->starts = in.String("starts", {.required = true, .max_len = 32}).value_or("");
  out->ends = in.String("ends", {.required = true, .max_len = 32}).value_or("");
  out->notes = in.String("notes", {.max_len = 8000}).value_or("");
}

json PriceListJson(const catalog::PriceList& l, const std::vector<std::string>& actions) {
  return {{"id", l.id},
          {"name", l.f.name},
          {"customer_kind", l.f.customer_kind},
          {"price_level", l.f.price_level},
          {"region_id", OptId(l.f.region_id)},
          {"region_name", l.region_name},
          {"season_id", OptId(l.f.season_id)},
          {"season_name", l.season_name},
          {"valid_from", l.f.valid_from},
          {"valid_to", OptText(l.f.valid_to)},
          {"status", catalog::PriceListStateName(l.state)},
          {"notes", l.f.notes},
          {"line_count", l.line_count},
          {"version", l.version},
          {"created_at", FormatTimestamp(l.created_at_us)},
          {"updated_at", FormatTimestamp(l.updated_at_us)},
          {"actions", actions}};
}

json PriceLineJson(const catalog::PriceLine& l) {
  return {{"id", l.id},
          {"product_id", l.product_id},
          {"product_code", l.product_code},
          {"product_name", l.product_name},
          {"product_spec", l.product_spec},
          {"base_unit", l.base_unit},
          {"min_qty", Decimal4::FromRaw(l.min_qty_e4).ToString()},
          {"unit_price", Decimal4::FromRaw(l.unit_price_e4).ToString()},
          {"net_price",
           Decimal4::FromRaw(catalog::NetOfGross(l.unit_price_e4, l.tax_rate_e4)).ToString()},
          {"tax_rate", Decimal4::FromRaw(l.tax_rate_e4).ToString()}};
}

json PriceListDetailJson(const catalog::PriceListDetail& d,
                         const std::vector<std::string>& actions) {
  json j = PriceListJson(d.list, actions);
  json lines = json::array();
  for (const catalog::PriceLine& l : d.lines) lines.push_back(PriceLineJson(l));
  j["lines"] = std::move(lines);
  return j;
}

void ReadPriceList(JsonIn& in, catalog::PriceListFields* out) {
  out->name = in.String("name", {.required = true, .max_len = 1024}).value_or("");
  out->customer_kind = in.String("customer_kind", {.required = true, .max_len = 32}).value_or("");
  out->price_level = in.String("price_level", {.max_len = 256}).value_or("");
  out->region_id = in.NullableInt("region_id").value_or(std::nullopt);
  out->season_id = in.NullableInt("season_id").value_or(std::nullopt);
  out->valid_from = in.String("valid_from", {.required = true, .max_len = 32}).value_or("");
  out->valid_to = ReadOptDate(in, "valid_to");
  out->notes = in.String("notes", {.max_len = 8000}).value_or("");
}

Result<catalog::PriceListQuery> PriceListFilterOf(const Ctx& ctx) {
  catalog::PriceListQuery q;
  q.q = ctx.TextQuery("q");
  q.customer_kind = ctx.TextQuery("customer_kind");
  SD_TRY_ASSIGN(q.season_id, ctx.IdQuery("season_id"));
  if (auto s = ctx.TextQuery("status")) {
    catalog::PriceListState state{};
    if (!doc::ParseName(catalog::kPriceListStateNames, *s, &state)) {
      return Fail(ValidationError(
          {{"status", "common.field.invalid_choice", {{"choices", "draft, active, closed"}}}}));
    }
    q.state = state;
  }
  SD_TRY_ASSIGN(q.page, ctx.Paging());
  return q;
}

json CustomerPriceJson(const catalog::CustomerPrice& p) {
  return {{"id", p.id},
          {"customer_id", p.customer_id},
          {"customer_name", p.customer_name},
          {"product_id", p.product_id},
          {"product_code", p.product_code},
          {"product_name", p.product_name},
          {"unit_price", Decimal4::FromRaw(p.unit_price_e4).ToString()},
          {"valid_from", p.valid_from},
          {"valid_to", OptText(p.valid_to)},
          {"notes", p.notes},
          {"version", p.version}};
}

json FloorJson(const catalog::PriceFloor& f) {
  return {{"id", f.id},
          {"product_id", f.product_id},
          {"product_code", f.product_code},
          {"product_name", f.product_name},
          {"customer_kind", f.customer_kind},
          {"floor", Price(f.floor_e4)},
          {"valid_from", f.valid_from},
          {"version", f.version}};
}

json PriceChangeJson(const catalog::PriceChange& c) {
  return {{"id", c.id},
          {"at", FormatTimestamp(c.at_us)},
          {"user_login", c.user_login},
          {"rule_kind", c.rule_kind},
          {"rule_id", c.rule_id},
          {"product_id", c.product_id},
          {"product_code", c.product_code},
          {"product_name", c.product_name},
          {"customer_id", OptId(c.customer_id)},
          {"customer_name", c.customer_name},
          {"list_id", OptId(c.list_id)},
          {"list_name", c.list_name},
          {"customer_kind", c.customer_kind},
          {"min_qty", Decimal4::FromRaw(c.min_qty_e4).ToString()},
          {"old_price", Price(c.old_e4)},
          {"new_price", Price(c.new_e4)},
          {"effective_from", OptText(c.effective_from)},
          {"effective_to", OptText(c.effective_to)},
          {"change_id", OptId(c.change_id)}};
}

json PriceRequestJson(const catalog::PriceRequest& r, const std::vector<std::string>& actions) {
  return {{"id", r.id},
          {"rule_kind", catalog::RuleKindName(r.f.kind)},
          {"product_id", r.f.product_id},
          {"product_code", r.product_code},
          {"product_name", r.product_name},
          {"customer_id", OptId(r.f.customer_id)},
          {"customer_name", r.customer_name},
          {"list_id", OptId(r.f.list_id)},
          {"list_name", r.list_name},
          {"customer_kind", r.f.customer_kind},
          {"min_qty", Decimal4::FromRaw(r.f.min_qty_e4).ToString()},
          {"old_price", Price(r.old_e4)},
          {"new_price", Price(r.f.new_e4)},
          {"effective_from", r.f.effective_from},
          {"effective_to", OptText(r.f.effective_to)},
          {"reason", r.f.reason},
          {"status", catalog::PriceRequestStateName(r.state)},
          {"proposed_by_name", r.proposed_by_name},
          {"decided_by_name", r.decided_by_name},
          {"decided_at", r.decided_at_us ? json(FormatTimestamp(*r.decided_at_us)) : json(nullptr)},
          {"decision_note", r.decision_note},
          {"version", r.version},
          {"created_at", FormatTimestamp(r.created_at_us)},
          {"actions", actions}};
}

void ReadPriceRequest(JsonIn& in, catalog::PriceRequestFields* out) {
  std::string kind = in.String("rule_kind", {.required = true, .max_len = 32}).value_or("");
  if (!kind.empty() && !doc::ParseName(catalog::kRuleKindNames, kind, &out->kind)) {
    in.AddError("rule_kind", "common.field.invalid_choice",
                {{"choices", "customer_price, floor, list_line"}});
  }
  out->product_id = in.Int("product_id", {.required = true}).value_or(0);
  out->customer_id = in.NullableInt("customer_id").value_or(std::nullopt);
  out->list_id = in.NullableInt("list_id").value_or(std::nullopt);
  out->customer_kind = in.String("customer_kind", {.max_len = 32}).value_or("");
  if (auto q = in.String("min_qty", {.max_len = 64})) {
    Result<Decimal4> d = Decimal4::Parse(*q);
    if (d) {
      out->min_qty_e4 = d->raw();
    } else {
      in.AddError("min_qty", "common.decimal.invalid");
    }
  }
  out->new_e4 = ReadPriceE4(in, "new_price", false);
  out->effective_from = in.String("effective_from", {.max_len = 32}).value_or("");
  out->effective_to = ReadOptDate(in, "effective_to");
  out->reason = in.String("reason", {.max_len = 8000}).value_or("");
}

json PriceAnswerJson(const catalog::PriceAnswer& a) {
  std::optional<int64_t> net;
  if (a.unit_price_e4) net = catalog::NetOfGross(*a.unit_price_e4, a.tax_rate_e4);
  return {
      {"unit_price", Price(a.unit_price_e4)},
      {"net_price", Price(net)},
      {"source", catalog::PriceSourceName(a.source)},
      {"rule_id", OptId(a.rule_id)},
      {"rule_name", a.rule_name},
      {"list_id", OptId(a.list_id)},
      {"min_qty", Decimal4::FromRaw(a.min_qty_e4).ToString()},
      {"floor", Price(a.floor_e4)},
      {"tax_rate", Decimal4::FromRaw(a.tax_rate_e4).ToString()},
      {"standard_cost", a.standard_cost_fen ? json(Money::FromFen(*a.standard_cost_fen).ToString())
                                            : json(nullptr)}};
}

}  // namespace sd::http
