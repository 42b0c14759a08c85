#pragma once
// Strict reading of JSON request bodies: wrong types, unknown fields and missing required
// fields become field errors, all reported at once (400 common.validation_failed). Bad input
// never reaches a service.

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace sd::http {

struct FieldOpt {
  bool required = false;
  size_t max_len = 1000;  // bytes, for strings
};

class JsonIn {
 public:
  using Opt = FieldOpt;
  // Errors: kInvalidArgument "common.json.malformed" / "common.json.object_expected".
  static Result<JsonIn> Parse(std::string_view body);
  JsonIn(JsonIn&&) noexcept;
  JsonIn& operator=(JsonIn&&) noexcept;
  ~JsonIn();

  // Absent or null → nullopt (an error if required); wrong type → field error.
  std::optional<std::string> String(std::string_view key, Opt opt = {});
  std::optional<int64_t> Int(std::string_view key, Opt opt = {});
  std::optional<bool> Bool(std::string_view key, Opt opt = {});
  std::optional<std::vector<std::string>> StringList(std::string_view key, Opt opt = {});
  // For PATCH: whether the key is present, and whether it is present as null.
  bool Has(std::string_view key) const;
  bool IsNull(std::string_view key) const;
  // A nullable integer field of a PATCH: absent → nullopt; null → optional(nullopt).
  std::optional<std::optional<int64_t>> NullableInt(std::string_view key);

  void AddError(std::string field, std::string key, Params params = {});
  // Ok, or 400 with every field error, including one per field the request had that no
  // accessor asked for.
  Result<void> Finish();

 private:
  JsonIn();
  std::unique_ptr<nlohmann::json> doc_;
  std::set<std::string, std::less<>> seen_;
  std::vector<FieldError> errors_;
};

}  // namespace sd::http
