#include "org/staff_service.h"

#include <algorithm>

#include "base/record.h"
#include "org/department.h"
#include "org/hierarchy.h"
#include "org/staff_store.h"

namespace sd::org {
namespace {

struct LinkField {
  store::StaffLink link;
  const char* field;    // API field name
  const char* unknown;  // message key of an unknown id
};

constexpr LinkField kLinkFields[] = {
    {store::StaffLink::kPositions, "position_ids", "org.staff.position_unknown"},
    {store::StaffLink::kRegions, "region_ids", "org.staff.region_unknown"},
    {store::StaffLink::kProductLines, "product_line_ids", "org.staff.product_line_unknown"},
};

// Field errors for ids (unique) naming no target row, or too many of them.
Result<void> CheckLinkTargets(db::Tx& tx, const LinkField& lf, const std::vector<int64_t>& ids,
                              std::vector<FieldError>* errors) {
  if (ids.size() > kStaffListMax) {
    errors->push_back({lf.field, "org.staff.too_many", {{"max", std::to_string(kStaffListMax)}}});
    return Ok();
  }
  SD_TRY_ASSIGN(std::vector<int64_t> missing, store::MissingLinkTargets(tx, lf.link, ids));
  for (int64_t id : missing) {
    errors->push_back({lf.field, lf.unknown, {{"id", std::to_string(id)}}});
  }
  return Ok();
}

// The references of the stored record: department and superior exist.
Result<void> CheckReferences(db::Tx& tx, const StaffFields& f, std::vector<FieldError>* errors) {
  SD_TRY_ASSIGN(bool department, DepartmentExists(tx, f.department_id));
  if (!department) errors->push_back({"department_id", "org.staff.department_unknown", {}});
  if (f.superior_staff_id) {
    SD_TRY_ASSIGN(std::optional<OrgRef> superior, store::FindStaffRef(tx, *f.superior_staff_id));
    if (!superior) errors->push_back({"superior_staff_id", "org.staff.superior_unknown", {}});
  }
  return Ok();
}

std::vector<int64_t> IdsOf(const std::vector<OrgRef>& refs) {
  std::vector<int64_t> ids;
  ids.reserve(refs.size());
  for (const OrgRef& r : refs) ids.push_back(r.id);
  return UniqueIds(std::move(ids));
}

// Applies the patch's plain fields onto f.
void Merge(const StaffPatch& p, StaffFields* f) {
  if (p.code) f->code = *p.code;
  if (p.name) f->name = *p.name;
  if (p.department_id) f->department_id = *p.department_id;
  if (p.superior_staff_id) f->superior_staff_id = *p.superior_staff_id;
  if (p.phone) f->phone = *p.phone;
  if (p.email) f->email = *p.email;
  if (p.status) f->status = *p.status;
  if (p.joined_on) f->joined_on = *p.joined_on;
  if (p.left_on) f->left_on = *p.left_on;
  if (p.notes) f->notes = *p.notes;
}

}  // namespace

Result<Staff> CreateStaff(db::Tx& tx, const audit::Context& ctx, const NewStaff& s) {
  StaffFields f = s.f;
  f.status = std::string(kStaffActive);
  f.left_on.reset();
  const std::vector<int64_t> link_ids[] = {UniqueIds(s.position_ids), UniqueIds(s.region_ids),
                                           UniqueIds(s.product_line_ids)};
  std::vector<FieldError> errors;
  CheckStaffFields(f, &errors);
  SD_TRY(CheckReferences(tx, f, &errors));
  for (size_t i = 0; i < std::size(kLinkFields); ++i) {
    SD_TRY(CheckLinkTargets(tx, kLinkFields[i], link_ids[i], &errors));
  }
  SD_TRY(FieldsOk(std::move(errors)));

  SD_TRY_ASSIGN(int64_t id, store::InsertStaff(tx, f, ctx.at_us));
  for (size_t i = 0; i < std::size(kLinkFields); ++i) {
    SD_TRY(store::ReplaceStaffLinks(tx, id, kLinkFields[i].link, link_ids[i]));
  }
  SD_TRY_ASSIGN(Staff out, JustWritten(store::LoadStaff(tx, id)));
  SD_TRY(audit::Record(tx, ctx, "staff", id, "create", std::nullopt, StaffSnapshot(out)));
  if (!out.positions.empty()) {
    SD_TRY(audit::Record(tx, ctx, "staff", id, "assign_positions", PositionsSnapshot({}),
                         PositionsSnapshot(out.positions)));
  }
  return out;
}

Result<Staff> UpdateStaff(db::Tx& tx, const audit::Context& ctx, int64_t id,
                          const StaffPatch& patch) {
  SD_TRY_ASSIGN(const Staff before, FoundAtVersion(store::LoadStaff(tx, id), patch.version));

  StaffFields f = before.f;
  Merge(patch, &f);
  const std::optional<std::vector<int64_t>> link_ids[] = {
      patch.position_ids ? std::optional(UniqueIds(*patch.position_ids)) : std::nullopt,
      patch.region_ids ? std::optional(UniqueIds(*patch.region_ids)) : std::nullopt,
      patch.product_line_ids ? std::optional(UniqueIds(*patch.product_line_ids)) : std::nullopt};
  std::vector<FieldError> errors;
  CheckStaffFields(f, &errors);
  SD_TRY(CheckReferences(tx, f, &errors));
  for (size_t i = 0; i < std::size(kLinkFields); ++i) {
    if (link_ids[i]) SD_TRY(CheckLinkTargets(tx, kLinkFields[i], *link_ids[i], &errors));
  }
  SD_TRY(FieldsOk(std::move(errors)));
  if (f.superior_staff_id && f.superior_staff_id != before.f.superior_staff_id) {
    SD_TRY_ASSIGN(SuperiorMap superior_of, store::StaffSuperiors(tx));
    if (SuperiorWouldCycle(superior_of, id, *f.superior_staff_id)) {
      return Fail(Code::kFailedPrecondition, "org.staff.cycle");
    }
  }

  SD_TRY_ASSIGN(bool updated, store::UpdateStaff(tx, id, patch.version, f, ctx.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  for (size_t i = 0; i < std::size(kLinkFields); ++i) {
    if (link_ids[i]) SD_TRY(store::ReplaceStaffLinks(tx, id, kLinkFields[i].link, *link_ids[i]));
  }
  SD_TRY_ASSIGN(Staff after, JustWritten(store::LoadStaff(tx, id)));
  const bool positions_changed = IdsOf(before.positions) != IdsOf(after.positions);
  const audit::Snapshot snap_before = StaffSnapshot(before);
  const audit::Snapshot snap_after = StaffSnapshot(after);
  // Every write leaves a record: an update when fields changed or when nothing else did.
  if (snap_before != snap_after || !positions_changed) {
    SD_TRY(audit::Record(tx, ctx, "staff", id, "update", snap_before, snap_after));
  }
  if (positions_changed) {
    SD_TRY(audit::Record(tx, ctx, "staff", id, "assign_positions",
                         PositionsSnapshot(before.positions), PositionsSnapshot(after.positions)));
  }
  return after;
}

Result<Staff> GetStaff(db::Tx& tx, int64_t id) { return Found(store::LoadStaff(tx, id)); }

Result<Page<Staff>> ListStaff(db::Tx& tx, const StaffQuery& query) {
  if (query.status && *query.status != kStaffActive && *query.status != kStaffLeft) {
    return InvalidField("status", "common.field.invalid_choice", {{"choices", "active, left"}});
  }
  store::StaffFilter filter;
  filter.q = query.q;
  filter.position_id = query.position_id;
  filter.region_id = query.region_id;
  filter.status = query.status;
  filter.permission = query.permission;
  filter.page = query.page;
  if (query.department_id) {
    SD_TRY_ASSIGN(filter.department_ids, DepartmentSubtree(tx, *query.department_id));
  }
  return store::QueryStaff(tx, filter);
}

Result<std::optional<OrgRef>> FindStaff(db::Tx& tx, int64_t id) {
  return store::FindStaffRef(tx, id);
}

Result<std::vector<int64_t>> StaffInDepartments(db::Tx& tx,
                                                const std::vector<int64_t>& department_ids) {
  return store::StaffInDepartments(tx, department_ids);
}

Result<bool> StaffActive(db::Tx& tx, int64_t staff_id) { return store::StaffActive(tx, staff_id); }

}  // namespace sd::org
