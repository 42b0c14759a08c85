#include "org/assignment.h"

#include <algorithm>

namespace sd::org {
namespace {

bool Covers(const Assignment& a, int64_t auditor, int64_t subject,
            std::optional<int64_t> product_line) {
  return a.kind == AssignmentKind::kPriceAudit && a.staff_id == auditor &&
         a.subject_staff_id == subject && auditor != subject &&
         (!a.product_line_id || a.product_line_id == product_line);
}

}  // namespace

const char* AssignmentKindName(AssignmentKind kind) {
  switch (kind) {
    case AssignmentKind::kSupport:
      return "support";
    case AssignmentKind::kPriceAudit:
      return "price_audit";
    case AssignmentKind::kOrderCheck:
      return "order_check";
    case AssignmentKind::kSupervise:
      return "supervise";
  }
  return "support";
}

bool ParseAssignmentKind(std::string_view s, AssignmentKind* out) {
  for (AssignmentKind k : {AssignmentKind::kSupport, AssignmentKind::kPriceAudit,
                           AssignmentKind::kOrderCheck, AssignmentKind::kSupervise}) {
    if (s == AssignmentKindName(k)) {
      *out = k;
      return true;
    }
  }
  return false;
}

bool MayAuditPricing(const std::vector<Assignment>& assignments, int64_t auditor, int64_t subject,
                     std::optional<int64_t> product_line) {
  return std::any_of(assignments.begin(), assignments.end(), [&](const Assignment& a) {
    return Covers(a, auditor, subject, product_line);
  });
}

std::vector<int64_t> PricingAuditors(const std::vector<Assignment>& assignments, int64_t subject,
                                     std::optional<int64_t> product_line) {
  std::vector<int64_t> out;
  for (const Assignment& a : assignments) {
    if (Covers(a, a.staff_id, subject, product_line)) out.push_back(a.staff_id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

audit::Snapshot AssignmentSnapshot(const Assignment& a) {
  return {{"kind", std::string(AssignmentKindName(a.kind))},
          {"staff_id", a.staff_id},
          {"subject_staff_id", a.subject_staff_id},
          {"product_line_id", audit::OrNull(a.product_line_id)},
          {"notes", a.notes}};
}

}  // namespace sd::org
