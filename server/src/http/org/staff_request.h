#pragma once
// Request reading shared by the staff-side org routes (staff, regions, product lines,
// assignments): integer query parameters and nullable PATCH text.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/context.h"
#include "http/json_in.h"

namespace sd::http {

// An integer query parameter, nullopt when absent or empty. Errors: kInvalidArgument with a
// field error when it is not an integer.
Result<std::optional<int64_t>> QueryInt(const Ctx& ctx, std::string_view name);

// The required ?version=N of a DELETE. Errors: kInvalidArgument with a field error.
Result<int64_t> QueryVersion(const Ctx& ctx);

// A nullable text field of a PATCH: absent → nullopt; null → optional(nullopt).
std::optional<std::optional<std::string>> NullableString(JsonIn& in, std::string_view key,
                                                         FieldOpt opt = {});

}  // namespace sd::http
