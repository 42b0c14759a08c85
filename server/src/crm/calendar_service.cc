#include "crm/calendar_service.h"

#include <algorithm>
#include <chrono>

#include "base/text.h"
#include "crm/scope.h"

namespace sd::crm {
namespace {

// The staff whose calendar the actor reads: the one asked for if in scope (else none), or all
// the scope covers (nullopt: everyone).
std::optional<std::vector<int64_t>> StaffOf(const CustomerScope& s, std::optional<int64_t> id) {
  if (id) {
    const bool seen = s.all || s.self_staff_id == *id ||
                      std::binary_search(s.owner_ids.begin(), s.owner_ids.end(), *id);
    return seen ? std::vector<int64_t>{*id} : std::vector<int64_t>{};
  }
  if (s.all) return std::nullopt;
  std::vector<int64_t> ids = s.owner_ids;
  if (s.self_staff_id) ids.push_back(*s.self_staff_id);
  return ids;
}

Result<void> CheckRange(const CalendarQuery& q) {
  std::vector<FieldError> errors;
  auto from = ParseIsoDate(q.from);
  auto to = ParseIsoDate(q.to);
  if (!from) errors.push_back({"from", "common.field.invalid_date", {}});
  if (!to) errors.push_back({"to", "common.field.invalid_date", {}});
  if (from && to) {
    const auto days = (std::chrono::sys_days(*to) - std::chrono::sys_days(*from)).count();
    if (days < 0 || days > kCalendarDaysMax) {
      errors.push_back({"to", "common.field.out_of_range", {}});
    }
  }
  return FieldsOk(std::move(errors));
}

}  // namespace

Result<Calendar> LoadCalendar(db::Tx& tx, const auth::Actor& actor, const CalendarQuery& q) {
  SD_TRY(CheckRange(q));
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  const auto staff = StaffOf(scope, q.staff_id);
  Calendar out;
  SD_TRY_ASSIGN(out.follow_ups, store::FollowUpsBetween(tx, staff, q.from, q.to));
  SD_TRY_ASSIGN(out.next_follow_ups, store::NextFollowUpsBetween(tx, staff, q.from, q.to));
  return out;
}

}  // namespace sd::crm
