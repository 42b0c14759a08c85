#pragma once
// Positions from the default template (template.h): the list with what already exists, one
// position at a time, or every missing one at once (a new company, the demo loader). Writes
// go through CreatePosition, so they are validated and audited like any other position.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"
#include "db/database.h"
#include "org/position.h"

namespace sd::org {

struct TemplateEntry {
  std::string template_code;
  std::string code;
  std::string name;
  std::string department_code;
  std::string summary;
  std::string source;
  bool exists = false;  // a position with this template_code or code exists
};

// The template's positions in template order. Needs any Tx. Errors: kInternal
// "org.template.invalid".
Result<std::vector<TemplateEntry>> ListTemplate(db::Tx& tx);

struct FromTemplate {
  std::string template_code;
  std::optional<int64_t> department_id;  // default: the department with the template's code
  std::optional<std::string> code;       // default: the template's code
};

// Creates one position from the template. Its superior (and each indicator's assessor) is the
// position made from the superior's template code, else one whose code is the template
// superior's code; when there is none the superior stays empty (an assessor keeps only its
// note). Errors: kInvalidArgument (field "template_code" "org.template.unknown", field
// "department_id" "org.template.department_missing"), and those of CreatePosition. Needs a
// write Tx.
Result<Position> CreateFromTemplate(db::Tx& tx, const audit::Context& ctx, KnownPermissions known,
                                    const FromTemplate& request);

// Creates every template position not present yet (by template_code or code), in template
// order so superiors come first; department_id, when given, receives all of them. Returns the
// new ids. Errors: those of CreateFromTemplate. Needs a write Tx.
Result<std::vector<int64_t>> ApplyTemplate(db::Tx& tx, const audit::Context& ctx,
                                           KnownPermissions known,
                                           std::optional<int64_t> department_id);

}  // namespace sd::org
