#pragma once
// The only SQL for org_positions and its child tables (duties, authorities, indicators,
// granted permissions), plus the holders read through org_staff_positions/org_staff. Every
// function needs the caller's Tx; write functions need a write Tx. No rules here (position.h,
// position_service.h).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/page.h"
#include "base/result.h"
#include "db/database.h"
#include "org/hierarchy.h"
#include "org/position.h"

namespace sd::org::store {

// Inserts the position row (no child rows). Errors: kAlreadyExists "org.position.code_taken".
Result<int64_t> InsertPosition(db::Tx& tx, const PositionSpec& p, int64_t sort_order,
                               int64_t now_us);

// Overwrites the row's fields and bumps its version when it is still `version`; false when it
// is not (or the row is gone). Errors: kAlreadyExists "org.position.code_taken".
Result<bool> UpdatePosition(db::Tx& tx, int64_t id, int64_t version, const PositionSpec& p,
                            int64_t now_us);

// Rewrites the duties, authorities, indicators (in list order) and the granted permissions.
Result<void> ReplaceChildren(db::Tx& tx, int64_t id, const PositionSpec& p,
                             const std::vector<std::string>& permissions);

// One position with its children, names and active holders; nullopt when there is none.
Result<std::optional<Position>> LoadPosition(db::Tx& tx, int64_t id);

// Every position in full, ordered by department sort order, position sort order, code.
Result<std::vector<Position>> LoadAllPositions(db::Tx& tx);

struct PositionFilter {
  std::vector<int64_t> department_ids;  // empty = every department
  std::optional<std::string> q;         // part of the code or name
  PageRequest page;
};

// A page of summaries, ordered as LoadAllPositions.
Result<Page<PositionSummary>> QueryPositions(db::Tx& tx, const PositionFilter& f);

// Every position's superior, for the cycle check.
Result<SuperiorMap> Superiors(db::Tx& tx);

Result<bool> PositionExists(db::Tx& tx, int64_t id);

// Whether the position is held by anyone (active or not), is the superior of another position
// or assesses another position's indicator.
Result<bool> PositionInUse(db::Tx& tx, int64_t id);

// Deletes the position and its child rows when it is still `version`; false when it is not.
Result<bool> DeletePosition(db::Tx& tx, int64_t id, int64_t version);

struct PositionKey {
  int64_t id = 0;
  std::string code;
  std::optional<std::string> template_code;
};
// Id, code and template code of every position (what the template functions match on).
Result<std::vector<PositionKey>> PositionKeys(db::Tx& tx);

}  // namespace sd::org::store
