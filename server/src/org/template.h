#pragma once
// The position template (岗位说明书 of the source documents, seed 003): the embedded file
// org/templates/default_positions.json, parsed once. Superiors and assessors are named by
// template code and resolved to positions when a template position is created
// (template_service.h). Pure: no SQL.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "org/position.h"

namespace sd::org {

inline constexpr std::string_view kDefaultTemplate = "org/templates/default_positions.json";

struct TemplatePosition {
  std::string template_code;  // "sales_rep"
  std::string department_code;
  std::optional<std::string> superior;  // template code of the superior position
  // Per indicator, in spec.indicators order: template code of the assessor position, if any.
  std::vector<std::optional<std::string>> assessors;
  // The position's fields; department_id, superior_position_id and the indicators'
  // assessor_position_id are unset. spec.template_code is template_code.
  PositionSpec spec;
};

// Parses a template document ({"positions": [...]}). Strict: unknown keys, wrong types and
// missing keys are errors, so a typo in the file cannot pass silently. Field rules
// (ValidatePosition) are not applied here. Errors: kInternal "org.template.invalid" with the
// offending path in detail.
Result<std::vector<TemplatePosition>> ParseTemplate(std::string_view json_text);

// The embedded default template, parsed on first use. Thread-safe; the result lives for the
// whole program. Errors: kInternal "org.template.invalid" (a build with a broken file; the
// template unit test catches it first).
Result<std::span<const TemplatePosition>> DefaultTemplate();

}  // namespace sd::org
