#include "crm/transfer_notice.h"

#include <set>

#include "audit/audit.h"
#include "auth/user_store.h"
#include "crm/notice_store.h"

namespace sd::crm {
namespace {

std::string Label(const std::string& code, const std::string& name) {
  return code.empty() ? name : code + " " + name;
}

}  // namespace

Result<void> NotifyTransferDecided(db::Tx& tx, const auth::Actor& actor, const Transfer& t) {
  const bool approved = t.state == TransferState::kApproved;
  if (!approved && t.state != TransferState::kRejected) return Ok();
  const std::string params = audit::SnapshotJson({{"code", t.customer_code},
                                                  {"name", t.customer_name},
                                                  {"from", Label(t.from_code, t.from_name)},
                                                  {"to", Label(t.to_code, t.to_name)},
                                                  {"by", t.decided_by_name}});
  std::set<int64_t> told;  // one notice a person, and none for the decider
  if (actor.staff_id) told.insert(*actor.staff_id);
  auto tell = [&](std::optional<int64_t> staff_id, std::string_view kind) -> Result<void> {
    if (!staff_id || !told.insert(*staff_id).second) return Ok();
    return store::AddNotice(tx, *staff_id, kind, t.customer_id, t.id, params, actor.audit.at_us);
  };
  SD_TRY_ASSIGN(auto requester, auth::store::LoadUser(tx, t.requested_by_user_id));
  const std::optional<int64_t> requester_staff = requester ? requester->staff_id : std::nullopt;
  if (!approved) return tell(requester_staff, "transfer_rejected");
  // The new owner hears "received" even when they asked; the former owner "lost" unless they
  // asked, in which case "approved" answers their request.
  SD_TRY(tell(t.to_staff_id, "transfer_received"));
  SD_TRY(tell(requester_staff, "transfer_approved"));
  return tell(t.from_staff_id, "transfer_lost");
}

}  // namespace sd::crm
