#pragma once
// The demo company (DESIGN §7): a maker of modified asphalt and road equipment, loaded through
// the modules' own services so every row is audited like real work. Deterministic: the same
// data on every run. Also the tests' "given demo-company".

#include <string>
#include <vector>

#include "base/clock.h"
#include "db/database.h"

namespace sd::demo {

inline constexpr const char* kDemoPassword = "demo1234";

struct DemoUser {
  std::string login;
  std::string name;
  std::string title;  // the position held, or the role of an account without a staff record
};

// The login accounts of the demo company (all share kDemoPassword): the administrator and one
// per staff member with a login in demo_staff.cc.
const std::vector<DemoUser>& DemoUsers();

// Loads the demo company into a migrated, empty database (no users yet).
// Errors: kFailedPrecondition "demo.not_empty", and those of the services.
Result<void> Load(db::Database& db, const Clock& clock);

}  // namespace sd::demo
