#include "crm/lead_service.h"

#include <algorithm>
#include <map>

#include "base/record.h"
#include "base/text.h"
#include "crm/customer_service.h"
#include "crm/inquiry.h"
#include "crm/lead_store.h"
#include "crm/notice_store.h"
#include "crm/scope.h"
#include "org/region_service.h"
#include "org/staff_service.h"

namespace sd::crm {
namespace {

constexpr std::string_view kInquiryManage = "inquiry.manage";

Result<store::LeadVisibility> VisibilityOf(db::Tx& tx, const auth::Actor& actor) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  store::LeadVisibility v;
  v.all = scope.all;
  v.self_staff_id = actor.staff_id;
  v.assigner = actor.Can("lead.assign");
  v.covered = std::move(scope.owner_ids);
  return v;
}

bool Visible(const store::LeadVisibility& v, const Lead& l) {
  if (v.all) return true;
  if (v.self_staff_id &&
      (l.assignee_staff_id == v.self_staff_id || l.created_by_staff_id == v.self_staff_id)) {
    return true;
  }
  if (!v.assigner) return false;
  return !l.assignee_staff_id ||
         std::binary_search(v.covered.begin(), v.covered.end(), *l.assignee_staff_id);
}

Result<Lead> LoadVisible(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id) {
  SD_TRY_ASSIGN(Lead lead, Found(store::LoadLead(tx, id)));
  SD_TRY_ASSIGN(store::LeadVisibility v, VisibilityOf(tx, actor));
  if (lead.kind != kind || !Visible(v, lead)) return Fail(Code::kNotFound, "common.not_found");
  return lead;
}

bool IsAssignee(const auth::Actor& actor, const Lead& l) {
  return actor.staff_id && l.assignee_staff_id == actor.staff_id;
}

// STYLE §3 order after the load: version, table row, who may take it.
Result<const LeadTransition*> Allowed(const auth::Actor& actor, const Lead& lead, LeadAction action,
                                      int64_t version) {
  if (lead.version != version) return Fail(Code::kAborted, "common.version_conflict");
  const LeadTransition* t = FindLeadTransition(lead.state, action);
  if (!t) {
    return Fail(Code::kFailedPrecondition, "crm.lead.action_not_allowed",
                {{"state", LeadStateName(lead.state)}, {"action", LeadActionName(action)}});
  }
  if (lead.kind == LeadKind::kInquiry && !actor.Can(kInquiryManage)) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied",
                {{"permission", std::string(kInquiryManage)}});
  }
  if (!MayTake(*t, IsAssignee(actor, lead), actor.Can(t->permission))) {
    const std::string who = t->who == doc::Who::kOwner ? "assignee" : std::string(t->permission);
    return Fail(Code::kPermissionDenied, "auth.permission_denied", {{"permission", who}});
  }
  return t;
}

std::string JsonEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

Result<void> NotifyAssigned(db::Tx& tx, const auth::Actor& actor, const Lead& l) {
  if (!l.assignee_staff_id || l.assignee_staff_id == actor.staff_id) return Ok();
  const std::string params = "{\"company\": \"" + JsonEscape(l.f.company) + "\", \"kind\": \"" +
                             LeadKindName(l.kind) + "\"}";
  return store::AddNotice(tx, *l.assignee_staff_id, "lead_assigned", std::nullopt, l.id, params,
                          actor.audit.at_us);
}

// Writes the changed lead at `version`, audits `action` and returns the stored row.
Result<Lead> Save(db::Tx& tx, const auth::Actor& actor, const Lead& before, const Lead& after,
                  std::string_view action, const std::string& note) {
  SD_TRY_ASSIGN(bool ok, store::UpdateLead(tx, after, before.version, actor.audit.at_us));
  if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Lead out, JustWritten(store::LoadLead(tx, after.id)));
  audit::Snapshot snap = LeadSnapshot(out);
  if (!note.empty()) snap.emplace_back("note", note);
  SD_TRY(audit::Record(tx, actor.audit, "lead", out.id, action, LeadSnapshot(before), snap));
  return out;
}

}  // namespace

Result<Lead> CreateLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, LeadFields f) {
  SD_TRY_ASSIGN(std::vector<RouteRegion> regions, org::RegionOwnerLinks(tx));
  return CreateLeadWithRegions(tx, actor, kind, std::move(f), regions);
}

Result<Lead> CreateLeadWithRegions(db::Tx& tx, const auth::Actor& actor, LeadKind kind,
                                   LeadFields f, const std::vector<RouteRegion>& regions) {
  std::vector<FieldError> errors;
  CheckLeadFields(f, &errors);
  if (kind == LeadKind::kInquiry && !IsKnownTimeZone(f.time_zone)) {
    errors.push_back({"time_zone", "crm.inquiry.time_zone_invalid", {{"zone", f.time_zone}}});
  }
  if (f.region_id && std::none_of(regions.begin(), regions.end(),
                                  [&](const RouteRegion& r) { return r.id == *f.region_id; })) {
    errors.push_back({"region_id", "crm.lead.region_unknown", {}});
  }
  SD_TRY(FieldsOk(std::move(errors)));
  const int64_t now_us = actor.audit.at_us;
  Lead l;
  l.kind = kind;
  l.f = std::move(f);
  l.created_by_staff_id = actor.staff_id;
  l.received_at_us = now_us;
  l.created_at_us = now_us;
  l.assignee_staff_id =
      kind == LeadKind::kInquiry ? actor.staff_id : RouteLead(regions, l.f.region_id);
  if (l.assignee_staff_id) {
    l.state = LeadState::kAssigned;
    l.assigned_at_us = now_us;
  }
  SD_TRY_ASSIGN(l.id, store::InsertLead(tx, l));
  SD_TRY_ASSIGN(Lead out, JustWritten(store::LoadLead(tx, l.id)));
  SD_TRY(audit::Record(tx, actor.audit, "lead", out.id, "create", std::nullopt, LeadSnapshot(out)));
  SD_TRY(NotifyAssigned(tx, actor, out));
  return out;
}

Result<Page<Lead>> ListLeads(db::Tx& tx, const auth::Actor& actor, const LeadQuery& q) {
  LeadState state{};
  if (q.state && !ParseLeadState(*q.state, &state)) {
    return InvalidField("state", "common.field.invalid_choice",
                        {{"choices", "new, assigned, contacted, qualified, converted, discarded"}});
  }
  store::LeadFilter f;
  f.kind = q.kind;
  f.state = q.state;
  f.assignee_staff_id = q.assignee_staff_id;
  f.q = q.q;
  f.page = q.page;
  SD_TRY_ASSIGN(f.visible, VisibilityOf(tx, actor));
  return store::QueryLeads(tx, f);
}

Result<Lead> GetLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id) {
  return LoadVisible(tx, actor, kind, id);
}

std::vector<LeadAction> LeadActionsFor(const auth::Actor& actor, const Lead& lead) {
  std::vector<LeadAction> out;
  if (lead.kind == LeadKind::kInquiry && !actor.Can(kInquiryManage)) return out;
  for (const LeadTransition& t : kLeadTransitions) {
    if (t.from != lead.state || !MayTake(t, IsAssignee(actor, lead), actor.Can(t.permission))) {
      continue;
    }
    // Conversion creates a customer: the route also needs customer.create.
    if (t.action == LeadAction::kConvert && !actor.Can("customer.create")) continue;
    out.push_back(t.action);
  }
  return out;
}

Result<Lead> AssignLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id,
                        int64_t version, int64_t staff_id) {
  SD_TRY_ASSIGN(Lead before, LoadVisible(tx, actor, kind, id));
  SD_TRY_ASSIGN(const LeadTransition* t, Allowed(actor, before, LeadAction::kAssign, version));
  SD_TRY_ASSIGN(bool active, org::StaffActive(tx, staff_id));
  if (!active) return InvalidField("staff_id", "crm.lead.assignee_unknown");
  Lead after = before;
  after.state = t->to;
  after.assignee_staff_id = staff_id;
  after.assigned_at_us = actor.audit.at_us;
  SD_TRY_ASSIGN(Lead out, Save(tx, actor, before, after, "assign", ""));
  if (before.assignee_staff_id != staff_id) SD_TRY(NotifyAssigned(tx, actor, out));
  return out;
}

Result<Lead> ActOnLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id,
                       LeadAction action, int64_t version, const std::string& note) {
  SD_ASSERT(action != LeadAction::kAssign && action != LeadAction::kConvert,
            "assign and convert have their own functions");
  SD_TRY_ASSIGN(Lead before, LoadVisible(tx, actor, kind, id));
  SD_TRY_ASSIGN(const LeadTransition* t, Allowed(actor, before, action, version));
  if (action == LeadAction::kDiscard && note.empty()) {
    return InvalidField("reason", "common.field.required");
  }
  Lead after = before;
  after.state = t->to;
  if (action == LeadAction::kContact && !after.contacted_at_us) {
    after.contacted_at_us = actor.audit.at_us;
  }
  if (action == LeadAction::kDiscard) {
    after.discard_reason = note;
    after.closed_at_us = actor.audit.at_us;
  }
  return Save(tx, actor, before, after, LeadActionName(action), note);
}

Result<Converted> ConvertLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id,
                              int64_t version, CustomerFields customer, bool confirm_similar) {
  SD_TRY_ASSIGN(Lead before, LoadVisible(tx, actor, kind, id));
  SD_TRY_ASSIGN(const LeadTransition* t, Allowed(actor, before, LeadAction::kConvert, version));
  customer.owner_staff_id = before.assignee_staff_id;
  if (customer.source.empty()) customer.source = before.f.source;
  if (!customer.region_id) customer.region_id = before.f.region_id;
  NewCustomer nc{std::move(customer), confirm_similar, true};
  SD_TRY_ASSIGN(Customer created, CreateCustomer(tx, actor, nc));
  const int64_t customer_id = created.id;
  Lead after = before;
  after.state = t->to;
  after.customer_id = customer_id;
  after.closed_at_us = actor.audit.at_us;
  SD_TRY_ASSIGN(Lead out, Save(tx, actor, before, after, "convert", ""));
  return Converted{std::move(out), customer_id};
}

Result<Lead> UpdateInquiry(db::Tx& tx, const auth::Actor& actor, int64_t id,
                           const InquiryPatch& p) {
  SD_TRY_ASSIGN(Lead before, LoadVisible(tx, actor, LeadKind::kInquiry, id));
  if (before.version != p.version) return Fail(Code::kAborted, "common.version_conflict");
  if (before.state == LeadState::kConverted || before.state == LeadState::kDiscarded) {
    return Fail(Code::kFailedPrecondition, "crm.lead.closed",
                {{"state", LeadStateName(before.state)}});
  }
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  if (!IsAssignee(actor, before) && !scope.all) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied", {{"permission", "assignee"}});
  }
  Lead after = before;
  if (p.analysis) after.analysis = *p.analysis;
  if (p.reply) after.reply = *p.reply;
  if (p.time_zone) after.f.time_zone = *p.time_zone;
  if (p.country) after.f.country = *p.country;
  if (p.products) after.f.products = *p.products;
  std::vector<FieldError> errors;
  CheckLeadFields(after.f, &errors);
  CheckTextField("analysis", after.analysis, kLeadMessageMax, false, &errors);
  CheckTextField("reply", after.reply, kLeadMessageMax, false, &errors);
  if (!IsKnownTimeZone(after.f.time_zone)) {
    errors.push_back({"time_zone", "crm.inquiry.time_zone_invalid", {{"zone", after.f.time_zone}}});
  }
  SD_TRY(FieldsOk(std::move(errors)));
  return Save(tx, actor, before, after, "update", "");
}

Result<std::vector<AssigneeResponse>> LeadResponseStats(db::Tx& tx, const auth::Actor& actor,
                                                        LeadKind kind,
                                                        std::optional<int64_t> from_us,
                                                        std::optional<int64_t> to_us) {
  SD_TRY_ASSIGN(store::LeadVisibility v, VisibilityOf(tx, actor));
  SD_TRY_ASSIGN(std::vector<store::ResponseSample> samples,
                store::ResponseSamples(tx, kind, v, from_us, to_us));
  std::map<int64_t, std::pair<std::string, std::vector<int64_t>>> by_staff;
  for (const store::ResponseSample& s : samples) {
    auto& entry = by_staff[s.staff_id];
    entry.first = s.staff_name;
    entry.second.push_back(s.minutes);
  }
  std::vector<AssigneeResponse> out;
  for (auto& [staff_id, entry] : by_staff) {
    out.push_back({staff_id, entry.first, SummariseResponse(std::move(entry.second))});
  }
  return out;
}

}  // namespace sd::crm
