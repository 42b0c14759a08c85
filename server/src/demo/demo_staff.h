#pragma once
// The people of the demo company (invented names), laid out as seed 000's 销售部 is: a head, two
// deputies each leading three regional reps, two back-office clerks under their supervisor who
// each serve three reps and some product lines, an online and a foreign-trade seat, finance and
// quality; plus its product lines and the division of work (分工) between the clerks.

#include <span>

#include "auth/actor.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::demo {

struct StaffSeed {
  const char* code;  // 工号
  const char* name;
  const char* department;  // department code
  const char* superior;    // staff code, or ""
  const char* position;    // template code of the position held
  const char* login;       // login account, or "" for none
  const char* phone;
  const char* joined_on;
  const char* product_lines;  // space-separated product line codes
};

struct ProductLineSeed {
  const char* code;
  const char* name;
  const char* notes;
};

struct AssignmentSeed {
  const char* kind;          // support | price_audit | order_check | supervise
  const char* staff;         // who does it
  const char* subject;       // for whom
  const char* product_line;  // code, or ""
  const char* notes;
};

// Superiors before the staff who report to them.
std::span<const StaffSeed> DemoStaff();
std::span<const ProductLineSeed> DemoProductLines();
std::span<const AssignmentSeed> DemoAssignments();

// Acting as the demo user with this login, with the permissions and scope their positions give
// (auth::UserActor), audited with system's request context. Errors: kFailedPrecondition
// "demo.not_loaded" when there is no such user.
Result<auth::Actor> ActAs(db::Tx& tx, const auth::Actor& system, const char* login);

// The demo user with this login acting with system's permissions and scope (older loaders:
// credit ratings and price changes; with the user's own scope a deputy would propose ratings
// for customers outside his department). Errors: as ActAs.
Result<auth::Actor> ActAsWithSystemRights(db::Tx& tx, const auth::Actor& system, const char* login);

}  // namespace sd::demo
