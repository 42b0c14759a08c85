#include "org/position.h"

#include <algorithm>

#include "org/metrics.h"

namespace sd::org {
namespace {

constexpr std::string_view kCategories[] = {"main", "daily", "coordination", "other"};
constexpr std::string_view kPeriods[] = {"monthly", "quarterly", "annual"};
constexpr std::string_view kScopes[] = {"own", "department", "all"};

template <size_t N>
bool OneOf(const std::string_view (&choices)[N], std::string_view s) {
  return std::find(std::begin(choices), std::end(choices), s) != std::end(choices);
}

std::string Indexed(std::string_view list, size_t i, std::string_view field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + std::string(field);
}

void Text(std::string field, const std::string& value, size_t max, bool required,
          std::vector<FieldError>* errors) {
  if (required && value.empty()) {
    errors->push_back({std::move(field), "common.field.required", {}});
  } else if (value.size() > max) {
    errors->push_back({std::move(field), "common.field.too_long", {{"max", std::to_string(max)}}});
  }
}

void Choice(std::string field, bool ok, std::string_view choices, std::vector<FieldError>* errors) {
  if (!ok) {
    errors->push_back(
        {std::move(field), "common.field.invalid_choice", {{"choices", std::string(choices)}}});
  }
}

void ListSize(std::string_view field, size_t n, std::vector<FieldError>* errors) {
  if (n > kPositionListMax) {
    errors->push_back(
        {std::string(field), "org.position.too_many", {{"max", std::to_string(kPositionListMax)}}});
  }
}

// One error per list entry: the first unknown code.
void Permissions(std::string field, const std::vector<std::string>& codes, KnownPermissions known,
                 std::vector<FieldError>* errors) {
  for (const std::string& code : codes) {
    if (!std::binary_search(known.begin(), known.end(), std::string_view(code))) {
      errors->push_back({std::move(field), "org.position.permission_unknown", {{"code", code}}});
      return;
    }
  }
}

void CheckHeader(const PositionSpec& p, std::vector<FieldError>* errors) {
  Text("code", p.code, kPositionCodeMax, true, errors);
  Text("name", p.name, kPositionNameMax, true, errors);
  if (p.headcount < 0) errors->push_back({"headcount", "common.field.out_of_range", {}});
  Choice("data_scope", IsDataScope(p.data_scope), "own, department, all", errors);
  const std::pair<const char*, const std::string*> texts[] = {
      {"superior_note", &p.superior_note},
      {"summary", &p.summary},
      {"internal_coordination", &p.internal_coordination},
      {"external_coordination", &p.external_coordination},
      {"tools", &p.tools},
      {"work_environment", &p.work_environment},
      {"working_hours", &p.working_hours},
      {"records", &p.records},
      {"qualifications.education", &p.qualifications.education},
      {"qualifications.experience", &p.qualifications.experience},
      {"qualifications.abilities", &p.qualifications.abilities},
      {"qualifications.other", &p.qualifications.other},
      {"notes", &p.notes},
      {"source", &p.source}};
  for (const auto& [field, value] : texts) Text(field, *value, kPositionTextMax, false, errors);
  if (p.template_code) Text("template_code", *p.template_code, kPositionCodeMax, true, errors);
}

void CheckDuties(const PositionSpec& p, KnownPermissions known, std::vector<FieldError>* errors) {
  ListSize("duties", p.duties.size(), errors);
  for (size_t i = 0; i < p.duties.size() && i < kPositionListMax; ++i) {
    const Duty& d = p.duties[i];
    Choice(Indexed("duties", i, "category"), IsDutyCategory(d.category),
           "main, daily, coordination, other", errors);
    Text(Indexed("duties", i, "description"), d.description, kPositionTextMax, true, errors);
    Text(Indexed("duties", i, "standard"), d.standard, kPositionTextMax, false, errors);
    Permissions(Indexed("duties", i, "permissions"), d.permissions, known, errors);
  }
  ListSize("authorities", p.authorities.size(), errors);
  for (size_t i = 0; i < p.authorities.size() && i < kPositionListMax; ++i) {
    const Authority& a = p.authorities[i];
    Text(Indexed("authorities", i, "description"), a.description, kPositionTextMax, true, errors);
    Permissions(Indexed("authorities", i, "permissions"), a.permissions, known, errors);
  }
}

void CheckIndicators(const PositionSpec& p, std::vector<FieldError>* errors) {
  ListSize("indicators", p.indicators.size(), errors);
  int64_t sum = 0;
  bool weighted = false;
  bool weights_ok = true;
  for (size_t i = 0; i < p.indicators.size() && i < kPositionListMax; ++i) {
    const Indicator& k = p.indicators[i];
    Text(Indexed("indicators", i, "metric"), k.metric, kPositionTextMax, true, errors);
    if (k.metric_code && !IsMetric(*k.metric_code)) {
      errors->push_back({Indexed("indicators", i, "metric_code"),
                         "org.position.metric_unknown",
                         {{"code", *k.metric_code}}});
    }
    Text(Indexed("indicators", i, "target"), k.target, kPositionTextMax, false, errors);
    Text(Indexed("indicators", i, "assessor_note"), k.assessor_note, kPositionTextMax, false,
         errors);
    Choice(Indexed("indicators", i, "period"), IsPeriod(k.period), "monthly, quarterly, annual",
           errors);
    if (k.weight < 0 || k.weight > 100) {
      errors->push_back({Indexed("indicators", i, "weight"), "common.field.out_of_range", {}});
      weights_ok = false;
      continue;
    }
    sum += k.weight;
    weighted = weighted || k.weight > 0;
  }
  if (weights_ok && weighted && sum != 100) {
    errors->push_back({"indicators", "org.position.weights_sum", {{"sum", std::to_string(sum)}}});
  }
}

std::string Joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}

std::vector<std::string> DutyLines(const std::vector<Duty>& duties) {
  std::vector<std::string> out;
  for (const Duty& d : duties) {
    std::string line = d.category + ": " + d.description;
    if (!d.standard.empty()) line += " / " + d.standard;
    if (!d.permissions.empty()) line += " [" + Joined(d.permissions) + "]";
    out.push_back(std::move(line));
  }
  return out;
}

std::vector<std::string> AuthorityLines(const std::vector<Authority>& authorities) {
  std::vector<std::string> out;
  for (const Authority& a : authorities) {
    std::string line = a.description;
    if (!a.permissions.empty()) line += " [" + Joined(a.permissions) + "]";
    out.push_back(std::move(line));
  }
  return out;
}

std::vector<std::string> IndicatorLines(const std::vector<Indicator>& indicators) {
  std::vector<std::string> out;
  for (const Indicator& k : indicators) {
    std::string line = k.metric;
    if (k.metric_code) line += " (" + *k.metric_code + ")";
    if (!k.target.empty()) line += " / " + k.target;
    line += " / " + std::to_string(k.weight) + "% " + k.period;
    if (k.assessor_position_id) line += " / assessor #" + std::to_string(*k.assessor_position_id);
    if (!k.assessor_note.empty()) line += " / " + k.assessor_note;
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

bool IsDutyCategory(std::string_view s) { return OneOf(kCategories, s); }
bool IsPeriod(std::string_view s) { return OneOf(kPeriods, s); }
bool IsDataScope(std::string_view s) { return OneOf(kScopes, s); }

void ValidatePosition(const PositionSpec& p, KnownPermissions known,
                      std::vector<FieldError>* errors) {
  CheckHeader(p, errors);
  CheckDuties(p, known, errors);
  CheckIndicators(p, errors);
}

std::vector<std::string> GrantedPermissions(const PositionSpec& p) {
  std::vector<std::string> out;
  for (const Duty& d : p.duties) out.insert(out.end(), d.permissions.begin(), d.permissions.end());
  for (const Authority& a : p.authorities) {
    out.insert(out.end(), a.permissions.begin(), a.permissions.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

audit::Snapshot PositionSnapshot(const Position& p) {
  const PositionSpec& s = p.spec;
  return {{"code", s.code},
          {"name", s.name},
          {"department_id", s.department_id},
          {"headcount", s.headcount},
          {"superior_position_id", audit::OrNull(s.superior_position_id)},
          {"superior_note", s.superior_note},
          {"summary", s.summary},
          {"data_scope", s.data_scope},
          {"duties", DutyLines(s.duties)},
          {"authorities", AuthorityLines(s.authorities)},
          {"internal_coordination", s.internal_coordination},
          {"external_coordination", s.external_coordination},
          {"tools", s.tools},
          {"work_environment", s.work_environment},
          {"working_hours", s.working_hours},
          {"records", s.records},
          {"indicators", IndicatorLines(s.indicators)},
          {"education", s.qualifications.education},
          {"experience", s.qualifications.experience},
          {"abilities", s.qualifications.abilities},
          {"other_requirements", s.qualifications.other},
          {"notes", s.notes},
          {"source", s.source},
          {"template_code", audit::OrNull(s.template_code)},
          {"permissions", p.permissions}};
}

}  // namespace sd::org
