#pragma once
// Lead and inquiry use cases (STYLE §3): create (leads routed at once by region, inquiries
// kept by their creator), list and get within the lead visibility rule, the workflow actions of
// lead_states.h, conversion into a customer (through the customer service, same Tx), and the
// response-time figures. Each runs in the caller's transaction and audits what it writes
// (entity "lead").
//
// Visibility: the assignee, the creator, holders of lead.assign for unassigned leads and for
// leads assigned to anyone in their customer scope, and scope all. A lead out of sight reads
// as kNotFound.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "base/page.h"
#include "crm/customer.h"
#include "crm/lead.h"
#include "crm/lead_routing.h"
#include "db/database.h"

namespace sd::crm {

// Creates a lead (kind lead: routed with RouteLead; assigned → notice lead_assigned to the
// assignee) or an inquiry (assignee = the creator, time_zone required and known to ICU).
// Errors: kInvalidArgument (CheckLeadFields; "region_id" crm.lead.region_unknown;
// "time_zone" crm.inquiry.time_zone_invalid).
Result<Lead> CreateLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, LeadFields f);
// CreateLead over the region tree read once by the caller (org::RegionOwnerLinks): imports
// create many leads in one Tx.
Result<Lead> CreateLeadWithRegions(db::Tx& tx, const auth::Actor& actor, LeadKind kind,
                                   LeadFields f, const std::vector<RouteRegion>& regions);

struct LeadQuery {
  LeadKind kind = LeadKind::kLead;
  std::optional<std::string> state;
  std::optional<int64_t> assignee_staff_id;
  std::optional<std::string> q;
  PageRequest page;
};
// Errors: kInvalidArgument (unknown state).
Result<Page<Lead>> ListLeads(db::Tx& tx, const auth::Actor& actor, const LeadQuery& q);

// Errors: kNotFound (absent, out of sight, or of the other kind).
Result<Lead> GetLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id);

// The actions the actor may take now (table ∩ who may ∩ permissions), for "actions" in JSON.
std::vector<LeadAction> LeadActionsFor(const auth::Actor& actor, const Lead& lead);

// assign: staff_id must be an active staff member ("staff_id" crm.lead.assignee_unknown).
// contact (sets contacted_at once: response time), qualify, discard (reason required).
// Errors: kNotFound, kAborted "common.version_conflict", kFailedPrecondition
// "crm.lead.action_not_allowed" {state, action}, kPermissionDenied "auth.permission_denied"
// {permission} ("lead.assign", or "assignee" for the assignee's actions), kInvalidArgument.
Result<Lead> AssignLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id,
                        int64_t version, int64_t staff_id);
Result<Lead> ActOnLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id,
                       LeadAction action, int64_t version, const std::string& note);

// Creates the customer (owner = the assignee, source = the lead's source when empty) through
// the customer service and marks the lead converted with customer_id. Errors: as ActOnLead, and
// those of customer creation (field errors, 409 duplicates).
struct Converted {
  Lead lead;
  int64_t customer_id = 0;
};
Result<Converted> ConvertLead(db::Tx& tx, const auth::Actor& actor, LeadKind kind, int64_t id,
                              int64_t version, CustomerFields customer, bool confirm_similar);

// Inquiry analysis and reply (PATCH): the assignee, or scope all. Errors: as ActOnLead (no
// state change; a closed inquiry refuses "crm.lead.closed").
struct InquiryPatch {
  int64_t version = 0;
  std::optional<std::string> analysis;
  std::optional<std::string> reply;
  std::optional<std::string> time_zone;
  std::optional<std::string> country;
  std::optional<std::string> products;
};
Result<Lead> UpdateInquiry(db::Tx& tx, const auth::Actor& actor, int64_t id, const InquiryPatch& p);

struct AssigneeResponse {
  int64_t staff_id = 0;
  std::string staff_name;
  ResponseFigures figures;
};
// Average and p90 response minutes per assignee over the leads the actor sees that were
// received in [from_us, to_us) and contacted. Any Tx.
Result<std::vector<AssigneeResponse>> LeadResponseStats(db::Tx& tx, const auth::Actor& actor,
                                                        LeadKind kind,
                                                        std::optional<int64_t> from_us,
                                                        std::optional<int64_t> to_us);

}  // namespace sd::crm
