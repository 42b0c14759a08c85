#include "http/json_in.h"

#include <deque>
#include <nlohmann/json.hpp>
#include <set>

namespace sd::http {

// One reader's view: the object it reads, its path in the document and the keys asked for.
// Scopes live in a deque so child readers can be added while others hold their index.
struct JsonScope {
  const nlohmann::json* node = nullptr;
  std::string path;  // "" for the root, "duties[2]", "qualifications"
  std::set<std::string, std::less<>> seen;
};

struct JsonIn::State {
  nlohmann::json doc;
  std::deque<JsonScope> scopes;
  std::vector<FieldError> errors;
};

namespace {

// The type tests the accessors hand to JsonIn::Typed.
bool IsString(const nlohmann::json& j) { return j.is_string(); }
bool IsInteger(const nlohmann::json& j) { return j.is_number_integer(); }
bool IsBoolean(const nlohmann::json& j) { return j.is_boolean(); }
bool IsArray(const nlohmann::json& j) { return j.is_array(); }
bool IsObject(const nlohmann::json& j) { return j.is_object(); }

}  // namespace

JsonIn::JsonIn(std::shared_ptr<State> state, size_t scope)
    : state_(std::move(state)), scope_(scope) {}
JsonIn::JsonIn(JsonIn&&) noexcept = default;
JsonIn& JsonIn::operator=(JsonIn&&) noexcept = default;
JsonIn::~JsonIn() = default;

Result<JsonIn> JsonIn::Parse(std::string_view body) {
  auto state = std::make_shared<State>();
  state->doc = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (state->doc.is_discarded()) return Fail(Code::kInvalidArgument, "common.json.malformed");
  if (!state->doc.is_object()) return Fail(Code::kInvalidArgument, "common.json.object_expected");
  state->scopes.push_back({&state->doc, "", {}});
  return JsonIn(std::move(state), 0);
}

std::string JsonIn::Path(std::string_view key) const {
  const std::string& prefix = state_->scopes[scope_].path;
  return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

const nlohmann::json* JsonIn::Lookup(std::string_view key) {
  JsonScope& s = state_->scopes[scope_];
  s.seen.emplace(key);
  auto it = s.node->find(key);
  return it == s.node->end() ? nullptr : &*it;
}

bool JsonIn::Has(std::string_view key) const { return state_->scopes[scope_].node->contains(key); }

bool JsonIn::IsNull(std::string_view key) const {
  const nlohmann::json& node = *state_->scopes[scope_].node;
  auto it = node.find(key);
  return it != node.end() && it->is_null();
}

void JsonIn::AddError(std::string field, std::string key, Params params) {
  state_->errors.push_back({Path(field), std::move(key), std::move(params)});
}

const nlohmann::json* JsonIn::Typed(std::string_view key, const Opt& opt,
                                    bool (*is_type)(const nlohmann::json&), const char* type_key) {
  const nlohmann::json* v = Lookup(key);
  if (v == nullptr || v->is_null()) {
    if (opt.required) AddError(std::string(key), "common.field.required");
    return nullptr;
  }
  if (!is_type(*v)) {
    AddError(std::string(key), type_key);
    return nullptr;
  }
  return v;
}

std::string JsonIn::Element(std::string_view key, size_t i) {
  return std::string(key) + "[" + std::to_string(i) + "]";
}

std::optional<std::string> JsonIn::String(std::string_view key, Opt opt) {
  const nlohmann::json* v = Typed(key, opt, IsString, "common.field.type_string");
  if (v == nullptr) return std::nullopt;
  const auto& s = v->get_ref<const std::string&>();
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
  // is_number_integer holds for unsigned numbers too; those above INT64_MAX do not fit.
  const nlohmann::json* v = Typed(key, opt, IsInteger, "common.field.type_integer");
  if (v == nullptr) return std::nullopt;
  if (v->is_number_unsigned() && v->get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) {
    AddError(std::string(key), "common.field.out_of_range");
    return std::nullopt;
  }
  return v->get<int64_t>();
}

std::optional<bool> JsonIn::Bool(std::string_view key, Opt opt) {
  const nlohmann::json* v = Typed(key, opt, IsBoolean, "common.field.type_boolean");
  if (v == nullptr) return std::nullopt;
  return v->get<bool>();
}

std::optional<std::vector<std::string>> JsonIn::StringList(std::string_view key, Opt opt) {
  const nlohmann::json* v = Typed(key, opt, IsArray, "common.field.type_array");
  if (v == nullptr) return std::nullopt;
  std::vector<std::string> out;
  for (size_t i = 0; i < v->size(); ++i) {
    const auto& item = (*v)[i];
    if (!item.is_string()) {
      AddError(Element(key, i), "common.field.type_string");
      return std::nullopt;
    }
    if (item.get_ref<const std::string&>().size() > opt.max_len) {
      AddError(Element(key, i), "common.field.too_long", {{"max", std::to_string(opt.max_len)}});
      return std::nullopt;
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::optional<std::vector<int64_t>> JsonIn::IntList(std::string_view key, Opt opt) {
  const nlohmann::json* v = Typed(key, opt, IsArray, "common.field.type_array");
  if (v == nullptr) return std::nullopt;
  std::vector<int64_t> out;
  for (size_t i = 0; i < v->size(); ++i) {
    const auto& item = (*v)[i];
    if (!item.is_number_integer() ||
        (item.is_number_unsigned() && item.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))) {
      AddError(Element(key, i), "common.field.type_integer");
      return std::nullopt;
    }
    out.push_back(item.get<int64_t>());
  }
  return out;
}

std::optional<std::vector<JsonIn>> JsonIn::ObjectList(std::string_view key, Opt opt) {
  const nlohmann::json* v = Typed(key, opt, IsArray, "common.field.type_array");
  if (v == nullptr) return std::nullopt;
  std::vector<JsonIn> out;
  for (size_t i = 0; i < v->size(); ++i) {
    if (!(*v)[i].is_object()) {
      AddError(Element(key, i), "common.field.type_object");
      continue;
    }
    state_->scopes.push_back({&(*v)[i], Path(Element(key, i)), {}});
    out.push_back(JsonIn(state_, state_->scopes.size() - 1));
  }
  return out;
}

std::optional<JsonIn> JsonIn::Object(std::string_view key, Opt opt) {
  const nlohmann::json* v = Typed(key, opt, IsObject, "common.field.type_object");
  if (v == nullptr) return std::nullopt;
  state_->scopes.push_back({v, Path(key), {}});
  return JsonIn(state_, state_->scopes.size() - 1);
}

std::optional<std::optional<int64_t>> JsonIn::NullableInt(std::string_view key) {
  if (!Has(key)) {
    Lookup(key);
    return std::nullopt;
  }
  if (IsNull(key)) {
    Lookup(key);
    return std::optional<int64_t>();
  }
  std::optional<int64_t> v = Int(key);
  if (!v) return std::nullopt;
  return std::optional<int64_t>(*v);
}

std::optional<std::optional<std::string>> JsonIn::NullableString(std::string_view key, Opt opt) {
  if (!Has(key)) return std::nullopt;
  const bool null = IsNull(key);
  std::optional<std::string> v = String(key, opt);  // marks the key as read
  if (null) return std::optional<std::string>();
  if (!v) return std::nullopt;  // a field error is recorded
  return std::optional<std::string>(std::move(*v));
}

Result<void> JsonIn::Finish() {
  SD_ASSERT(scope_ == 0, "Finish is called on the root reader");
  for (const JsonScope& s : state_->scopes) {
    for (const auto& [key, value] : s.node->items()) {
      if (!s.seen.contains(key)) {
        state_->errors.push_back(
            {s.path.empty() ? key : s.path + "." + key, "common.field.unknown", {}});
      }
    }
  }
  if (state_->errors.empty()) return Ok();
  Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
  e.fields = std::move(state_->errors);
  state_->errors.clear();
  return e;
}

}  // namespace sd::http
