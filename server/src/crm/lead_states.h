#pragma once
// The workflow of leads (线索) and foreign inquiries (询盘), one table (STYLE §3):
// new → assigned → contacted → qualified → converted | discarded. Pure; thread-safe.

#include <cstdint>
#include <string_view>

#include "doc/transition.h"

namespace sd::crm {

enum class LeadState : uint8_t { kNew, kAssigned, kContacted, kQualified, kConverted, kDiscarded };
enum class LeadAction : uint8_t { kAssign, kContact, kQualify, kConvert, kDiscard };

// Who may take a transition: a holder of `permission` (whose scope covers the lead), or the
// lead's assignee (doc::Who::kOwner; permission is then empty).
using LeadTransition = doc::Transition<LeadState, LeadAction>;

inline constexpr doc::EnumName<LeadState> kLeadStateNames[] = {
    {LeadState::kNew, "new"},
    {LeadState::kAssigned, "assigned"},
    {LeadState::kContacted, "contacted"},
    {LeadState::kQualified, "qualified"},
    {LeadState::kConverted, "converted"},
    {LeadState::kDiscarded, "discarded"}};
inline constexpr doc::EnumName<LeadAction> kLeadActionNames[] = {{LeadAction::kAssign, "assign"},
                                                                 {LeadAction::kContact, "contact"},
                                                                 {LeadAction::kQualify, "qualify"},
                                                                 {LeadAction::kConvert, "convert"},
                                                                 {LeadAction::kDiscard, "discard"}};

// The whole workflow. (state, action) pairs are unique.
inline constexpr LeadTransition kLeadTransitions[] = {
    {LeadState::kNew, LeadAction::kAssign, LeadState::kAssigned, "lead.assign"},
    {LeadState::kAssigned, LeadAction::kAssign, LeadState::kAssigned, "lead.assign"},
    {LeadState::kNew, LeadAction::kDiscard, LeadState::kDiscarded, "lead.assign"},
    {LeadState::kAssigned, LeadAction::kContact, LeadState::kContacted, "", doc::Who::kOwner},
    {LeadState::kAssigned, LeadAction::kDiscard, LeadState::kDiscarded, "", doc::Who::kOwner},
    {LeadState::kContacted, LeadAction::kQualify, LeadState::kQualified, "", doc::Who::kOwner},
    {LeadState::kContacted, LeadAction::kConvert, LeadState::kConverted, "", doc::Who::kOwner},
    {LeadState::kContacted, LeadAction::kDiscard, LeadState::kDiscarded, "", doc::Who::kOwner},
    {LeadState::kQualified, LeadAction::kConvert, LeadState::kConverted, "", doc::Who::kOwner},
    {LeadState::kQualified, LeadAction::kDiscard, LeadState::kDiscarded, "", doc::Who::kOwner},
};
static_assert(doc::PairsUnique(kLeadTransitions));

inline constexpr LeadAction kLeadActions[] = {LeadAction::kAssign, LeadAction::kContact,
                                              LeadAction::kQualify, LeadAction::kConvert,
                                              LeadAction::kDiscard};
inline constexpr LeadState kLeadStates[] = {LeadState::kNew,       LeadState::kAssigned,
                                            LeadState::kContacted, LeadState::kQualified,
                                            LeadState::kConverted, LeadState::kDiscarded};

// The row for (from, action), or nullptr when the action is not allowed in that state.
constexpr const LeadTransition* FindLeadTransition(LeadState from, LeadAction action) {
  return doc::Find(kLeadTransitions, from, action);
}

const char* LeadStateName(LeadState s);    // "new", "assigned", …
const char* LeadActionName(LeadAction a);  // "assign", "contact", …
bool ParseLeadState(std::string_view s, LeadState* out);
bool ParseLeadAction(std::string_view s, LeadAction* out);

// Whether someone may take transition t on a lead: an assignee action needs is_assignee; a
// permission action needs the permission (has_permission) — the caller has already checked
// the lead is in their scope. For inquiries (外贸询盘) every action needs inquiry.manage too,
// which the caller checks before.
constexpr bool MayTake(const LeadTransition& t, bool is_assignee, bool has_permission) {
  return t.who == doc::Who::kOwner ? is_assignee : has_permission;
}

}  // namespace sd::crm
