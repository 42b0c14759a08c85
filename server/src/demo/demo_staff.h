#pragma once
// The people of the demo company (invented names), laid out as seed 000's 销售部 is: a head, two
// deputies each leading three regional reps, two back-office clerks under their supervisor who
// each serve three reps and some product lines, an online and a foreign-trade seat, finance and
// quality; plus its product lines and the division of work (分工) between the clerks.

#include <span>

namespace sd::demo {

struct StaffSeed {
  const char* code;  // 工号
  const char* name;
  const char* department;  // department code
  const char* superior;    // staff code, or ""
  const char* position;    // template code of the position held
  const char* login;       // login account, or "" for none
  const char* phone;
  const char* joined_on;
  const char* product_lines;  // space-separated product line codes
};

struct ProductLineSeed {
  const char* code;
  const char* name;
  const char* notes;
};

struct AssignmentSeed {
  const char* kind;          // support | price_audit | order_check | supervise
  const char* staff;         // who does it
  const char* subject;       // for whom
  const char* product_line;  // code, or ""
  const char* notes;
};

// Superiors before the staff who report to them.
std::span<const StaffSeed> DemoStaff();
std::span<const ProductLineSeed> DemoProductLines();
std::span<const AssignmentSeed> DemoAssignments();

}  // namespace sd::demo
