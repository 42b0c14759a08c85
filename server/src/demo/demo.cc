#include "demo/demo.h"

#include <map>
#include <sstream>

#include "auth/permissions.h"
#include "auth/user_service.h"
#include "auth/user_store.h"
#include "demo/demo_customers.h"
#include "demo/demo_prices.h"
#include "demo/demo_products.h"
#include "demo/demo_quotations.h"
#include "demo/demo_regions.h"
#include "demo/demo_staff.h"
#include "org/assignment_service.h"
#include "org/department.h"
#include "org/position_service.h"
#include "org/product_line_service.h"
#include "org/region_service.h"
#include "org/staff_service.h"
#include "org/template.h"
#include "org/template_service.h"

namespace sd::demo {
namespace {

struct DeptSeed {
  const char* code;
  const char* parent;  // code, or "" for the root
  const char* name;
};

// 公司 → 销售部 (two regional groups led by the deputy heads) / 市场部 / 财务部 / 质量部 / 生产部 /
// 企管部.
constexpr DeptSeed kDepartments[] = {
    {"HQ", "", "华路新材料股份有限公司"},
    {"SALES", "HQ", "销售部"},
    {"SALES-N", "SALES", "销售一区（华北）"},
    {"SALES-S", "SALES", "销售二区（华南）"},
    {"MKT", "HQ", "市场部"},
    {"FIN", "HQ", "财务部"},
    {"QA", "HQ", "质量部"},
    {"PROD", "HQ", "生产部"},
    {"ADMIN", "HQ", "企管部"},
};

// The name of a template position, for DemoUsers (the template is the one source of names).
std::string TitleOf(std::string_view template_code) {
  auto positions = org::DefaultTemplate();
  SD_ASSERT(positions.has_value(), "the embedded template parses (org_position_test checks it)");
  for (const org::TemplatePosition& p : *positions) {
    if (p.template_code == template_code) return p.spec.name;
  }
  return "";
}

std::vector<std::string> Words(const char* text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

using Ids = std::map<std::string, int64_t, std::less<>>;

Result<Ids> LoadDepartments(db::Tx& tx, const audit::Context& ctx) {
  Ids ids;
  int64_t order = 0;
  for (const DeptSeed& d : kDepartments) {
    org::NewDepartment nd;
    if (*d.parent) nd.parent_id = ids.at(d.parent);
    nd.code = d.code;
    nd.name = d.name;
    nd.sort_order = ++order;
    SD_TRY_ASSIGN(org::Department created, org::CreateDepartment(tx, ctx, nd));
    ids[d.code] = created.id;
  }
  return ids;
}

// The default template's positions, keyed by template code.
Result<Ids> LoadPositions(db::Tx& tx, const audit::Context& ctx) {
  SD_TRY(org::ApplyTemplate(tx, ctx, auth::AllPermissions(), std::nullopt));
  org::PositionListFilter all;
  all.page.size = static_cast<int>(kMaxPageSize);
  SD_TRY_ASSIGN(Page<org::PositionSummary> page, org::ListPositions(tx, all));
  Ids ids;
  for (const org::PositionSummary& p : page.items) {
    if (p.template_code) ids[*p.template_code] = p.id;
  }
  return ids;
}

Result<Ids> LoadProductLines(db::Tx& tx, const audit::Context& ctx) {
  Ids ids;
  int64_t order = 0;
  for (const ProductLineSeed& p : DemoProductLines()) {
    SD_TRY_ASSIGN(org::ProductLine created,
                  org::CreateProductLine(tx, ctx, {p.code, p.name, p.notes, ++order}));
    ids[p.code] = created.id;
  }
  return ids;
}

struct OrgIds {
  Ids departments, positions, product_lines, staff;
};

Result<void> LoadStaff(db::Tx& tx, const audit::Context& ctx, OrgIds* ids) {
  for (const StaffSeed& s : DemoStaff()) {
    org::NewStaff ns;
    ns.f.code = s.code;
    ns.f.name = s.name;
    ns.f.department_id = ids->departments.at(s.department);
    if (*s.superior) ns.f.superior_staff_id = ids->staff.at(s.superior);
    ns.f.phone = s.phone;
    ns.f.joined_on = s.joined_on;
    ns.position_ids = {ids->positions.at(s.position)};
    for (const std::string& line : Words(s.product_lines)) {
      ns.product_line_ids.push_back(ids->product_lines.at(line));
    }
    SD_TRY_ASSIGN(org::Staff created, org::CreateStaff(tx, ctx, ns));
    ids->staff[s.code] = created.id;
  }
  return Ok();
}

// Regions with their owners; each owner also covers the regions they own.
Result<void> LoadRegions(db::Tx& tx, const audit::Context& ctx, const Ids& staff) {
  Ids regions;
  std::map<std::string, std::vector<int64_t>, std::less<>> covered;
  int64_t order = 0;
  for (const RegionSeed& r : DemoRegions()) {
    org::RegionFields f;
    if (*r.parent) f.parent_id = regions.at(r.parent);
    f.code = r.code;
    f.name = r.name;
    SD_ASSERT(org::ParseRegionLevel(r.level, &f.level), "demo region levels are valid");
    if (*r.owner) f.owner_staff_id = staff.at(r.owner);
    f.sort_order = ++order;
    SD_TRY_ASSIGN(org::Region created, org::CreateRegion(tx, ctx, f));
    regions[r.code] = created.id;
    if (*r.owner) covered[r.owner].push_back(created.id);
  }
  for (const auto& [code, region_ids] : covered) {
    SD_TRY_ASSIGN(org::Staff s, org::GetStaff(tx, staff.at(code)));
    org::StaffPatch patch;
    patch.version = s.version;
    patch.region_ids = region_ids;
    SD_TRY(org::UpdateStaff(tx, ctx, s.id, patch));
  }
  return Ok();
}

Result<void> LoadAssignments(db::Tx& tx, const audit::Context& ctx, const OrgIds& ids) {
  for (const AssignmentSeed& a : DemoAssignments()) {
    org::NewAssignment na;
    SD_ASSERT(org::ParseAssignmentKind(a.kind, &na.kind), "demo assignment kinds are valid");
    na.staff_id = ids.staff.at(a.staff);
    na.subject_staff_id = ids.staff.at(a.subject);
    if (*a.product_line) na.product_line_id = ids.product_lines.at(a.product_line);
    na.notes = a.notes;
    SD_TRY(org::CreateAssignment(tx, ctx, na));
  }
  return Ok();
}

}  // namespace

const std::vector<DemoUser>& DemoUsers() {
  static const std::vector<DemoUser> out = [] {
    std::vector<DemoUser> v{{"admin", "系统管理员", "系统管理员"}};
    for (const StaffSeed& s : DemoStaff()) {
      if (*s.login) v.push_back({s.login, s.name, TitleOf(s.position)});
    }
    return v;
  }();
  return out;
}

Result<void> Load(db::Database& db, const Clock& clock) {
  auth::Actor system = auth::SystemActor(clock.NowMicros());
  // Hash once, before the write transaction (Argon2 is slow): every demo account shares the
  // demo password, so one hash serves them all.
  auth::NewUser first{"admin",      "系统管理员",  {"admin"},
                      std::nullopt, Locale::kZhCN, std::string(kDemoPassword)};
  SD_TRY_ASSIGN(auth::PreparedUser admin, auth::PrepareNewUser(system, std::move(first)));
  return db.Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(int64_t users, auth::store::CountUsers(tx));
    if (users > 0) return Fail(Code::kFailedPrecondition, "demo.not_empty");
    OrgIds ids;
    SD_TRY_ASSIGN(ids.departments, LoadDepartments(tx, system.audit));
    SD_TRY_ASSIGN(ids.positions, LoadPositions(tx, system.audit));
    SD_TRY_ASSIGN(ids.product_lines, LoadProductLines(tx, system.audit));
    SD_TRY(LoadStaff(tx, system.audit, &ids));
    SD_TRY(LoadRegions(tx, system.audit, ids.staff));
    SD_TRY(LoadAssignments(tx, system.audit, ids));
    SD_TRY(LoadProducts(tx, system));
    SD_TRY(LoadCustomers(tx, system.audit));

    std::vector<std::string> all;
    for (std::string_view p : auth::AllPermissions()) all.emplace_back(p);
    SD_TRY(auth::CreateRole(tx, system, {"admin", "系统管理员", auth::DataScope::kAll, all}));
    // System roles sit beside positions for accounts outside the sales hierarchy, such as the
    // internal auditor's read-only view of accounts, the organization and the audit log.
    SD_TRY(auth::CreateRole(tx, system,
                            {"auditor",
                             "内控审计",
                             auth::DataScope::kAll,
                             {"audit.read", "customer.read", "org.read", "user.read"}}));
    admin.user.department_id = ids.departments.at("HQ");
    SD_TRY(auth::CreateUser(tx, system, admin));
    for (const StaffSeed& s : DemoStaff()) {
      if (!*s.login) continue;
      auth::PreparedUser account = admin;
      account.user.login = s.login;
      account.user.display_name = s.name;
      account.user.roles.clear();
      account.user.department_id = std::nullopt;  // the staff member's department applies
      SD_TRY(auth::CreateUser(tx, system, account, ids.staff.at(s.code)));
    }
    SD_TRY(LoadCreditRatings(tx, system.audit));
    SD_TRY(LoadPrices(tx, system));
    return LoadQuotations(tx, system.audit);
  });
}

}  // namespace sd::demo
