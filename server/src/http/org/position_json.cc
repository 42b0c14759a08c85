#include "http/org/position_json.h"

#include <nlohmann/json.hpp>

#include "http/reply.h"

namespace sd::http {
namespace {

using nlohmann::json;

constexpr FieldOpt kText{.max_len = org::kPositionTextMax};
constexpr FieldOpt kCode{.max_len = 64};

std::string Text(JsonIn& in, std::string_view key) { return in.String(key, kText).value_or(""); }

void ReadDuties(JsonIn& in, org::PositionSpec* p) {
  for (JsonIn& d : in.ObjectList("duties").value_or(std::vector<JsonIn>{})) {
    org::Duty duty;
    duty.category = d.String("category", {.max_len = 16}).value_or("main");
    duty.description =
        d.String("description", {.required = true, .max_len = org::kPositionTextMax}).value_or("");
    duty.standard = Text(d, "standard");
    duty.permissions = d.StringList("permissions", kCode).value_or(std::vector<std::string>{});
    p->duties.push_back(std::move(duty));
  }
  for (JsonIn& a : in.ObjectList("authorities").value_or(std::vector<JsonIn>{})) {
    org::Authority authority;
    authority.description =
        a.String("description", {.required = true, .max_len = org::kPositionTextMax}).value_or("");
    authority.permissions = a.StringList("permissions", kCode).value_or(std::vector<std::string>{});
    p->authorities.push_back(std::move(authority));
  }
}

void ReadIndicators(JsonIn& in, org::PositionSpec* p) {
  for (JsonIn& k : in.ObjectList("indicators").value_or(std::vector<JsonIn>{})) {
    org::Indicator i;
    i.metric =
        k.String("metric", {.required = true, .max_len = org::kPositionTextMax}).value_or("");
    i.metric_code = k.String("metric_code", kCode);
    i.target = Text(k, "target");
    i.weight = k.Int("weight").value_or(0);
    i.period = k.String("period", {.max_len = 16}).value_or("monthly");
    i.assessor_position_id = k.Int("assessor_position_id");
    i.assessor_note = Text(k, "assessor_note");
    p->indicators.push_back(std::move(i));
  }
}

json DutiesJson(const std::vector<org::Duty>& duties) {
  json out = json::array();
  for (const org::Duty& d : duties) {
    out.push_back({{"category", d.category},
                   {"description", d.description},
                   {"standard", d.standard},
                   {"permissions", d.permissions}});
  }
  return out;
}

json AuthoritiesJson(const std::vector<org::Authority>& authorities) {
  json out = json::array();
  for (const org::Authority& a : authorities) {
    out.push_back({{"description", a.description}, {"permissions", a.permissions}});
  }
  return out;
}

json IndicatorsJson(const std::vector<org::Indicator>& indicators) {
  json out = json::array();
  for (const org::Indicator& k : indicators) {
    out.push_back({{"metric", k.metric},
                   {"metric_code", OrNull(k.metric_code)},
                   {"target", k.target},
                   {"weight", k.weight},
                   {"period", k.period},
                   {"assessor_position_id", OrNull(k.assessor_position_id)},
                   {"assessor_position_name", k.assessor_position_name},
                   {"assessor_note", k.assessor_note}});
  }
  return out;
}

// The editable fields, shared by the Position schema (response) and the request bodies.
constexpr std::string_view kSpecProperties = R"(
    "code": {"type": "string", "maxLength": 64}, "name": {"type": "string", "maxLength": 128},
    "department_id": {"type": "integer"}, "headcount": {"type": "integer", "minimum": 0},
    "superior_position_id": {"type": "integer", "nullable": true},
    "superior_note": {"type": "string"}, "summary": {"type": "string"},
    "data_scope": {"type": "string", "enum": ["own", "department", "all"]},
    "duties": {"type": "array", "maxItems": 100, "items": {"type": "object", "properties": {
      "category": {"type": "string", "enum": ["main", "daily", "coordination", "other"]},
      "description": {"type": "string"}, "standard": {"type": "string"},
      "permissions": {"type": "array", "items": {"type": "string"}}}}},
    "authorities": {"type": "array", "maxItems": 100, "items": {"type": "object", "properties": {
      "description": {"type": "string"},
      "permissions": {"type": "array", "items": {"type": "string"}}}}},
    "internal_coordination": {"type": "string"}, "external_coordination": {"type": "string"},
    "tools": {"type": "string"}, "work_environment": {"type": "string"},
    "working_hours": {"type": "string"}, "records": {"type": "string"},
    "indicators": {"type": "array", "maxItems": 100, "items": {"type": "object", "properties": {
      "metric": {"type": "string"}, "metric_code": {"type": "string", "nullable": true},
      "target": {"type": "string"},
      "weight": {"type": "integer", "minimum": 0, "maximum": 100,
        "description": "percent; when any is > 0 they add up to 100"},
      "period": {"type": "string", "enum": ["monthly", "quarterly", "annual"]},
      "assessor_position_id": {"type": "integer", "nullable": true},
      "assessor_note": {"type": "string"}}}},
    "qualifications": {"type": "object", "properties": {"education": {"type": "string"},
      "experience": {"type": "string"}, "abilities": {"type": "string"},
      "other": {"type": "string"}}},
    "notes": {"type": "string"}, "source": {"type": "string"},
    "template_code": {"type": "string", "nullable": true})";

}  // namespace

json PositionJson(const org::Position& p) {
  const org::PositionSpec& s = p.spec;
  json holders = json::array();
  for (const org::Holder& h : p.holders) {
    holders.push_back({{"staff_id", h.staff_id}, {"name", h.name}, {"code", h.code}});
  }
  return {{"id", p.id},
          {"code", s.code},
          {"name", s.name},
          {"department_id", s.department_id},
          {"department_name", p.department_name},
          {"headcount", s.headcount},
          {"superior_position_id", OrNull(s.superior_position_id)},
          {"superior_position_name", p.superior_position_name},
          {"superior_note", s.superior_note},
          {"summary", s.summary},
          {"data_scope", s.data_scope},
          {"duties", DutiesJson(s.duties)},
          {"authorities", AuthoritiesJson(s.authorities)},
          {"internal_coordination", s.internal_coordination},
          {"external_coordination", s.external_coordination},
          {"tools", s.tools},
          {"work_environment", s.work_environment},
          {"working_hours", s.working_hours},
          {"records", s.records},
          {"indicators", IndicatorsJson(s.indicators)},
          {"qualifications",
           {{"education", s.qualifications.education},
            {"experience", s.qualifications.experience},
            {"abilities", s.qualifications.abilities},
            {"other", s.qualifications.other}}},
          {"notes", s.notes},
          {"source", s.source},
          {"template_code", OrNull(s.template_code)},
          {"permissions", p.permissions},
          {"holders", holders},
          {"version", p.version},
          {"created_at", FormatTimestamp(p.created_at_us)},
          {"updated_at", FormatTimestamp(p.updated_at_us)}};
}

json PositionSummaryJson(const org::PositionSummary& p) {
  return {{"id", p.id},
          {"code", p.code},
          {"name", p.name},
          {"department_id", p.department_id},
          {"department_name", p.department_name},
          {"headcount", p.headcount},
          {"holder_count", p.holder_count},
          {"superior_position_id", OrNull(p.superior_position_id)},
          {"superior_position_name", p.superior_position_name},
          {"data_scope", p.data_scope},
          {"template_code", OrNull(p.template_code)},
          {"version", p.version}};
}

org::PositionSpec ReadPositionSpec(JsonIn& in) {
  org::PositionSpec p;
  p.code = in.String("code", {.required = true, .max_len = org::kPositionCodeMax}).value_or("");
  p.name = in.String("name", {.required = true, .max_len = org::kPositionNameMax}).value_or("");
  p.department_id = in.Int("department_id", {.required = true}).value_or(0);
  p.headcount = in.Int("headcount").value_or(1);
  p.superior_position_id = in.Int("superior_position_id");
  p.superior_note = Text(in, "superior_note");
  p.summary = Text(in, "summary");
  p.data_scope = in.String("data_scope", {.max_len = 16}).value_or("own");
  ReadDuties(in, &p);
  p.internal_coordination = Text(in, "internal_coordination");
  p.external_coordination = Text(in, "external_coordination");
  p.tools = Text(in, "tools");
  p.work_environment = Text(in, "work_environment");
  p.working_hours = Text(in, "working_hours");
  p.records = Text(in, "records");
  ReadIndicators(in, &p);
  if (std::optional<JsonIn> q = in.Object("qualifications")) {
    p.qualifications = {Text(*q, "education"), Text(*q, "experience"), Text(*q, "abilities"),
                        Text(*q, "other")};
  }
  p.notes = Text(in, "notes");
  p.source = Text(in, "source");
  p.template_code = in.String("template_code", kCode);
  return p;
}

void AddPositionSchemas(Router& r) {
  const std::string spec(kSpecProperties);
  r.AddSchema("PositionSpec", R"({"type": "object", "additionalProperties": false,
    "required": ["code", "name", "department_id"], "properties": {)" +
                                  spec + "}}");
  r.AddSchema("PositionSave", R"({"type": "object", "additionalProperties": false,
    "required": ["version", "code", "name", "department_id"], "properties": {
    "version": {"type": "integer"},)" +
                                  spec + "}}");
  r.AddSchema("Position", R"({"type": "object", "properties": {"id": {"type": "integer"},
    "department_name": {"type": "string"}, "superior_position_name": {"type": "string"},
    "permissions": {"type": "array", "items": {"type": "string"},
      "description": "granted: the union of the duties' and authorities' permissions"},
    "holders": {"type": "array", "items": {"type": "object", "properties": {
      "staff_id": {"type": "integer"}, "name": {"type": "string"}, "code": {"type": "string"}}}},
    "version": {"type": "integer"}, "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"},)" +
                              spec + "}}");
  r.AddSchema("PositionPage", R"({"type": "object", "properties": {
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"},
    "items": {"type": "array", "items": {"type": "object", "properties": {
      "id": {"type": "integer"}, "code": {"type": "string"}, "name": {"type": "string"},
      "department_id": {"type": "integer"}, "department_name": {"type": "string"},
      "headcount": {"type": "integer"}, "holder_count": {"type": "integer"},
      "superior_position_id": {"type": "integer", "nullable": true},
      "superior_position_name": {"type": "string"},
      "data_scope": {"type": "string", "enum": ["own", "department", "all"]},
      "template_code": {"type": "string", "nullable": true},
      "version": {"type": "integer"}}}}}})");
}

}  // namespace sd::http
