#pragma once
// JSON shapes of positions (contract: Position, PositionSummary, PositionSpec) and the reading
// of a PositionSpec request body.

#include <nlohmann/json_fwd.hpp>

#include "http/json_in.h"
#include "http/router.h"
#include "org/position.h"

namespace sd::http {

nlohmann::json PositionJson(const org::Position& p);
nlohmann::json PositionSummaryJson(const org::PositionSummary& p);

// Every editable field of a position (POST and PUT bodies); lists default to empty. Problems
// are field errors in `in`, reported by in.Finish().
org::PositionSpec ReadPositionSpec(JsonIn& in);

// Registers the Position, PositionSummary, PositionPage and PositionSpec schemas.
void AddPositionSchemas(Router& r);

}  // namespace sd::http
