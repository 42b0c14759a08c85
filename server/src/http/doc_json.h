#pragma once
// A document type's transition table in OpenAPI (STYLE §3): the schema gains "x-transitions",
// one row per doc::Transition, so clients read the one table the server enforces.

#include <string>
#include <string_view>
#include <vector>

#include "doc/transition.h"

namespace sd::http {

// schema (a JSON object) with "x-transitions": [{"from", "action", "to", "by"}, …]. "by" is the
// permission, or owner_label (e.g. "assignee") for an owner row without one; rows whose `who`
// is not the permission alone also carry "who" ("owner" | "approver").
std::string WithTransitions(std::string_view schema, const std::vector<doc::TransitionText>& rows,
                            std::string_view owner_label = "owner");

}  // namespace sd::http
