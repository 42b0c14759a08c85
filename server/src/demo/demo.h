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
  std::string role;
};

// The people of the demo company with their roles (all share kDemoPassword).
const std::vector<DemoUser>& DemoUsers();

// Loads the demo company into a migrated, empty database (no users yet).
// Errors: kFailedPrecondition "demo.not_empty", and those of the services.
Result<void> Load(db::Database& db, const Clock& clock);

}  // namespace sd::demo
