#include "doc/approval.h"

#include <algorithm>

namespace sd::doc {

bool IsMaker(const ApprovalStep& s, const auth::Actor& actor) {
  if (s.maker_user_id == actor.user_id) return true;
  return s.maker_staff_id && actor.staff_id && *s.maker_staff_id == *actor.staff_id;
}

bool NamedDecider(const ApprovalStep& s, const auth::Actor& actor) {
  switch (s.decider.kind) {
    case DeciderKind::kPermission:
      return actor.Can(s.decider.ref);
    case DeciderKind::kPosition:
      return std::any_of(actor.positions.begin(), actor.positions.end(),
                         [&](const auth::PositionRef& p) { return p.code == s.decider.ref; });
    case DeciderKind::kSuperior:
      return s.decider.staff_id && actor.staff_id && *s.decider.staff_id == *actor.staff_id;
  }
  return false;
}

bool MayDecide(const ApprovalStep& s, const auth::Actor& actor) {
  return s.state == ApprovalState::kPending && NamedDecider(s, actor) && !IsMaker(s, actor);
}

}  // namespace sd::doc
