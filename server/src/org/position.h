#pragma once
// Positions (岗位): every field of the job-description template (岗位说明书) and the pure rules
// over them: field validation, indicator weights, the permissions a position grants, and the
// superior-chain cycle check. No SQL (position_store.cc), no JSON (http/org/), no clock.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"

namespace sd::org {

// The permission codes that exist, sorted (auth::AllPermissions()). auth ranks above org, so
// the caller hands them in; org only checks membership.
using KnownPermissions = std::span<const std::string_view>;

inline constexpr size_t kPositionListMax = 100;   // duties, authorities, indicators each
inline constexpr size_t kPositionTextMax = 4000;  // bytes, every free-text field
inline constexpr size_t kPositionCodeMax = 64;
inline constexpr size_t kPositionNameMax = 128;

// 职责 with its 工作标准. category: main | daily | coordination | other.
struct Duty {
  std::string category = "main";
  std::string description;
  std::string standard;
  std::vector<std::string> permissions;  // codes the duty needs in the system
};

// 权限 as the document words it, and the permission codes it grants.
struct Authority {
  std::string description;
  std::vector<std::string> permissions;
};

// 考核指标. period: monthly | quarterly | annual. The assessor is a position in the system or
// only named in assessor_note (e.g. 总经理).
struct Indicator {
  std::string metric;
  std::optional<std::string> metric_code;  // one of org/metrics.h
  std::string target;
  int64_t weight = 0;  // percent, 0–100
  std::string period = "monthly";
  std::optional<int64_t> assessor_position_id;
  std::string assessor_position_name;  // filled on load; ignored on save
  std::string assessor_note;
};

// 任职资格.
struct Qualifications {
  std::string education;
  std::string experience;
  std::string abilities;
  std::string other;
};

// Every editable field of a position: what POST and PUT carry, and what the template yields.
struct PositionSpec {
  std::string code;  // 岗位编号
  std::string name;
  int64_t department_id = 0;
  int64_t headcount = 1;  // 岗位定员
  std::optional<int64_t> superior_position_id;
  std::string superior_note;       // a superior outside the system, e.g. 总经理
  std::string summary;             // 职责概括
  std::string data_scope = "own";  // own | department | all
  std::vector<Duty> duties;
  std::vector<Authority> authorities;
  std::string internal_coordination;
  std::string external_coordination;
  std::string tools;
  std::string work_environment;
  std::string working_hours;  // 工作时间特征
  std::string records;        // 所需记录文档
  std::vector<Indicator> indicators;
  Qualifications qualifications;
  std::string notes;
  std::string source;  // 依据: which document the description comes from
  std::optional<std::string> template_code;
};

// A staff member holding the position (active staff only).
struct Holder {
  int64_t staff_id = 0;
  std::string name;
  std::string code;
};

struct Position {
  int64_t id = 0;
  PositionSpec spec;
  std::string department_name;
  std::string superior_position_name;    // empty without a superior
  std::vector<std::string> permissions;  // granted: GrantedPermissions(spec), as stored
  std::vector<Holder> holders;
  int64_t sort_order = 0;
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

// One row of the position list.
struct PositionSummary {
  int64_t id = 0;
  std::string code;
  std::string name;
  int64_t department_id = 0;
  std::string department_name;
  int64_t headcount = 0;
  int64_t holder_count = 0;
  std::optional<int64_t> superior_position_id;
  std::string superior_position_name;
  std::string data_scope;
  std::optional<std::string> template_code;
  int64_t version = 1;
};

bool IsDutyCategory(std::string_view s);  // main, daily, coordination, other
bool IsPeriod(std::string_view s);        // monthly, quarterly, annual
bool IsDataScope(std::string_view s);     // own, department, all

// Field rules that need no database: required code and name, lengths, headcount ≥ 0, the
// choices, list sizes (≤ kPositionListMax, key "org.position.too_many"), permission codes
// (field "duties[2].permissions", key "org.position.permission_unknown"), metric codes, weights
// 0–100 and, when any weight is > 0, a sum of 100 (field "indicators", key
// "org.position.weights_sum"). Appends to *errors; department, superior and assessor ids are
// checked by the service against the database.
void ValidatePosition(const PositionSpec& p, KnownPermissions known,
                      std::vector<FieldError>* errors);

// The union of the duties' and authorities' permission codes, sorted and unique: what holding
// the position grants.
std::vector<std::string> GrantedPermissions(const PositionSpec& p);

// Audit snapshot; the child lists in a compact text form, one string per row.
audit::Snapshot PositionSnapshot(const Position& p);

}  // namespace sd::org
