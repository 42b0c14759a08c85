#pragma once
// JSON shapes of positions (contract: Position, PositionSummary, PositionSpec) and the request
// reading shared by the position, template and department routes.

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string_view>

#include "http/context.h"
#include "http/json_in.h"
#include "http/router.h"
#include "org/position.h"

namespace sd::http {

nlohmann::json PositionJson(const org::Position& p);
nlohmann::json PositionSummaryJson(const org::PositionSummary& p);

// Every editable field of a position (POST and PUT bodies); lists default to empty. Problems
// are field errors in `in`, reported by in.Finish().
org::PositionSpec ReadPositionSpec(JsonIn& in);

// An id in the query string (?department_id=2); nullopt when absent or empty. Errors:
// kInvalidArgument with a field error when it is not a positive integer.
Result<std::optional<int64_t>> OrgIdQuery(const Ctx& ctx, std::string_view name);
// The required ?version=N of a DELETE. Errors: kInvalidArgument with a field error.
Result<int64_t> OrgVersionQuery(const Ctx& ctx);

// Registers the Position, PositionSummary, PositionPage and PositionSpec schemas.
void AddPositionSchemas(Router& r);

}  // namespace sd::http
