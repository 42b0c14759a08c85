#include "org/assignment_service.h"

#include "base/record.h"
#include "base/text.h"
#include "org/product_line_store.h"
#include "org/staff_store.h"

namespace sd::org {
namespace {

// The subject's price_audit assignments among active staff.
Result<std::vector<Assignment>> PriceAudits(db::Tx& tx, int64_t subject) {
  store::AssignmentFilter f;
  f.subject_staff_id = subject;
  f.kind = AssignmentKind::kPriceAudit;
  f.active_staff_only = true;
  return store::QueryAssignments(tx, f);
}

}  // namespace

Result<std::vector<Assignment>> ListAssignments(db::Tx& tx, const store::AssignmentFilter& f) {
  return store::QueryAssignments(tx, f);
}

Result<Assignment> CreateAssignment(db::Tx& tx, const audit::Context& ctx, const NewAssignment& a) {
  std::vector<FieldError> errors;
  CheckTextField("notes", a.notes, kAssignmentNotesMax, false, &errors);
  SD_TRY_ASSIGN(std::optional<OrgRef> staff, store::FindStaffRef(tx, a.staff_id));
  if (!staff) errors.push_back({"staff_id", "org.assignment.staff_unknown", {}});
  SD_TRY_ASSIGN(std::optional<OrgRef> subject, store::FindStaffRef(tx, a.subject_staff_id));
  if (!subject) errors.push_back({"subject_staff_id", "org.assignment.staff_unknown", {}});
  if (a.product_line_id) {
    SD_TRY_ASSIGN(auto line, store::LoadProductLine(tx, *a.product_line_id));
    if (!line) errors.push_back({"product_line_id", "org.assignment.product_line_unknown", {}});
  }
  SD_TRY(FieldsOk(std::move(errors)));
  if (a.staff_id == a.subject_staff_id) {
    return Fail(Code::kFailedPrecondition, "org.assignment.self");
  }
  Assignment row;
  row.kind = a.kind;
  row.staff_id = a.staff_id;
  row.subject_staff_id = a.subject_staff_id;
  row.product_line_id = a.product_line_id;
  row.notes = a.notes;
  SD_TRY_ASSIGN(int64_t id, store::InsertAssignment(tx, row, ctx.at_us));
  SD_TRY_ASSIGN(Assignment out, JustWritten(store::LoadAssignment(tx, id)));
  SD_TRY(audit::Record(tx, ctx, "assignment", id, "create", std::nullopt, AssignmentSnapshot(out)));
  return out;
}

Result<void> DeleteAssignment(db::Tx& tx, const audit::Context& ctx, int64_t id) {
  SD_TRY_ASSIGN(Assignment before, Found(store::LoadAssignment(tx, id)));
  SD_TRY_ASSIGN(bool deleted, store::DeleteAssignment(tx, id));
  if (!deleted) return Fail(Code::kNotFound, "common.not_found");
  return audit::Record(tx, ctx, "assignment", id, "delete", AssignmentSnapshot(before),
                       std::nullopt);
}

Result<bool> MayAuditPricing(db::Tx& tx, int64_t auditor, int64_t subject,
                             std::optional<int64_t> product_line) {
  SD_TRY_ASSIGN(std::vector<Assignment> audits, PriceAudits(tx, subject));
  return MayAuditPricing(audits, auditor, subject, product_line);
}

Result<std::vector<OrgRef>> PricingAuditors(db::Tx& tx, int64_t subject,
                                            std::optional<int64_t> product_line) {
  SD_TRY_ASSIGN(std::vector<Assignment> audits, PriceAudits(tx, subject));
  std::vector<OrgRef> out;
  for (int64_t id : PricingAuditors(audits, subject, product_line)) {
    SD_TRY_ASSIGN(std::optional<OrgRef> ref, store::FindStaffRef(tx, id));
    if (ref) out.push_back(std::move(*ref));
  }
  return out;
}

}  // namespace sd::org
