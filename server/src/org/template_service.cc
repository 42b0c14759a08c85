#include "org/template_service.h"

#include "org/department.h"
#include "org/position_service.h"
#include "org/position_store.h"
#include "org/template.h"

namespace sd::org {
namespace {

// The position made from template `template_code`, else one with the template's code.
std::optional<int64_t> Resolve(const std::vector<store::PositionKey>& keys,
                               std::span<const TemplatePosition> positions,
                               const std::string& template_code) {
  for (const store::PositionKey& k : keys) {
    if (k.template_code == template_code) return k.id;
  }
  for (const TemplatePosition& t : positions) {
    if (t.template_code != template_code) continue;
    for (const store::PositionKey& k : keys) {
      if (k.code == t.spec.code) return k.id;
    }
  }
  return std::nullopt;
}

bool Exists(const std::vector<store::PositionKey>& keys, const TemplatePosition& t) {
  for (const store::PositionKey& k : keys) {
    if (k.template_code == t.template_code || k.code == t.spec.code) return true;
  }
  return false;
}

Result<int64_t> DepartmentFor(db::Tx& tx, const TemplatePosition& t,
                              std::optional<int64_t> requested) {
  if (requested) return *requested;  // CreatePosition reports an unknown id as a field error
  SD_TRY_ASSIGN(std::vector<Department> all, ListDepartments(tx));
  for (const Department& d : all) {
    if (d.code == t.department_code) return d.id;
  }
  return InvalidField("department_id", "org.template.department_missing",
                      {{"code", t.department_code}});
}

Result<Position> Create(db::Tx& tx, const audit::Context& ctx, KnownPermissions known,
                        std::span<const TemplatePosition> all, size_t index,
                        const FromTemplate& request) {
  const TemplatePosition& t = all[index];
  PositionSpec spec = t.spec;
  if (request.code) spec.code = *request.code;
  SD_TRY_ASSIGN(spec.department_id, DepartmentFor(tx, t, request.department_id));
  SD_TRY_ASSIGN(std::vector<store::PositionKey> keys, store::PositionKeys(tx));
  if (t.superior) spec.superior_position_id = Resolve(keys, all, *t.superior);
  for (size_t i = 0; i < spec.indicators.size() && i < t.assessors.size(); ++i) {
    if (t.assessors[i])
      spec.indicators[i].assessor_position_id = Resolve(keys, all, *t.assessors[i]);
  }
  // Template order is the order people read the positions in (head first).
  return CreatePosition(tx, ctx, known, spec, static_cast<int64_t>(index) + 1);
}

}  // namespace

Result<std::vector<TemplateEntry>> ListTemplate(db::Tx& tx) {
  SD_TRY_ASSIGN(std::span<const TemplatePosition> all, DefaultTemplate());
  SD_TRY_ASSIGN(std::vector<store::PositionKey> keys, store::PositionKeys(tx));
  std::vector<TemplateEntry> out;
  out.reserve(all.size());
  for (const TemplatePosition& t : all) {
    out.push_back({t.template_code, t.spec.code, t.spec.name, t.department_code, t.spec.summary,
                   t.spec.source, Exists(keys, t)});
  }
  return out;
}

Result<Position> CreateFromTemplate(db::Tx& tx, const audit::Context& ctx, KnownPermissions known,
                                    const FromTemplate& request) {
  SD_TRY_ASSIGN(std::span<const TemplatePosition> all, DefaultTemplate());
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].template_code == request.template_code) {
      return Create(tx, ctx, known, all, i, request);
    }
  }
  return InvalidField("template_code", "org.template.unknown", {{"code", request.template_code}});
}

Result<std::vector<int64_t>> ApplyTemplate(db::Tx& tx, const audit::Context& ctx,
                                           KnownPermissions known,
                                           std::optional<int64_t> department_id) {
  SD_TRY_ASSIGN(std::span<const TemplatePosition> all, DefaultTemplate());
  std::vector<int64_t> created;
  for (size_t i = 0; i < all.size(); ++i) {
    SD_TRY_ASSIGN(std::vector<store::PositionKey> keys, store::PositionKeys(tx));
    if (Exists(keys, all[i])) continue;
    FromTemplate request{all[i].template_code, department_id, std::nullopt};
    SD_TRY_ASSIGN(Position p, Create(tx, ctx, known, all, i, request));
    created.push_back(p.id);
  }
  return created;
}

}  // namespace sd::org
