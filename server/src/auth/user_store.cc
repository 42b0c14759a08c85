#include "auth/user_store.h"

#include <map>

#include "db/errors.h"

namespace sd::auth::store {
namespace {

// The department named is the linked staff member's, else the account's (as the actor's
// department), so a rep without an account department does not read as 未分配.
constexpr std::string_view kUserColumns =
    "SELECT u.id, u.login, u.display_name, u.locale, u.department_id, "
    "COALESCE(sd.name, d.name, ''), u.disabled, u.must_change_password, u.version, "
    "u.created_at_us, u.last_login_at_us, u.staff_id, COALESCE(st.name, '') FROM auth_users u "
    "LEFT JOIN org_departments d ON d.id = u.department_id "
    "LEFT JOIN org_staff st ON st.id = u.staff_id "
    "LEFT JOIN org_departments sd ON sd.id = st.department_id";

User UserFromRow(const db::Row& r) {
  User u;
  u.id = r.Int(0);
  u.login = r.Text(1);
  u.display_name = r.Text(2);
  ParseLocale(r.Text(3), &u.locale);
  u.department_id = r.OptInt(4);
  u.department_name = r.Text(5);
  u.disabled = r.Int(6) != 0;
  u.must_change_password = r.Int(7) != 0;
  u.version = r.Int(8);
  u.created_at_us = r.Int(9);
  u.last_login_at_us = r.OptInt(10);
  u.staff_id = r.OptInt(11);
  u.staff_name = r.Text(12);
  return u;
}

// Fills the role codes of the given users with one query.
Result<void> AttachRoles(db::Tx& tx, std::vector<User>* users) {
  if (users->empty()) return Ok();
  std::string sql =
      "SELECT ur.user_id, r.code FROM auth_user_roles ur JOIN auth_roles r ON r.id = ur.role_id "
      "WHERE ur.user_id IN ";
  std::vector<db::Value> params;
  std::map<int64_t, User*> by_id;
  std::vector<int64_t> ids;
  for (User& u : *users) {
    ids.push_back(u.id);
    by_id[u.id] = &u;
  }
  db::AppendIdList(ids, &sql, &params);
  sql += " ORDER BY r.code";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) by_id[r.Int(0)]->roles.push_back(r.Text(1));
  return Ok();
}

// auth_users has two unique columns: the login and the staff link.
Unexpected TakenOr(Error e, const std::string& login) {
  if (e.code != Code::kAlreadyExists) return Fail(std::move(e));
  for (const auto& [name, value] : e.params) {
    if (name == "target" && value.find("staff") != std::string::npos) {
      return Fail(Code::kAlreadyExists, "auth.user.staff_taken");
    }
  }
  return Fail(Code::kAlreadyExists, "auth.user.login_taken", {{"login", login}});
}

}  // namespace

Result<std::optional<User>> LoadUser(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kUserColumns) + " WHERE u.id = $1", {id}));
  if (rows.empty()) return std::optional<User>();
  std::vector<User> users{UserFromRow(rows[0])};
  SD_TRY(AttachRoles(tx, &users));
  return std::optional<User>(std::move(users[0]));
}

Result<std::optional<LoginRow>> LoadLogin(db::Tx& tx, std::string_view login) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT id, password_hash, disabled FROM auth_users WHERE login = $1", {login}));
  if (rows.empty()) return std::optional<LoginRow>();
  return std::optional<LoginRow>(LoginRow{rows[0].Int(0), rows[0].Text(1), rows[0].Int(2) != 0});
}

Result<Page<User>> QueryUsers(db::Tx& tx, const UserFilter& f) {
  // Sort columns come from a fixed list, never from the request text.
  std::string order = f.sort == "display_name" ? "u.display_name"
                      : f.sort == "created_at" ? "u.created_at_us"
                                               : "u.login";
  order += f.descending ? " DESC, u.id DESC" : " ASC, u.id ASC";
  std::optional<std::string> like;
  if (f.q) like = "%" + *f.q + "%";
  std::optional<int64_t> disabled;
  if (f.disabled) disabled = *f.disabled ? 1 : 0;
  static constexpr std::string_view kWhere =
      " WHERE (CAST($1 AS TEXT) IS NULL OR u.login LIKE $1 OR u.display_name LIKE $1)"
      " AND (CAST($2 AS BIGINT) IS NULL OR u.disabled = $2)";
  Page<User> page;
  page.page = f.page.page;
  page.size = f.page.size;
  SD_TRY_ASSIGN(db::Rows count,
                tx.Query(std::string("SELECT COUNT(*) FROM auth_users u") + std::string(kWhere),
                         {like, disabled}));
  page.total = count[0].Int(0);
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string(kUserColumns) + std::string(kWhere) + " ORDER BY " + order +
                             " LIMIT $3 OFFSET $4",
                         {like, disabled, static_cast<int64_t>(f.page.size), f.page.offset()}));
  for (const db::Row& r : rows) page.items.push_back(UserFromRow(r));
  SD_TRY(AttachRoles(tx, &page.items));
  return page;
}

Result<int64_t> CountUsers(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT COUNT(*) FROM auth_users"));
  return rows[0].Int(0);
}

Result<int64_t> InsertUser(db::Tx& tx, const UserRow& row, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO auth_users (login, display_name, password_hash, locale, department_id, "
      "must_change_password, created_at_us, updated_at_us, staff_id) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id",
      {row.login, row.display_name, row.password_hash, LocaleName(row.locale), row.department_id,
       row.must_change_password, now_us, row.staff_id});
  if (!rows) return TakenOr(std::move(rows).error(), row.login);
  return (*rows)[0].Int(0);
}

Result<bool> UpdateUser(db::Tx& tx, int64_t id, int64_t expected_version, const UserChange& c,
                        int64_t now_us) {
  std::string sql = "UPDATE auth_users SET version = version + 1, updated_at_us = $1";
  std::vector<db::Value> params{now_us};
  auto set = [&](const char* column, db::Value v) {
    params.push_back(std::move(v));
    sql += std::string(", ") + column + " = $" + std::to_string(params.size());
  };
  if (c.display_name) set("display_name", *c.display_name);
  if (c.locale) set("locale", LocaleName(*c.locale));
  if (c.department_id) set("department_id", *c.department_id);
  if (c.disabled) set("disabled", *c.disabled);
  if (c.must_change_password) set("must_change_password", *c.must_change_password);
  if (c.password_hash) set("password_hash", *c.password_hash);
  if (c.staff_id) set("staff_id", *c.staff_id);
  params.emplace_back(id);
  sql += " WHERE id = $" + std::to_string(params.size());
  params.emplace_back(expected_version);
  sql += " AND version = $" + std::to_string(params.size());
  auto changed = tx.Exec(sql, params);
  if (!changed) return TakenOr(std::move(changed).error(), "");
  return *changed == 1;
}

Result<void> SetLastLogin(db::Tx& tx, int64_t id, int64_t now_us) {
  SD_TRY(tx.Exec("UPDATE auth_users SET last_login_at_us = $1 WHERE id = $2", {now_us, id}));
  return Ok();
}

Result<void> ReplaceUserRoles(db::Tx& tx, int64_t user_id, const std::vector<int64_t>& role_ids) {
  SD_TRY(tx.Exec("DELETE FROM auth_user_roles WHERE user_id = $1", {user_id}));
  for (int64_t role_id : role_ids) {
    SD_TRY(tx.Exec("INSERT INTO auth_user_roles (user_id, role_id) VALUES ($1, $2)",
                   {user_id, role_id}));
  }
  return Ok();
}

Result<std::vector<Role>> ListRoles(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT r.id, r.code, r.name, r.data_scope, r.version, rp.permission "
                         "FROM auth_roles r LEFT JOIN auth_role_permissions rp ON rp.role_id = "
                         "r.id ORDER BY r.id, rp.permission"));
  std::vector<Role> out;
  for (const db::Row& r : rows) {
    if (out.empty() || out.back().id != r.Int(0)) {
      Role role;
      role.id = r.Int(0);
      role.code = r.Text(1);
      role.name = r.Text(2);
      ParseDataScope(r.Text(3), &role.scope);
      role.version = r.Int(4);
      out.push_back(std::move(role));
    }
    if (!r.IsNull(5)) out.back().permissions.push_back(r.Text(5));
  }
  return out;
}

Result<std::optional<Role>> FindRole(db::Tx& tx, std::string_view code) {
  SD_TRY_ASSIGN(std::vector<Role> roles, ListRoles(tx));
  for (Role& r : roles) {
    if (r.code == code) return std::optional<Role>(std::move(r));
  }
  return std::optional<Role>();
}

Result<int64_t> InsertRole(db::Tx& tx, const Role& role, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO auth_roles (code, name, data_scope, created_at_us) VALUES ($1, $2, $3, $4) "
      "RETURNING id",
      {role.code, role.name, DataScopeName(role.scope), now_us});
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "auth.role.code_taken",
                                 {{"code", role.code}});
  }
  return (*rows)[0].Int(0);
}

Result<void> ReplaceRolePermissions(db::Tx& tx, int64_t role_id,
                                    const std::vector<std::string>& permissions) {
  SD_TRY(tx.Exec("DELETE FROM auth_role_permissions WHERE role_id = $1", {role_id}));
  for (const std::string& p : permissions) {
    SD_TRY(tx.Exec("INSERT INTO auth_role_permissions (role_id, permission) VALUES ($1, $2)",
                   {role_id, p}));
  }
  return Ok();
}

Result<bool> UpdateRole(db::Tx& tx, int64_t id, int64_t expected_version, const std::string& name,
                        DataScope scope) {
  SD_TRY_ASSIGN(int64_t changed,
                tx.Exec("UPDATE auth_roles SET name = $1, data_scope = $2, version = version + 1 "
                        "WHERE id = $3 AND version = $4",
                        {name, DataScopeName(scope), id, expected_version}));
  return changed == 1;
}

Result<std::vector<Grant>> LoadGrants(db::Tx& tx, int64_t user_id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT r.id, r.code, r.data_scope, rp.permission FROM auth_user_roles ur "
                         "JOIN auth_roles r ON r.id = ur.role_id "
                         "LEFT JOIN auth_role_permissions rp ON rp.role_id = r.id "
                         "WHERE ur.user_id = $1 ORDER BY r.id",
                         {user_id}));
  std::vector<Grant> out;
  int64_t last_role = -1;
  for (const db::Row& r : rows) {
    if (r.Int(0) != last_role) {
      last_role = r.Int(0);
      Grant g;
      g.role_code = r.Text(1);
      ParseDataScope(r.Text(2), &g.scope);
      out.push_back(std::move(g));
    }
    if (!r.IsNull(3)) out.back().permissions.push_back(r.Text(3));
  }
  // Positions of the linked staff member, while they are active (org tables, read only).
  SD_TRY_ASSIGN(
      db::Rows positions,
      tx.Query("SELECT p.id, p.code, p.data_scope, pp.permission, p.name FROM auth_users u "
               "JOIN org_staff s ON s.id = u.staff_id AND s.status = 'active' "
               "JOIN org_staff_positions sp ON sp.staff_id = s.id "
               "JOIN org_positions p ON p.id = sp.position_id "
               "LEFT JOIN org_position_permissions pp ON pp.position_id = p.id "
               "WHERE u.id = $1 ORDER BY p.id",
               {user_id}));
  int64_t last_position = -1;
  for (const db::Row& r : positions) {
    if (r.Int(0) != last_position) {
      last_position = r.Int(0);
      Grant g;
      g.position_code = r.Text(1);
      g.position_name = r.Text(4);
      ParseDataScope(r.Text(2), &g.scope);
      out.push_back(std::move(g));
    }
    if (!r.IsNull(3)) out.back().permissions.push_back(r.Text(3));
  }
  return out;
}

Result<std::optional<int64_t>> FindUserIdByStaff(db::Tx& tx, int64_t staff_id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT id FROM auth_users WHERE staff_id = $1", {staff_id}));
  if (rows.empty()) return std::optional<int64_t>();
  return std::optional<int64_t>(rows[0].Int(0));
}

Result<std::map<int64_t, StaffAccount>> AccountsOfStaff(db::Tx& tx,
                                                        const std::vector<int64_t>& staff_ids) {
  std::map<int64_t, StaffAccount> out;
  if (staff_ids.empty()) return out;
  std::string sql = "SELECT staff_id, id, login FROM auth_users WHERE staff_id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(staff_ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) out[r.Int(0)] = StaffAccount{r.Int(1), r.Text(2)};
  return out;
}

}  // namespace sd::auth::store
