#include "http/crm/customer_json.h"

#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "base/money.h"
#include "http/reply.h"

namespace sd::http {

Result<crm::CustomerQuery> CustomerFilterOf(const Ctx& ctx) {
  crm::CustomerQuery q;
  q.q = ctx.TextQuery("q");
  SD_TRY_ASSIGN(q.region_id, ctx.IdQuery("region_id"));
  SD_TRY_ASSIGN(q.owner_staff_id, ctx.IdQuery("owner_staff_id"));
  q.customer_class = ctx.TextQuery("class");
  q.kind = ctx.TextQuery("kind");
  q.credit_rating = ctx.TextQuery("credit_rating");
  q.overdue = ctx.TextQuery("overdue") == "true";
  q.sort = ctx.TextQuery("sort").value_or("name");
  q.today = CompanyDay(ctx.now_us());
  return q;
}
namespace {

using nlohmann::json;

json OptTime(const std::optional<int64_t>& us) {
  return us ? json(FormatTimestamp(*us)) : json(nullptr);
}

json Common(const crm::Customer& c, const std::string& today) {
  const crm::CustomerFields& f = c.f;
  return {{"id", c.id},
          {"code", c.code},
          {"name", f.name},
          {"short_name", f.short_name},
          {"credit_code", OrNull(f.credit_code)},
          {"mnemonic", c.mnemonic},
          {"kind", f.kind},
          {"class", f.customer_class},
          {"industry", f.industry},
          {"source", f.source},
          {"region_id", OrNull(f.region_id)},
          {"region_name", c.region_name},
          {"address", f.address},
          {"phone", f.phone},
          {"owner_staff_id", OrNull(f.owner_staff_id)},
          {"owner_name", c.owner_name},
          {"support_staff_id", OrNull(f.support_staff_id)},
          {"support_name", c.support_name},
          {"vat_title", f.vat_title},
          {"tax_number", f.tax_number},
          {"invoice_address", f.invoice_address},
          {"invoice_phone", f.invoice_phone},
          {"bank_name", f.bank_name},
          {"bank_account", f.bank_account},
          {"settlement", f.settlement},
          {"credit_days", f.credit_days},
          {"credit_limit", Money::FromFen(f.credit_limit_fen).ToString()},
          {"credit_rating", OrNull(f.credit_rating)},
          {"price_level", f.price_level},
          {"dealer_level", f.dealer_level},
          {"dealer_region_id", OrNull(f.dealer_region_id)},
          {"agreement_from", OrNull(f.agreement_from)},
          {"agreement_to", OrNull(f.agreement_to)},
          {"notes", f.notes},
          {"status", f.status},
          {"last_follow_up_at", OptTime(c.last_follow_up_at_us)},
          {"next_follow_up_on", OrNull(c.next_follow_up_on)},
          {"follow_up_overdue", crm::FollowUpOverdue(c.next_follow_up_on, today)},
          {"version", c.version},
          {"created_at", FormatTimestamp(c.created_at_us)},
          {"updated_at", FormatTimestamp(c.updated_at_us)}};
}

crm::Contact ReadContact(JsonIn& in) {
  crm::Contact c;
  c.id = in.Int("id").value_or(0);
  c.name = in.String("name", {.required = true, .max_len = 256}).value_or("");
  c.title = in.String("title", {.max_len = 256}).value_or("");
  c.role = in.String("role", {.max_len = 32}).value_or("other");
  c.phone = in.String("phone", {.max_len = 256}).value_or("");
  c.mobile = in.String("mobile", {.max_len = 256}).value_or("");
  c.wechat = in.String("wechat", {.max_len = 256}).value_or("");
  c.qq = in.String("qq", {.max_len = 256}).value_or("");
  c.email = in.String("email", {.max_len = 256}).value_or("");
  c.is_primary = in.Bool("is_primary").value_or(false);
  c.notes = in.String("notes", {.max_len = 4000}).value_or("");
  return c;
}

crm::Variety ReadVariety(JsonIn& in) {
  crm::Variety v;
  v.id = in.Int("id").value_or(0);
  v.product_line_id = in.Int("product_line_id");
  v.variety = in.String("variety", {.required = true, .max_len = 256}).value_or("");
  v.annual_qty_e4 = ReadDecimal4(in, "annual_qty").value_or(0);
  v.unit = in.String("unit", {.max_len = 64}).value_or("");
  v.price_e4 = ReadDecimal4(in, "price");
  v.supplier = in.String("supplier", {.max_len = 512}).value_or("");
  v.notes = in.String("notes", {.max_len = 4000}).value_or("");
  return v;
}

std::optional<std::vector<crm::Contact>> ReadContacts(JsonIn& in) {
  auto list = in.ObjectList("contacts");
  if (!list) return std::nullopt;
  std::vector<crm::Contact> out;
  for (JsonIn& item : *list) out.push_back(ReadContact(item));
  return out;
}

std::optional<std::vector<crm::Variety>> ReadVarieties(JsonIn& in) {
  auto list = in.ObjectList("varieties");
  if (!list) return std::nullopt;
  std::vector<crm::Variety> out;
  for (JsonIn& item : *list) out.push_back(ReadVariety(item));
  return out;
}

constexpr FieldOpt kText{.required = false, .max_len = 1024};
constexpr FieldOpt kLong{.required = false, .max_len = 16000};

}  // namespace

json CustomerJson(const crm::Customer& c, const std::string& today,
                  const std::optional<std::vector<std::string>>& actions) {
  json j = Common(c, today);
  json contacts = json::array();
  for (const crm::Contact& k : c.f.contacts) contacts.push_back(ContactJson(k));
  json varieties = json::array();
  for (const crm::Variety& v : c.f.varieties) varieties.push_back(VarietyJson(v));
  j["contacts"] = std::move(contacts);
  j["varieties"] = std::move(varieties);
  if (actions) j["actions"] = *actions;
  return j;
}

json CustomerListItemJson(const crm::Customer& c, const std::string& today) {
  json j = Common(c, today);
  j["primary_contact"] = c.primary_contact ? json{{"name", c.primary_contact->name},
                                                  {"mobile", c.primary_contact->mobile}}
                                           : json(nullptr);
  return j;
}

json ContactJson(const crm::Contact& c) {
  return {{"id", c.id},         {"name", c.name},
          {"title", c.title},   {"role", c.role},
          {"phone", c.phone},   {"mobile", c.mobile},
          {"wechat", c.wechat}, {"qq", c.qq},
          {"email", c.email},   {"is_primary", c.is_primary},
          {"notes", c.notes}};
}

json VarietyJson(const crm::Variety& v) {
  return {{"id", v.id},
          {"product_line_id", OrNull(v.product_line_id)},
          {"variety", v.variety},
          {"annual_qty", Decimal4::FromRaw(v.annual_qty_e4).ToString()},
          {"unit", v.unit},
          {"price", v.price_e4 ? json(Decimal4::FromRaw(*v.price_e4).ToString()) : json(nullptr)},
          {"supplier", v.supplier},
          {"notes", v.notes}};
}

json PoolItemJson(const crm::PoolItem& p) {
  return {{"id", p.id},
          {"code", p.code},
          {"name", p.name},
          {"short_name", p.short_name},
          {"region_name", p.region_name},
          {"class", p.customer_class},
          {"industry", p.industry},
          {"last_follow_up_at", OptTime(p.last_follow_up_at_us)},
          {"returned_at", OptTime(p.returned_at_us)},
          {"version", p.version}};
}

json CreditRatingJson(const crm::CreditRatingRecord& k) {
  return {{"id", k.id},
          {"customer_id", k.customer_id},
          {"customer_code", k.customer_code},
          {"customer_name", k.customer_name},
          {"rating", k.rating},
          {"credit_limit", k.credit_limit_fen ? json(Money::FromFen(*k.credit_limit_fen).ToString())
                                              : json(nullptr)},
          {"credit_days", OrNull(k.credit_days)},
          {"reason", k.reason},
          {"state", doc::NameOf(crm::kCreditStates, k.state)},
          {"proposed_by_staff_id", OrNull(k.proposed_by_staff_id)},
          {"proposed_by_name", k.proposed_by_name},
          {"proposed_at", FormatTimestamp(k.proposed_at_us)},
          {"decided_by_name", k.decided_by_name},
          {"decided_at", OptTime(k.decided_at_us)},
          {"decision_note", k.decision_note},
          {"version", k.version}};
}

json TransferJson(const crm::Transfer& t) {
  return {{"id", t.id},
          {"customer_id", t.customer_id},
          {"customer_code", t.customer_code},
          {"customer_name", t.customer_name},
          {"from_staff_id", OrNull(t.from_staff_id)},
          {"from_code", t.from_code},
          {"from_name", t.from_name},
          {"to_staff_id", t.to_staff_id},
          {"to_code", t.to_code},
          {"to_name", t.to_name},
          {"reason", t.reason},
          {"state", doc::NameOf(crm::kTransferStates, t.state)},
          {"requested_by_name", t.requested_by_name},
          {"requested_at", FormatTimestamp(t.requested_at_us)},
          {"decided_by_name", t.decided_by_name},
          {"decided_at", OptTime(t.decided_at_us)},
          {"decision_note", t.decision_note},
          {"version", t.version}};
}

json PoolSettingsJson(const crm::PoolSettings& s) {
  return {{"cap_per_rep", s.cap_per_rep},
          {"idle_days",
           {{"key", s.idle_days_key},
            {"regular", s.idle_days_regular},
            {"prospect", s.idle_days_prospect}}}};
}

std::optional<int64_t> ReadMoney(JsonIn& in, std::string_view key) {
  std::optional<std::string> text = in.String(key, {.max_len = 64});
  if (!text) return std::nullopt;
  Result<Money> m = Money::Parse(*text);
  if (!m) {
    in.AddError(std::string(key), "common.money.invalid");
    return std::nullopt;
  }
  return m->fen();
}

std::optional<int64_t> ReadDecimal4(JsonIn& in, std::string_view key) {
  std::optional<std::string> text = in.String(key, {.max_len = 64});
  if (!text) return std::nullopt;
  Result<Decimal4> d = Decimal4::Parse(*text);
  if (!d) {
    in.AddError(std::string(key), "common.decimal.invalid");
    return std::nullopt;
  }
  return d->raw();
}

void ReadNewCustomer(JsonIn& in, crm::NewCustomer* out) {
  crm::CustomerFields& f = out->f;
  f.name = in.String("name", {.required = true, .max_len = 1024}).value_or("");
  f.short_name = in.String("short_name", kText).value_or("");
  f.credit_code = in.String("credit_code", kText);
  f.kind = in.String("kind", kText).value_or("end_user");
  f.customer_class = in.String("class", kText).value_or("prospect");
  f.industry = in.String("industry", kText).value_or("");
  f.source = in.String("source", kText).value_or("");
  f.region_id = in.Int("region_id");
  f.address = in.String("address", kText).value_or("");
  f.phone = in.String("phone", kText).value_or("");
  f.owner_staff_id = in.Int("owner_staff_id");
  f.support_staff_id = in.Int("support_staff_id");
  f.vat_title = in.String("vat_title", kText).value_or("");
  f.tax_number = in.String("tax_number", kText).value_or("");
  f.invoice_address = in.String("invoice_address", kText).value_or("");
  f.invoice_phone = in.String("invoice_phone", kText).value_or("");
  f.bank_name = in.String("bank_name", kText).value_or("");
  f.bank_account = in.String("bank_account", kText).value_or("");
  f.settlement = in.String("settlement", kText).value_or("cash");
  f.credit_days = in.Int("credit_days").value_or(0);
  f.credit_limit_fen = ReadMoney(in, "credit_limit").value_or(0);
  f.price_level = in.String("price_level", kText).value_or("");
  f.dealer_level = in.String("dealer_level", kText).value_or("");
  f.dealer_region_id = in.Int("dealer_region_id");
  f.agreement_from = in.String("agreement_from", kText);
  f.agreement_to = in.String("agreement_to", kText);
  f.notes = in.String("notes", kLong).value_or("");
  f.status = in.String("status", kText).value_or("active");
  f.contacts = ReadContacts(in).value_or(std::vector<crm::Contact>{});
  f.varieties = ReadVarieties(in).value_or(std::vector<crm::Variety>{});
  out->confirm_similar = in.Bool("confirm_similar").value_or(false);
}

void ReadCustomerPatch(JsonIn& in, crm::CustomerPatch* p) {
  p->version = in.Int("version", {.required = true}).value_or(0);
  p->confirm_similar = in.Bool("confirm_similar").value_or(false);
  p->name = in.String("name", {.max_len = 1024});
  p->short_name = in.String("short_name", kText);
  p->credit_code = in.NullableString("credit_code", kText);
  p->kind = in.String("kind", kText);
  p->customer_class = in.String("class", kText);
  p->industry = in.String("industry", kText);
  p->source = in.String("source", kText);
  p->region_id = in.NullableInt("region_id");
  p->address = in.String("address", kText);
  p->phone = in.String("phone", kText);
  p->support_staff_id = in.NullableInt("support_staff_id");
  p->vat_title = in.String("vat_title", kText);
  p->tax_number = in.String("tax_number", kText);
  p->invoice_address = in.String("invoice_address", kText);
  p->invoice_phone = in.String("invoice_phone", kText);
  p->bank_name = in.String("bank_name", kText);
  p->bank_account = in.String("bank_account", kText);
  p->settlement = in.String("settlement", kText);
  p->price_level = in.String("price_level", kText);
  p->dealer_level = in.String("dealer_level", kText);
  p->dealer_region_id = in.NullableInt("dealer_region_id");
  p->agreement_from = in.NullableString("agreement_from", kText);
  p->agreement_to = in.NullableString("agreement_to", kText);
  p->notes = in.String("notes", kLong);
  p->status = in.String("status", kText);
  p->contacts = ReadContacts(in);
  p->varieties = ReadVarieties(in);
}

}  // namespace sd::http
