#include "org/staff.h"

#include <algorithm>
#include <unordered_set>

namespace sd::org {
namespace {

// Length in Unicode code points of UTF-8 text (names are Chinese).
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

int Digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

void CheckTextField(std::string_view field, std::string_view value, size_t max_chars, bool required,
                    std::vector<FieldError>* errors) {
  if (required && value.empty()) {
    errors->push_back({std::string(field), "common.field.required", {}});
  } else if (CodePoints(value) > max_chars) {
    errors->push_back(
        {std::string(field), "common.field.too_long", {{"max", std::to_string(max_chars)}}});
  }
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
  }
  const int year = Digits(s.substr(0, 4));
  const int month = Digits(s.substr(5, 2));
  const int day = Digits(s.substr(8, 2));
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

void CheckStaffFields(const StaffFields& f, std::vector<FieldError>* errors) {
  CheckTextField("code", f.code, kStaffCodeMax, true, errors);
  CheckTextField("name", f.name, kStaffNameMax, true, errors);
  CheckTextField("phone", f.phone, kStaffContactMax, false, errors);
  CheckTextField("email", f.email, kStaffContactMax, false, errors);
  if (!f.email.empty() && f.email.find('@') == std::string::npos) {
    errors->push_back({"email", "org.staff.email_invalid", {}});
  }
  if (f.notes.size() > kStaffNotesMax) {
    errors->push_back(
        {"notes", "common.field.too_long", {{"max", std::to_string(kStaffNotesMax)}}});
  }
  if (f.status != kStaffActive && f.status != kStaffLeft) {
    errors->push_back({"status", "common.field.invalid_choice", {{"choices", "active, left"}}});
  }
  bool dates_ok = true;
  for (const auto& [field, value] :
       {std::pair{"joined_on", &f.joined_on}, {"left_on", &f.left_on}}) {
    if (*value && !IsIsoDate(**value)) {
      errors->push_back({field, "common.field.invalid_date", {}});
      dates_ok = false;
    }
  }
  // ISO dates compare as text.
  if (dates_ok && f.joined_on && f.left_on && *f.left_on < *f.joined_on) {
    errors->push_back({"left_on", "org.staff.left_before_joined", {}});
  }
}

Result<void> RejectFields(std::vector<FieldError> errors) {
  if (errors.empty()) return Ok();
  Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
  e.fields = std::move(errors);
  return e;
}

bool StaffSuperiorWouldCycle(const std::unordered_map<int64_t, std::optional<int64_t>>& superior_of,
                             int64_t staff_id, int64_t new_superior) {
  std::unordered_set<int64_t> seen;
  std::optional<int64_t> at = new_superior;
  while (at) {
    if (*at == staff_id) return true;
    if (!seen.insert(*at).second) return false;  // an old loop elsewhere: not ours
    auto it = superior_of.find(*at);
    if (it == superior_of.end()) return false;
    at = it->second;
  }
  return false;
}

std::vector<int64_t> UniqueIds(std::vector<int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

audit::Snapshot StaffSnapshot(const Staff& s) {
  auto opt_int = [](const std::optional<int64_t>& v) {
    return v ? audit::FieldValue(*v) : audit::FieldValue(nullptr);
  };
  auto opt_text = [](const std::optional<std::string>& v) {
    return v ? audit::FieldValue(*v) : audit::FieldValue(nullptr);
  };
  auto labels = [](const std::vector<OrgRef>& refs) {
    std::vector<std::string> out;
    out.reserve(refs.size());
    for (const OrgRef& r : refs) out.push_back(r.code + " " + r.name);
    return out;
  };
  return {{"code", s.f.code},
          {"name", s.f.name},
          {"department_id", s.f.department_id},
          {"superior_staff_id", opt_int(s.f.superior_staff_id)},
          {"phone", s.f.phone},
          {"email", s.f.email},
          {"status", s.f.status},
          {"joined_on", opt_text(s.f.joined_on)},
          {"left_on", opt_text(s.f.left_on)},
          {"notes", s.f.notes},
          {"regions", labels(s.regions)},
          {"product_lines", labels(s.product_lines)}};
}

audit::Snapshot PositionsSnapshot(const std::vector<OrgRef>& positions) {
  std::vector<std::string> out;
  out.reserve(positions.size());
  for (const OrgRef& p : positions) out.push_back(p.code + " " + p.name);
  return {{"positions", out}};
}

}  // namespace sd::org
