#pragma once
// Staff (员工): the people of the company, with their positions, the regions (片区) and product
// lines they cover. Types and pure rules only (no SQL, no clock); see staff_store.cc for the
// SQL and staff_service.h for the use cases.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"

namespace sd::org {

// A named row another record points at: a position, region or product line.
struct OrgRef {
  int64_t id = 0;
  std::string code;
  std::string name;
};

inline constexpr std::string_view kStaffActive = "active";
inline constexpr std::string_view kStaffLeft = "left";

// The editable fields of a staff member, as stored.
struct StaffFields {
  std::string code;  // 工号
  std::string name;
  int64_t department_id = 0;
  std::optional<int64_t> superior_staff_id;  // 直接上级, a staff member
  std::string phone;
  std::string email;
  std::string status{kStaffActive};      // "active" | "left"
  std::optional<std::string> joined_on;  // "YYYY-MM-DD"
  std::optional<std::string> left_on;
  std::string notes;
};

struct Staff {
  int64_t id = 0;
  StaffFields f;
  std::string department_name;
  std::string superior_name;          // empty without superior
  std::vector<OrgRef> positions;      // by code
  std::vector<OrgRef> regions;        // by code
  std::vector<OrgRef> product_lines;  // by code
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

inline constexpr size_t kStaffCodeMax = 32;
inline constexpr size_t kStaffNameMax = 64;
inline constexpr size_t kStaffContactMax = 128;  // phone, email
inline constexpr size_t kStaffNotesMax = 4000;
inline constexpr size_t kStaffListMax = 100;  // positions, regions, product lines per person

// Whether s is a calendar date written YYYY-MM-DD (base::ParseIsoDate) in the years 1900–2999.
bool IsIsoDate(std::string_view s);

// Field rules over the whole record as it would be stored: required code and name, lengths
// (code/name/contact in code points), status, dates, left_on not before joined_on. Appends one
// FieldError per broken rule, named as the API fields are.
void CheckStaffFields(const StaffFields& f, std::vector<FieldError>* errors);

// Sorted unique copy of ids (request lists may repeat an id).
std::vector<int64_t> UniqueIds(std::vector<int64_t> ids);

// Audit snapshot of the staff member without positions (those have their own record).
audit::Snapshot StaffSnapshot(const Staff& s);
// {"positions": ["XS-05 销售代表", …]} for the assign_positions record.
audit::Snapshot PositionsSnapshot(const std::vector<OrgRef>& positions);

}  // namespace sd::org
