#pragma once
// The division of work (分工): staff X does `kind` for staff Y, optionally for one product line.
// support: back office serves a rep; price_audit: X audits Y's pricing (maker-checker);
// order_check: X checks Y's order entry; supervise: X oversees Y's daily business. Never
// oneself. Types and pure rules here; SQL in assignment_store.cc; use cases in
// assignment_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"

namespace sd::org {

enum class AssignmentKind : uint8_t { kSupport, kPriceAudit, kOrderCheck, kSupervise };

const char* AssignmentKindName(AssignmentKind kind);  // "support", "price_audit", …
bool ParseAssignmentKind(std::string_view s, AssignmentKind* out);

struct Assignment {
  int64_t id = 0;
  AssignmentKind kind = AssignmentKind::kSupport;
  int64_t staff_id = 0;  // who does the work
  std::string staff_name;
  int64_t subject_staff_id = 0;  // for whom
  std::string subject_name;
  std::optional<int64_t> product_line_id;  // nullopt: every product line
  std::string product_line_name;
  std::string notes;
  int64_t created_at_us = 0;
};

inline constexpr size_t kAssignmentNotesMax = 1000;

// Maker-checker: whether auditor may audit subject's pricing (for product_line, or, when
// nullopt, in general). True only if auditor ≠ subject and a price_audit assignment of
// auditor for subject covers it: one without product line covers every line; one for a line
// covers that line only. A row naming the subject as their own auditor never counts. Pure.
bool MayAuditPricing(const std::vector<Assignment>& assignments, int64_t auditor, int64_t subject,
                     std::optional<int64_t> product_line);

// The staff ids that MayAuditPricing allows for subject's pricing, sorted, unique. Pure.
std::vector<int64_t> PricingAuditors(const std::vector<Assignment>& assignments, int64_t subject,
                                     std::optional<int64_t> product_line);

audit::Snapshot AssignmentSnapshot(const Assignment& a);

}  // namespace sd::org
