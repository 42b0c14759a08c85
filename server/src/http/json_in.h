#pragma once
// Strict reading of JSON request bodies: wrong types, unknown fields and missing required
// fields become field errors, all reported at once (400 common.validation_failed). Bad input
// never reaches a service. Nested objects and lists of objects are read through child readers
// whose field errors carry the path ("duties[2].description", "qualifications.education").

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
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

  // Absent or null → nullopt (an error if required); wrong type → field error. Field names in
  // errors are prefixed with this reader's path.
  std::optional<std::string> String(std::string_view key, Opt opt = {});
  std::optional<int64_t> Int(std::string_view key, Opt opt = {});
  std::optional<bool> Bool(std::string_view key, Opt opt = {});
  std::optional<std::vector<std::string>> StringList(std::string_view key, Opt opt = {});
  // A list of integers (ids); a wrong element is a field error "key[i]".
  std::optional<std::vector<int64_t>> IntList(std::string_view key, Opt opt = {});
  // A list of objects: one child reader per element, whose errors (unknown fields included)
  // are reported by the root's Finish. Elements that are not objects are field errors
  // ("duties[2]": common.field.type_object) and get no reader.
  std::optional<std::vector<JsonIn>> ObjectList(std::string_view key, Opt opt = {});
  // A nested object, read like ObjectList's elements.
  std::optional<JsonIn> Object(std::string_view key, Opt opt = {});
  // For PATCH: whether the key is present, and whether it is present as null.
  bool Has(std::string_view key) const;
  bool IsNull(std::string_view key) const;
  // A nullable integer field of a PATCH: absent → nullopt; null → optional(nullopt).
  std::optional<std::optional<int64_t>> NullableInt(std::string_view key);
  // A nullable text field of a PATCH, read as String: absent → nullopt; null →
  // optional(nullopt); a wrong value → nullopt and a field error.
  std::optional<std::optional<std::string>> NullableString(std::string_view key, Opt opt = {});

  // `field` is relative to this reader ("weight" in a child reads "indicators[1].weight").
  void AddError(std::string field, std::string key, Params params = {});
  // Ok, or 400 with every field error of this reader and its children, including one per field
  // the request had that no accessor asked for. Call on the root reader, after the children
  // have been read.
  Result<void> Finish();

 private:
  struct State;  // the document, each reader's scope, the errors; shared by root and children
  JsonIn(std::shared_ptr<State> state, size_t scope);
  const nlohmann::json* Lookup(std::string_view key);  // marks key as seen; nullptr if absent
  // Lookup, then the checks every accessor starts with: absent or null → nullptr (and
  // "common.field.required" if opt.required); a value failing is_type → nullptr and type_key.
  const nlohmann::json* Typed(std::string_view key, const Opt& opt,
                              bool (*is_type)(const nlohmann::json&), const char* type_key);
  // The path of element i of the list `key`: "duties[2]", relative to this reader.
  static std::string Element(std::string_view key, size_t i);
  std::string Path(std::string_view key) const;
  std::shared_ptr<State> state_;
  size_t scope_ = 0;
};

}  // namespace sd::http
