#include "crm/customer_service.h"

#include <algorithm>

#include "audit/audit.h"
#include "audit/describe.h"
#include "crm/customer_doc.h"
#include "crm/customer_store.h"
#include "doc/timeline.h"
#include "org/product_line_store.h"
#include "org/region_store.h"
#include "org/staff_store.h"

namespace sd::crm {
namespace {

constexpr std::string_view kTransferApprove = "customer.transfer_approve";

// Field errors for references to rows that do not exist.
Result<void> CheckReferences(db::Tx& tx, const CustomerFields& f, std::vector<FieldError>* errors) {
  for (const auto& [field, id] :
       {std::pair{"region_id", f.region_id}, {"dealer_region_id", f.dealer_region_id}}) {
    if (!id) continue;
    SD_TRY_ASSIGN(auto region, org::store::LoadRegion(tx, *id));
    if (!region) errors->push_back({field, "crm.customer.region_unknown", {}});
  }
  for (const auto& [field, id] :
       {std::pair{"owner_staff_id", f.owner_staff_id}, {"support_staff_id", f.support_staff_id}}) {
    if (!id) continue;
    SD_TRY_ASSIGN(auto staff, org::store::FindStaffRef(tx, *id));
    if (!staff) errors->push_back({field, "crm.customer.staff_unknown", {}});
  }
  for (size_t i = 0; i < f.varieties.size(); ++i) {
    if (!f.varieties[i].product_line_id) continue;
    SD_TRY_ASSIGN(auto line, org::store::LoadProductLine(tx, *f.varieties[i].product_line_id));
    if (!line) {
      errors->push_back({"varieties[" + std::to_string(i) + "].product_line_id",
                         "crm.customer.product_line_unknown",
                         {}});
    }
  }
  return Ok();
}

Params NamedCustomer(const store::DuplicateRef& d) {
  return {{"code", d.code}, {"name", d.name}, {"owner", d.owner_name.empty() ? "-" : d.owner_name}};
}

// Normalises and validates f, then checks for duplicates among the other customers: a taken
// credit code, an equal name key (an exact duplicate unless both credit codes are valid and
// differ: no confirmation saves it), a similar name (unless confirm_similar). Index lookups
// only: the write transaction never waits on a scan of the archive.
Result<void> Validate(db::Tx& tx, CustomerFields* f, bool confirm_similar,
                      std::optional<int64_t> except_id, bool name_changed, bool code_changed) {
  NormalizeCustomerFields(f);
  std::vector<FieldError> errors;
  CheckCustomerFields(*f, &errors);
  SD_TRY(CheckReferences(tx, *f, &errors));
  SD_TRY(FieldsOk(std::move(errors)));
  if (f->credit_code && code_changed) {
    SD_TRY_ASSIGN(auto same, store::FindByCreditCode(tx, *f->credit_code, except_id));
    if (same) {
      return Fail(Code::kAlreadyExists, "crm.customer.duplicate_credit_code",
                  {{"code", same->code}, {"name", same->name}});
    }
  }
  if (!name_changed && !code_changed) return Ok();
  const std::string key = NameKey(f->name);
  SD_TRY_ASSIGN(std::vector<store::NameMatch> equal, store::FindEqualNames(tx, key, except_id));
  for (const store::NameMatch& m : equal) {
    if (!DistinctByCreditCode(f->credit_code, m.credit_code)) {
      return Fail(Code::kAlreadyExists, "crm.customer.duplicate_name", NamedCustomer(m.ref));
    }
  }
  if (confirm_similar || !name_changed) return Ok();
  if (!equal.empty()) {
    return Fail(Code::kAlreadyExists, "crm.customer.similar_name", NamedCustomer(equal[0].ref));
  }
  SD_TRY_ASSIGN(auto similar, store::FindSimilarName(tx, key, except_id));
  if (similar)
    return Fail(Code::kAlreadyExists, "crm.customer.similar_name", NamedCustomer(*similar));
  return Ok();
}

Result<Customer> Load(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(std::optional<Customer> c, store::LoadCustomer(tx, id));
  if (!c) return Fail(Code::kNotFound, "common.not_found");
  return std::move(*c);
}

// The customer, if the scope sees it: one read where RequireVisibleCustomer and Load took two.
// Out of scope reads as not found, as everywhere.
Result<Customer> LoadVisible(db::Tx& tx, const CustomerScope& scope, int64_t id) {
  SD_TRY_ASSIGN(Customer c, Load(tx, id));
  if (!Sees(scope, c.f.owner_staff_id, c.f.support_staff_id)) {
    return Fail(Code::kNotFound, "common.not_found");
  }
  return c;
}

template <typename T>
void Apply(const std::optional<T>& v, T* field) {
  if (v) *field = *v;
}

void ApplyPatch(const CustomerPatch& p, CustomerFields* f) {
  Apply(p.name, &f->name);
  Apply(p.short_name, &f->short_name);
  Apply(p.credit_code, &f->credit_code);
  Apply(p.kind, &f->kind);
  Apply(p.customer_class, &f->customer_class);
  Apply(p.industry, &f->industry);
  Apply(p.source, &f->source);
  Apply(p.region_id, &f->region_id);
  Apply(p.address, &f->address);
  Apply(p.phone, &f->phone);
  Apply(p.support_staff_id, &f->support_staff_id);
  Apply(p.vat_title, &f->vat_title);
  Apply(p.tax_number, &f->tax_number);
  Apply(p.invoice_address, &f->invoice_address);
  Apply(p.invoice_phone, &f->invoice_phone);
  Apply(p.bank_name, &f->bank_name);
  Apply(p.bank_account, &f->bank_account);
  Apply(p.settlement, &f->settlement);
  Apply(p.price_level, &f->price_level);
  Apply(p.dealer_level, &f->dealer_level);
  Apply(p.dealer_region_id, &f->dealer_region_id);
  Apply(p.agreement_from, &f->agreement_from);
  Apply(p.agreement_to, &f->agreement_to);
  Apply(p.notes, &f->notes);
  Apply(p.status, &f->status);
  Apply(p.contacts, &f->contacts);
  Apply(p.varieties, &f->varieties);
}

}  // namespace

Result<Customer> CreateCustomer(db::Tx& tx, const auth::Actor& actor, const NewCustomer& c) {
  CustomerFields f = c.f;
  if (!f.owner_staff_id) {
    f.owner_staff_id = actor.staff_id;
  } else if (f.owner_staff_id != actor.staff_id && !c.owner_decided &&
             !actor.Can(kTransferApprove)) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied",
                {{"permission", std::string(kTransferApprove)}});
  }
  SD_TRY(Validate(tx, &f, c.confirm_similar, std::nullopt, true, true));
  SD_TRY_ASSIGN(int64_t number, store::NextCustomerNumber(tx));
  SD_TRY_ASSIGN(int64_t id, store::InsertCustomer(tx, store::CustomerCode(number), f,
                                                  actor.staff_id, actor.audit.at_us));
  SD_TRY_ASSIGN(Customer created, Load(tx, id));
  SD_TRY(audit::Record(tx, actor.audit, "customer", id, "create", std::nullopt,
                       CustomerSnapshot(created)));
  return created;
}

Result<Customer> UpdateCustomer(db::Tx& tx, const auth::Actor& actor, int64_t id,
                                const CustomerPatch& patch) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY_ASSIGN(Customer before, LoadVisible(tx, scope, id));
  if (before.version != patch.version) return Fail(Code::kAborted, "common.version_conflict");
  CustomerFields f = before.f;
  ApplyPatch(patch, &f);
  NormalizeCustomerFields(&f);
  const bool name_changed = NameKey(f.name) != NameKey(before.f.name);
  const bool code_changed = f.credit_code != before.f.credit_code;
  SD_TRY(Validate(tx, &f, patch.confirm_similar, id, name_changed, code_changed));
  SD_TRY_ASSIGN(bool updated, store::UpdateCustomer(tx, id, patch.version, f, actor.audit.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Customer after, Load(tx, id));
  SD_TRY(audit::Record(tx, actor.audit, "customer", id, "update", CustomerSnapshot(before),
                       CustomerSnapshot(after)));
  return after;
}

Result<Customer> GetCustomer(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  return LoadVisible(tx, scope, id);
}

Result<Page<Customer>> ListCustomers(db::Tx& tx, const auth::Actor& actor, const CustomerQuery& q) {
  std::vector<FieldError> errors;
  CustomerKind kind{};
  CustomerClass cls{};
  CreditRating rating{};
  if (q.kind && !ParseCustomerKind(*q.kind, &kind)) {
    errors.push_back(
        {"kind", "common.field.invalid_choice", {{"choices", "end_user, dealer, agent"}}});
  }
  if (q.customer_class && !ParseCustomerClass(*q.customer_class, &cls)) {
    errors.push_back(
        {"class", "common.field.invalid_choice", {{"choices", "key, regular, prospect"}}});
  }
  if (q.credit_rating && !ParseCreditRating(*q.credit_rating, &rating)) {
    errors.push_back({"credit_rating", "common.field.invalid_choice", {{"choices", "A, B, C, D"}}});
  }
  if (q.sort != "name" && q.sort != "-updated_at") {
    errors.push_back({"sort", "common.field.invalid_choice", {{"choices", "name, -updated_at"}}});
  }
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  store::CustomerFilter f;
  f.all = scope.all;
  f.owner_ids = scope.owner_ids;
  f.support_staff_id = scope.self_staff_id;
  f.q = q.q;
  f.region_id = q.region_id;
  f.owner_staff_id = q.owner_staff_id;
  f.customer_class = q.customer_class;
  f.kind = q.kind;
  f.credit_rating = q.credit_rating;
  if (q.overdue) f.overdue_before = q.today;
  f.sort = q.sort == "name" ? store::CustomerSort::kName : store::CustomerSort::kUpdatedDesc;
  f.page = q.page;
  return store::QueryCustomers(tx, f);
}

Result<std::vector<TimelineEvent>> CustomerTimeline(db::Tx& tx, const auth::Actor& actor,
                                                    int64_t id, Locale locale) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY(RequireVisibleCustomer(tx, scope, id));
  // Audit records, comments and attachments come from the document pattern; the audit records
  // are rendered in the reader's language in one pass (references resolved per page).
  SD_TRY_ASSIGN(std::vector<doc::TimelineEvent> doc_events,
                doc::Timeline(tx, kCustomerDoc.name, id, kTimelineMax));
  std::vector<audit::Entry> audit_entries;
  for (const doc::TimelineEvent& e : doc_events) {
    if (e.type != "audit") continue;
    audit::Entry a;
    a.id = e.ref_id;
    a.at_us = e.at_us;
    a.user_login = e.by;
    a.entity = "customer";
    a.entity_id = id;
    a.action = e.action;
    a.before_json = e.before_json;
    a.after_json = e.after_json;
    audit_entries.push_back(std::move(a));
  }
  SD_TRY_ASSIGN(std::vector<audit::EntryText> texts, audit::Render(tx, audit_entries, locale));
  std::vector<TimelineEvent> out;
  size_t next_text = 0;
  for (doc::TimelineEvent& e : doc_events) {
    std::optional<audit::EntryText> text;
    if (e.type == "audit" && next_text < texts.size()) text = std::move(texts[next_text++]);
    out.push_back({e.at_us, std::move(e.type), std::move(e.action), std::move(e.by),
                   std::move(e.before_json), std::move(e.after_json), std::move(e.summary),
                   e.ref_id, std::move(text)});
  }
  SD_TRY_ASSIGN(auto follow_ups, store::TimelineFollowUps(tx, id, kTimelineMax));
  for (const store::TimelineFollowUp& f : follow_ups) {
    out.push_back({f.created_at_us, "follow_up", f.kind, f.staff_name, std::nullopt, std::nullopt,
                   f.purpose + (f.outcome.empty() ? "" : " — " + f.outcome), f.id, std::nullopt});
  }
  std::stable_sort(out.begin(), out.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    return a.at_us > b.at_us;
  });
  if (out.size() > static_cast<size_t>(kTimelineMax)) out.resize(kTimelineMax);
  return out;
}

std::vector<std::string> CustomerActions(const Customer& c, const auth::Actor& actor) {
  std::vector<std::string> out;
  const bool own = actor.staff_id && c.f.owner_staff_id == actor.staff_id;
  const bool approver = actor.Can(kTransferApprove);
  if (actor.Can("customer.update")) out.emplace_back("update");
  if (c.f.owner_staff_id && (approver || (own && actor.Can("customer.transfer")))) {
    out.emplace_back("transfer");
  }
  if (c.f.owner_staff_id && (own || approver)) out.emplace_back("release");
  if (!c.f.owner_staff_id && actor.staff_id && actor.Can("customer.claim")) {
    out.emplace_back("claim");
  }
  if (actor.Can("customer.credit_propose") || actor.Can("customer.credit_approve")) {
    out.emplace_back("propose_credit");
  }
  if (actor.Can("customer.follow_up")) out.emplace_back("follow_up");
  return out;
}

bool FollowUpOverdue(const std::optional<std::string>& next_follow_up_on,
                     const std::string& today) {
  return next_follow_up_on && !next_follow_up_on->empty() && *next_follow_up_on < today;
}

Result<std::map<int64_t, std::vector<Contact>>> ContactsOfCustomers(
    db::Tx& tx, const std::vector<int64_t>& customer_ids) {
  return store::ContactsOf(tx, customer_ids);
}

}  // namespace sd::crm
