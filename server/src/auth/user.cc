#include "auth/user.h"

namespace sd::auth {
namespace {

// Length in Unicode code points of UTF-8 text (names are Chinese).
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

}  // namespace

void CheckLogin(std::string_view login, std::vector<FieldError>* errors) {
  if (login.empty()) {
    errors->push_back({"login", "common.field.required", {}});
    return;
  }
  if (login.size() < kLoginMin || login.size() > kLoginMax) {
    errors->push_back({"login",
                       "auth.user.login_length",
                       {{"min", std::to_string(kLoginMin)}, {"max", std::to_string(kLoginMax)}}});
    return;
  }
  for (char c : login) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) {
      errors->push_back({"login", "auth.user.login_chars", {}});
      return;
    }
  }
}

void CheckDisplayName(std::string_view name, std::vector<FieldError>* errors) {
  if (name.empty()) {
    errors->push_back({"display_name", "common.field.required", {}});
  } else if (CodePoints(name) > kDisplayNameMax) {
    errors->push_back(
        {"display_name", "common.field.too_long", {{"max", std::to_string(kDisplayNameMax)}}});
  }
}

void CheckPassword(std::string_view password, std::string_view field,
                   std::vector<FieldError>* errors) {
  if (CodePoints(password) < kPasswordMin) {
    errors->push_back(
        {std::string(field), "common.field.too_short", {{"min", std::to_string(kPasswordMin)}}});
  } else if (password.size() > kPasswordMax) {
    errors->push_back(
        {std::string(field), "common.field.too_long", {{"max", std::to_string(kPasswordMax)}}});
  }
}

Result<void> FieldsOk(std::vector<FieldError> errors) {
  if (errors.empty()) return Ok();
  Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
  e.fields = std::move(errors);
  return e;
}

audit::Snapshot UserSnapshot(const User& u) {
  return {{"login", u.login},
          {"display_name", u.display_name},
          {"locale", std::string(LocaleName(u.locale))},
          {"department_id",
           u.department_id ? audit::FieldValue(*u.department_id) : audit::FieldValue(nullptr)},
          {"staff_id", u.staff_id ? audit::FieldValue(*u.staff_id) : audit::FieldValue(nullptr)},
          {"roles", u.roles},
          {"disabled", u.disabled},
          {"must_change_password", u.must_change_password}};
}

}  // namespace sd::auth
