#pragma once
// The inbox (待办/通知): what needs the person now — customers and plans due for follow-up,
// leads to contact or to assign, transfers, credit ratings and samples to approve, and unread
// notices. Composed from the crm stores in one read; the item shape and ordering are pure.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::crm {

// Item kinds, as the API names them.
inline constexpr std::string_view kInboxFollowUpDue = "follow_up_due";
inline constexpr std::string_view kInboxLeadToContact = "lead_to_contact";
inline constexpr std::string_view kInboxLeadUnassigned = "lead_unassigned";
inline constexpr std::string_view kInboxTransferToApprove = "transfer_to_approve";
inline constexpr std::string_view kInboxCreditToApprove = "credit_to_approve";
inline constexpr std::string_view kInboxSampleToApprove = "sample_to_approve";
inline constexpr std::string_view kInboxNotice = "notice";

struct InboxItem {
  std::string kind;
  std::string title_key;  // message key: "crm.inbox.follow_up_due", "crm.notice.lead_assigned"
  Params params;          // for built items
  std::optional<std::string> params_json;  // a notice's stored params (JSON object text)
  std::optional<std::string> due_on;       // YYYY-MM-DD
  std::string link_type;                   // "customer", "plan", "lead", "sample", …
  int64_t link_id = 0;
  std::optional<int64_t> notice_id;  // notices: POST /inbox/notices/{id}/read
  int64_t at_us = 0;                 // when it arose (notices, leads), for ordering
};

struct Inbox {
  std::vector<InboxItem> items;
  std::map<std::string, int64_t> counts;  // kind → items of that kind
};

// Orders items (dated ones first by due date, oldest first; then the rest oldest first; ties
// by kind and link id) and counts them by kind. Pure.
Inbox ComposeInbox(std::vector<InboxItem> items);

// The actor's inbox on business date `today` (YYYY-MM-DD). Any Tx. Each kind is capped at
// kInboxKindMax items (counts say how many were listed).
inline constexpr int64_t kInboxKindMax = 200;
Result<Inbox> LoadInbox(db::Tx& tx, const auth::Actor& actor, const std::string& today);

// Marks the actor's notice read. Errors: kNotFound (none such of this staff member).
Result<void> ReadNotice(db::Tx& tx, const auth::Actor& actor, int64_t notice_id);

}  // namespace sd::crm
