#pragma once
// SQL for crm_leads (leads and inquiries). Only lead_store.cc touches the table; the region
// tree for routing is read from org's tables here too (a read for a list, STYLE §2). Functions
// need a Tx (reads any, writes a write Tx) and return the db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/page.h"
#include "crm/lead.h"
#include "crm/lead_routing.h"
#include "db/database.h"

namespace sd::crm::store {

// Which leads a reader sees: all; or those assigned to / created by self; and, for holders of
// lead.assign, the unassigned ones and those assigned to anyone in `covered`.
struct LeadVisibility {
  bool all = false;
  std::optional<int64_t> self_staff_id;
  bool assigner = false;
  std::vector<int64_t> covered;
};

struct LeadFilter {
  LeadKind kind = LeadKind::kLead;
  std::optional<std::string> state;
  std::optional<int64_t> assignee_staff_id;
  std::optional<std::string> q;  // part of company, contact, phone, email
  LeadVisibility visible;
  PageRequest page;
};

// Newest first.
Result<Page<Lead>> QueryLeads(db::Tx& tx, const LeadFilter& f);
Result<std::optional<Lead>> LoadLead(db::Tx& tx, int64_t id);
Result<int64_t> InsertLead(db::Tx& tx, const Lead& l);
// Writes every mutable column of l if the row is at expected_version (bumping it, setting
// updated_at_us); false otherwise.
Result<bool> UpdateLead(db::Tx& tx, const Lead& l, int64_t expected_version, int64_t now_us);

struct ResponseSample {
  int64_t staff_id = 0;
  std::string staff_name;
  int64_t minutes = 0;
};
// Response minutes of the contacted leads of `kind` that `visible` sees, received in
// [from_us, to_us), ordered by assignee.
Result<std::vector<ResponseSample>> ResponseSamples(db::Tx& tx, LeadKind kind,
                                                    const LeadVisibility& visible,
                                                    std::optional<int64_t> from_us,
                                                    std::optional<int64_t> to_us);

// For the inbox: leads assigned to staff_id and not yet contacted; unassigned leads (state
// new) — at most `limit` of each, oldest first.
Result<std::vector<Lead>> LeadsToContact(db::Tx& tx, int64_t staff_id, int64_t limit);
Result<std::vector<Lead>> UnassignedLeads(db::Tx& tx, int64_t limit);

}  // namespace sd::crm::store
