#include "demo/demo.h"

#include <map>

#include "auth/permissions.h"
#include "auth/user_service.h"
#include "auth/user_store.h"
#include "org/department.h"

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

struct RoleSeed {
  const char* code;
  const char* name;
  auth::DataScope scope;
  std::vector<std::string> permissions;
};

std::vector<RoleSeed> Roles() {
  using auth::DataScope;
  std::vector<std::string> all;
  for (std::string_view p : auth::AllPermissions()) all.emplace_back(p);
  return {
      {"admin", "系统管理员", DataScope::kAll, all},
      {"sales_head",
       "销售部长",
       DataScope::kDepartment,
       {"audit.read", "commission.set_rate", "contract.review", "customer.credit_propose",
        "customer.export", "customer.read", "kpi.assess", "order.hold", "org.read",
        "price.below_floor", "price.set", "user.read"}},
      {"sales_deputy",
       "销售副部长",
       DataScope::kDepartment,
       {"contract.review", "customer.credit_propose", "customer.read", "kpi.assess", "order.hold",
        "org.read", "price.set"}},
      {"sales_rep",
       "销售代表",
       DataScope::kOwn,
       {"customer.credit_propose", "customer.read", "order.request_date_change", "org.read",
        "price.propose"}},
      {"sales_office",
       "销售内勤",
       DataScope::kDepartment,
       {"contract.review", "customer.read", "org.read", "price.propose"}},
      {"finance", "财务", DataScope::kAll, {"customer.read", "org.read"}},
  };
}

struct UserSeed {
  DemoUser user;
  const char* department;
};

const std::vector<UserSeed>& Users() {
  static const std::vector<UserSeed> users = {
      {{"admin", "系统管理员", "admin"}, "HQ"},
      {{"head.li", "李志远", "sales_head"}, "SALES"},
      {{"deputy.wang", "王建国", "sales_deputy"}, "SALES-N"},
      {{"rep.zhang", "张明", "sales_rep"}, "SALES-N"},
      {{"rep.chen", "陈磊", "sales_rep"}, "SALES-S"},
      {{"office.liu", "刘芳", "sales_office"}, "SALES"},
      {{"finance.zhao", "赵静", "finance"}, "FIN"},
  };
  return users;
}

}  // namespace

const std::vector<DemoUser>& DemoUsers() {
  static const std::vector<DemoUser> out = [] {
    std::vector<DemoUser> v;
    for (const UserSeed& s : Users()) v.push_back(s.user);
    return v;
  }();
  return out;
}

Result<void> Load(db::Database& db, const Clock& clock) {
  auth::Actor system = auth::SystemActor(clock.NowMicros());
  // Hash first: Argon2 must not run inside the write transaction.
  std::vector<auth::PreparedUser> prepared;
  for (const UserSeed& s : Users()) {
    auth::NewUser nu{s.user.login, s.user.name,   {s.user.role},
                     std::nullopt, Locale::kZhCN, std::string(kDemoPassword)};
    SD_TRY_ASSIGN(auth::PreparedUser p, auth::PrepareNewUser(system, std::move(nu)));
    prepared.push_back(std::move(p));
  }
  return db.Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(int64_t users, auth::store::CountUsers(tx));
    if (users > 0) return Fail(Code::kFailedPrecondition, "demo.not_empty");
    std::map<std::string, int64_t> dept_ids;
    int64_t order = 0;
    for (const DeptSeed& d : kDepartments) {
      org::NewDepartment nd;
      if (*d.parent) nd.parent_id = dept_ids.at(d.parent);
      nd.code = d.code;
      nd.name = d.name;
      nd.sort_order = ++order;
      SD_TRY_ASSIGN(org::Department created, org::CreateDepartment(tx, system.audit, nd));
      dept_ids[d.code] = created.id;
    }
    for (const RoleSeed& r : Roles()) {
      SD_TRY(auth::CreateRole(tx, system, {r.code, r.name, r.scope, r.permissions}));
    }
    for (size_t i = 0; i < prepared.size(); ++i) {
      prepared[i].user.department_id = dept_ids.at(Users()[i].department);
      SD_TRY(auth::CreateUser(tx, system, prepared[i]));
    }
    return Ok();
  });
}

}  // namespace sd::demo
