#include "auth/user.h"

#include "base/text.h"

namespace sd::auth {

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
  CheckTextField("display_name", name, kDisplayNameMax, true, errors);
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

audit::Snapshot UserSnapshot(const User& u) {
  return {{"login", u.login},
          {"display_name", u.display_name},
          {"locale", std::string(LocaleName(u.locale))},
          {"department_id", audit::OrNull(u.department_id)},
          {"staff_id", audit::OrNull(u.staff_id)},
          {"roles", u.roles},
          {"disabled", u.disabled},
          {"must_change_password", u.must_change_password}};
}

}  // namespace sd::auth
