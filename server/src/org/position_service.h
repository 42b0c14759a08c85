#pragma once
// Position use cases. Writes validate, write and audit (entity "position", actions create /
// update / delete, before/after snapshots) in the caller's write Tx. org ranks below auth, so
// these take the audit::Context of the acting user and the permission catalogue; the caller
// (an HTTP route needing org.manage, the demo loader, the CLI) has checked permission.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "base/page.h"
#include "base/result.h"
#include "db/database.h"
#include "org/position.h"

namespace sd::org {

struct PositionListFilter {
  std::optional<int64_t> department_id;  // this department and the ones below it
  std::optional<std::string> q;          // part of the code or name
  PageRequest page;
};

// Needs any Tx.
Result<Page<PositionSummary>> ListPositions(db::Tx& tx, const PositionListFilter& filter);

// Errors: kNotFound "common.not_found". Needs any Tx.
Result<Position> GetPosition(db::Tx& tx, int64_t id);

// Every position in full (the Excel export), in list order. Needs any Tx.
Result<std::vector<Position>> AllPositions(db::Tx& tx);

// Creates a position with its lists and granted permissions. sort_order places it among its
// department's positions (template positions use their template order).
// Errors: kInvalidArgument with field errors (ValidatePosition; unknown department_id,
// superior_position_id, indicators[i].assessor_position_id), kAlreadyExists
// "org.position.code_taken".
Result<Position> CreatePosition(db::Tx& tx, const audit::Context& ctx, KnownPermissions known,
                                const PositionSpec& spec, int64_t sort_order = 0);

// Saves the whole document: fields overwritten, lists rewritten, permissions re-materialised
// (holders get them on their next request). Errors: kNotFound, kAborted
// "common.version_conflict", kFailedPrecondition "org.position.cycle" (the superior is the
// position itself or below it), and those of CreatePosition.
Result<Position> UpdatePosition(db::Tx& tx, const audit::Context& ctx, KnownPermissions known,
                                int64_t id, int64_t version, const PositionSpec& spec);

// Errors: kNotFound, kAborted "common.version_conflict", kFailedPrecondition
// "org.position.in_use" (held, superior of another position, or assessor of an indicator).
Result<void> DeletePosition(db::Tx& tx, const audit::Context& ctx, int64_t id, int64_t version);

}  // namespace sd::org
