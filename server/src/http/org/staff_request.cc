#include "http/org/staff_request.h"

#include "http/dates.h"

namespace sd::http {
namespace {

Error BadInteger(std::string_view name) {
  Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
  e.fields.push_back({std::string(name), "common.field.type_integer", {}});
  return e;
}

}  // namespace

Result<std::optional<int64_t>> QueryInt(const Ctx& ctx, std::string_view name) {
  std::optional<std::string> text = ctx.Query(name);
  if (!text || text->empty()) return std::optional<int64_t>();
  std::optional<int64_t> v = ParseInt(*text);
  if (!v) return BadInteger(name);
  return v;
}

Result<int64_t> QueryVersion(const Ctx& ctx) {
  SD_TRY_ASSIGN(std::optional<int64_t> version, QueryInt(ctx, "version"));
  if (!version) {
    Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
    e.fields.push_back({"version", "common.field.required", {}});
    return e;
  }
  return *version;
}

std::optional<std::optional<std::string>> NullableString(JsonIn& in, std::string_view key,
                                                         FieldOpt opt) {
  if (!in.Has(key)) return std::nullopt;
  const bool null = in.IsNull(key);
  std::optional<std::string> v = in.String(key, opt);  // marks the key as read
  if (null) return std::optional<std::string>();
  if (!v) return std::nullopt;  // a field error is recorded
  return std::optional<std::string>(std::move(*v));
}

}  // namespace sd::http
