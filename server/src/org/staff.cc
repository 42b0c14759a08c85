#include "org/staff.h"

#include <algorithm>

#include "base/text.h"

namespace sd::org {
namespace {

// "XS-05 销售代表" for each reference: how the audit trail names linked rows.
std::vector<std::string> Labels(const std::vector<OrgRef>& refs) {
  std::vector<std::string> out;
  out.reserve(refs.size());
  for (const OrgRef& r : refs) out.push_back(r.code + " " + r.name);
  return out;
}

}  // namespace

bool IsIsoDate(std::string_view s) {
  const std::optional<std::chrono::year_month_day> date = ParseIsoDate(s);
  return date && date->year() >= std::chrono::year(1900) && date->year() <= std::chrono::year(2999);
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

std::vector<int64_t> UniqueIds(std::vector<int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

audit::Snapshot StaffSnapshot(const Staff& s) {
  return {{"code", s.f.code},
          {"name", s.f.name},
          {"department_id", s.f.department_id},
          {"superior_staff_id", audit::OrNull(s.f.superior_staff_id)},
          {"phone", s.f.phone},
          {"email", s.f.email},
          {"status", s.f.status},
          {"joined_on", audit::OrNull(s.f.joined_on)},
          {"left_on", audit::OrNull(s.f.left_on)},
          {"notes", s.f.notes},
          {"regions", Labels(s.regions)},
          {"product_lines", Labels(s.product_lines)}};
}

audit::Snapshot PositionsSnapshot(const std::vector<OrgRef>& positions) {
  return {{"positions", Labels(positions)}};
}

}  // namespace sd::org
