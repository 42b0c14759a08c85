#include "http/catalog/product_json.h"

#include <nlohmann/json.hpp>

#include "base/money.h"
#include "http/reply.h"

namespace sd::http {
namespace {

using nlohmann::json;

std::optional<catalog::ProductSource> ReadSource(JsonIn& in) {
  std::optional<std::string> text = in.String("source", {.max_len = 32});
  if (!text) return std::nullopt;
  catalog::ProductSource s{};
  if (!doc::ParseName(catalog::kProductSourceNames, *text, &s)) {
    in.AddError("source", "catalog.product.source_invalid");
    return std::nullopt;
  }
  return s;
}

// "0.13" as 1300; more than four decimals or not a number: common.decimal.invalid.
std::optional<int64_t> ReadRate(JsonIn& in) {
  std::optional<std::string> text = in.String("tax_rate", {.max_len = 32});
  if (!text) return std::nullopt;
  Result<Decimal4> d = Decimal4::Parse(*text);
  if (!d) {
    in.AddError("tax_rate", "common.decimal.invalid");
    return std::nullopt;
  }
  return d->raw();
}

std::optional<int64_t> ReadCost(JsonIn& in) {
  std::optional<std::string> text = in.String("standard_cost", {.max_len = 64});
  if (!text) return std::nullopt;
  Result<Money> m = Money::Parse(*text);
  if (!m) {
    in.AddError("standard_cost", "common.money.invalid");
    return std::nullopt;
  }
  return m->fen();
}

std::optional<std::vector<catalog::SecondaryUnit>> ReadUnits(JsonIn& in) {
  auto list = in.ObjectList("units");
  if (!list) return std::nullopt;
  std::vector<catalog::SecondaryUnit> out;
  for (JsonIn& item : *list) {
    catalog::SecondaryUnit u;
    u.unit = item.String("unit", {.required = true, .max_len = 32}).value_or("");
    std::optional<std::string> factor = item.String("factor", {.required = true, .max_len = 64});
    if (factor) {
      Result<Decimal4> d = Decimal4::Parse(*factor);
      if (d) {
        u.factor = *d;
      } else {
        item.AddError("factor", "catalog.product.factor_invalid");
      }
    }
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace

Result<catalog::ProductQuery> ProductFilterOf(const Ctx& ctx) {
  catalog::ProductQuery q;
  q.q = ctx.TextQuery("q");
  SD_TRY_ASSIGN(q.product_line_id, ctx.IdQuery("product_line_id"));
  if (auto s = ctx.TextQuery("source")) {
    catalog::ProductSource source{};
    if (!doc::ParseName(catalog::kProductSourceNames, *s, &source)) {
      return Fail(ValidationError({{"source", "catalog.product.source_invalid", {}}}));
    }
    q.source = source;
  }
  if (auto s = ctx.TextQuery("status")) {
    catalog::ProductState state{};
    if (!doc::ParseName(catalog::kProductStateNames, *s, &state)) {
      return Fail(ValidationError(
          {{"status", "common.field.invalid_choice", {{"choices", "active, discontinued"}}}}));
    }
    q.state = state;
  }
  if (auto s = ctx.TextQuery("sort")) {
    if (*s == "code") {
      q.sort = catalog::ProductSort::kCode;
    } else if (*s == "name") {
      q.sort = catalog::ProductSort::kName;
    } else if (*s == "-updated_at") {
      q.sort = catalog::ProductSort::kUpdatedDesc;
    } else {
      return Fail(ValidationError(
          {{"sort", "common.field.invalid_choice", {{"choices", "code, name, -updated_at"}}}}));
    }
  }
  return q;
}

json ProductJson(const catalog::Product& p,
                 const std::optional<std::vector<std::string>>& actions) {
  json units = json::array();
  for (const catalog::SecondaryUnit& u : p.f.units) {
    units.push_back({{"unit", u.unit}, {"factor", u.factor.ToString()}});
  }
  json j = {{"id", p.id},
            {"code", p.f.code},
            {"name", p.f.name},
            {"spec", p.f.spec},
            {"mnemonic", p.mnemonic},
            {"product_line_id", p.f.product_line_id},
            {"product_line_name", p.product_line_name},
            {"base_unit", p.f.base_unit},
            {"units", std::move(units)},
            {"tax_rate", Decimal4::FromRaw(p.f.tax_rate_e4).ToString()},
            {"standard_cost", Money::FromFen(p.f.standard_cost_fen).ToString()},
            {"source", catalog::ProductSourceName(p.f.source)},
            {"package", p.f.package},
            {"status", catalog::ProductStateName(p.state)},
            {"notes", p.f.notes},
            {"version", p.version},
            {"created_at", FormatTimestamp(p.created_at_us)},
            {"updated_at", FormatTimestamp(p.updated_at_us)}};
  if (actions) j["actions"] = *actions;
  return j;
}

void ReadNewProduct(JsonIn& in, catalog::ProductFields* out) {
  out->code = in.String("code", {.max_len = 256}).value_or("");
  out->name = in.String("name", {.required = true, .max_len = 1024}).value_or("");
  out->spec = in.String("spec", {.max_len = 1024}).value_or("");
  out->product_line_id = in.Int("product_line_id", {.required = true}).value_or(0);
  out->base_unit = in.String("base_unit", {.required = true, .max_len = 32}).value_or("");
  out->units = ReadUnits(in).value_or(std::vector<catalog::SecondaryUnit>{});
  out->tax_rate_e4 = ReadRate(in).value_or(1300);
  out->standard_cost_fen = ReadCost(in).value_or(0);
  out->source = ReadSource(in).value_or(catalog::ProductSource::kMade);
  out->package = in.String("package", {.max_len = 256}).value_or("");
  out->notes = in.String("notes", {.max_len = 16000}).value_or("");
}

void ReadProductPatch(JsonIn& in, catalog::ProductPatch* out) {
  out->version = in.Int("version", {.required = true}).value_or(0);
  out->code = in.String("code", {.max_len = 256});
  out->name = in.String("name", {.max_len = 1024});
  out->spec = in.String("spec", {.max_len = 1024});
  out->product_line_id = in.Int("product_line_id");
  out->base_unit = in.String("base_unit", {.max_len = 32});
  out->units = ReadUnits(in);
  out->tax_rate_e4 = ReadRate(in);
  out->standard_cost_fen = ReadCost(in);
  out->source = ReadSource(in);
  out->package = in.String("package", {.max_len = 256});
  out->notes = in.String("notes", {.max_len = 16000});
}

}  // namespace sd::http
