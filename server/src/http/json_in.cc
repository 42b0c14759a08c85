#include "http/json_in.h"

#include <nlohmann/json.hpp>

namespace sd::http {

JsonIn::JsonIn() : doc_(std::make_unique<nlohmann::json>()) {}
JsonIn::JsonIn(JsonIn&&) noexcept = default;
JsonIn& JsonIn::operator=(JsonIn&&) noexcept = default;
JsonIn::~JsonIn() = default;

Result<JsonIn> JsonIn::Parse(std::string_view body) {
  JsonIn in;
  *in.doc_ = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (in.doc_->is_discarded()) return Fail(Code::kInvalidArgument, "common.json.malformed");
  if (!in.doc_->is_object()) return Fail(Code::kInvalidArgument, "common.json.object_expected");
  return in;
}

bool JsonIn::Has(std::string_view key) const { return doc_->contains(key); }

bool JsonIn::IsNull(std::string_view key) const {
  auto it = doc_->find(key);
  return it != doc_->end() && it->is_null();
}

void JsonIn::AddError(std::string field, std::string key, Params params) {
  errors_.push_back({std::move(field), std::move(key), std::move(params)});
}

std::optional<std::string> JsonIn::String(std::string_view key, Opt opt) {
  seen_.emplace(key);
  auto it = doc_->find(key);
  if (it == doc_->end() || it->is_null()) {
    if (opt.required) AddError(std::string(key), "common.field.required");
    return std::nullopt;
  }
  if (!it->is_string()) {
    AddError(std::string(key), "common.field.type_string");
    return std::nullopt;
  }
  const auto& s = it->get_ref<const std::string&>();
  if (s.size() > opt.max_len) {
    AddError(std::string(key), "common.field.too_long", {{"max", std::to_string(opt.max_len)}});
    return std::nullopt;
  }
  if (opt.required && s.empty()) {
    AddError(std::string(key), "common.field.required");
    return std::nullopt;
  }
  return s;
}

std::optional<int64_t> JsonIn::Int(std::string_view key, Opt opt) {
  seen_.emplace(key);
  auto it = doc_->find(key);
  if (it == doc_->end() || it->is_null()) {
    if (opt.required) AddError(std::string(key), "common.field.required");
    return std::nullopt;
  }
  if (it->is_number_unsigned()) {
    auto v = it->get<uint64_t>();
    if (v > static_cast<uint64_t>(INT64_MAX)) {
      AddError(std::string(key), "common.field.out_of_range");
      return std::nullopt;
    }
    return static_cast<int64_t>(v);
  }
  if (!it->is_number_integer()) {
    AddError(std::string(key), "common.field.type_integer");
    return std::nullopt;
  }
  return it->get<int64_t>();
}

std::optional<bool> JsonIn::Bool(std::string_view key, Opt opt) {
  seen_.emplace(key);
  auto it = doc_->find(key);
  if (it == doc_->end() || it->is_null()) {
    if (opt.required) AddError(std::string(key), "common.field.required");
    return std::nullopt;
  }
  if (!it->is_boolean()) {
    AddError(std::string(key), "common.field.type_boolean");
    return std::nullopt;
  }
  return it->get<bool>();
}

std::optional<std::vector<std::string>> JsonIn::StringList(std::string_view key, Opt opt) {
  seen_.emplace(key);
  auto it = doc_->find(key);
  if (it == doc_->end() || it->is_null()) {
    if (opt.required) AddError(std::string(key), "common.field.required");
    return std::nullopt;
  }
  if (!it->is_array()) {
    AddError(std::string(key), "common.field.type_array");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < it->size(); ++i) {
    const auto& v = (*it)[i];
    std::string field = std::string(key) + "[" + std::to_string(i) + "]";
    if (!v.is_string()) {
      AddError(field, "common.field.type_string");
      return std::nullopt;
    }
    if (v.get_ref<const std::string&>().size() > opt.max_len) {
      AddError(field, "common.field.too_long", {{"max", std::to_string(opt.max_len)}});
      return std::nullopt;
    }
    out.push_back(v.get<std::string>());
  }
  return out;
}

std::optional<std::optional<int64_t>> JsonIn::NullableInt(std::string_view key) {
  if (!Has(key)) {
    seen_.emplace(key);
    return std::nullopt;
  }
  if (IsNull(key)) {
    seen_.emplace(key);
    return std::optional<int64_t>();
  }
  std::optional<int64_t> v = Int(key);
  if (!v) return std::nullopt;
  return std::optional<int64_t>(*v);
}

Result<void> JsonIn::Finish() {
  for (const auto& [key, value] : doc_->items()) {
    if (!seen_.contains(key)) AddError(key, "common.field.unknown");
  }
  if (errors_.empty()) return Ok();
  Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
  e.fields = std::move(errors_);
  errors_.clear();
  return e;
}

}  // namespace sd::http
