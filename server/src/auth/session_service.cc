#include "auth/session_service.h"

#include <cctype>

#include "auth/password.h"
#include "auth/scope.h"
#include "auth/session_cache.h"
#include "auth/session_store.h"
#include "auth/user.h"
#include "auth/user_store.h"

namespace sd::auth {
namespace {

std::string NormalizeLogin(std::string_view login) {
  std::string out;
  out.reserve(login.size());
  for (char c : login)
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

Actor ActorFrom(const store::SessionRow& s, const Resolved& r, const audit::Context& ctx) {
  Actor a;
  a.user_id = s.user_id;
  a.login = s.login;
  a.display_name = s.display_name;
  a.locale = s.locale;
  a.department_id = s.department_id;
  a.staff_id = s.staff_id;
  a.staff_code = s.staff_code;
  a.staff_name = s.staff_name;
  a.scope = r.scope;
  a.roles = r.roles;
  a.positions = r.positions;
  a.permissions = r.permissions;
  a.must_change_password = s.must_change_password;
  a.audit = ctx;
  a.audit.user_id = s.user_id;
  a.audit.user_login = s.login;
  return a;
}

}  // namespace

Result<Actor> UserActor(db::Tx& tx, std::string_view login, const audit::Context& ctx) {
  SD_TRY_ASSIGN(std::optional<store::LoginRow> account, store::LoadLogin(tx, login));
  if (!account) return Fail(Code::kNotFound, "common.not_found");
  SD_TRY_ASSIGN(std::optional<User> user, store::LoadUser(tx, account->id));
  if (!user) return Fail(Code::kNotFound, "common.not_found");
  SD_TRY_ASSIGN(std::vector<Grant> grants, store::LoadGrants(tx, account->id));
  store::SessionRow row;
  row.user_id = user->id;
  row.login = user->login;
  row.display_name = user->display_name;
  row.locale = user->locale;
  row.department_id = user->department_id;
  row.staff_id = user->staff_id;
  row.staff_name = user->staff_name;
  row.must_change_password = user->must_change_password;
  return ActorFrom(row, Resolve(grants), ctx);
}

namespace {

int64_t ExpiresAt(const store::SessionRow& s, int64_t last_seen_us, const AuthConfig& c) {
  return std::min(s.expires_at_us, last_seen_us + c.idle_timeout_us);
}

}  // namespace

Result<void> Require(const Actor& actor, std::string_view permission) {
  if (actor.Can(permission)) return Ok();
  return Fail(Code::kPermissionDenied, "auth.permission_denied",
              {{"permission", std::string(permission)}});
}

Result<Session> Login(db::Database& db, const Clock& clock, const AuthConfig& config,
                      const LoginRequest& req) {
  std::vector<FieldError> fields;
  if (req.login.empty()) fields.push_back({"login", "common.field.required", {}});
  if (req.password.empty()) fields.push_back({"password", "common.field.required", {}});
  SD_TRY(FieldsOk(std::move(fields)));
  if (req.kind != "web" && req.kind != "api") {
    return InvalidField("client", "common.field.invalid_choice", {{"choices", "web, api"}});
  }
  const std::string login = NormalizeLogin(req.login);
  const int64_t now = clock.NowMicros();

  int64_t failures = 0;
  std::optional<store::LoginRow> row;
  SD_TRY(db.Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(failures, store::CountFailures(tx, login, now - config.failure_window_us));
    SD_TRY_ASSIGN(row, store::LoadLogin(tx, login));
    return Ok();
  }));
  if (failures >= config.max_failures) {
    return Fail(Code::kResourceExhausted, "auth.login.locked",
                {{"minutes", std::to_string(config.failure_window_us / kMicrosPerMinute)}});
  }

  // Same work whether or not the login exists: the answer must not tell them apart.
  bool ok = false;
  if (row) {
    ok = VerifyPassword(row->password_hash, req.password) && !row->disabled;
  } else {
    VerifyDummy(req.password);
  }
  audit::Context ctx{std::nullopt, login, req.client_addr, req.request_id, now};
  if (!ok) {
    SD_TRY(db.Write([&](db::Tx& tx) -> Result<void> {
      SD_TRY(store::InsertFailure(tx, login, now, req.client_addr));
      return audit::Record(tx, ctx, "session", 0, "login_failed", std::nullopt,
                           audit::Snapshot{{"login", login}});
    }));
    return Fail(Code::kUnauthenticated, "auth.login.failed");
  }

  Session session;
  session.token = RandomToken();
  session.csrf_token = RandomToken();
  session.kind = req.kind;
  store::NewSession ns{
      TokenHash(session.token),        row->id, session.csrf_token, req.kind, req.client_addr, now,
      now + config.absolute_timeout_us};
  std::optional<store::SessionRow> stored;
  std::vector<Grant> grants;
  ctx.user_id = row->id;
  SD_TRY(db.Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY(store::ClearFailures(tx, login));
    SD_TRY_ASSIGN(session.session_id, store::InsertSession(tx, ns));
    SD_TRY(store::SetLastLogin(tx, row->id, now));
    SD_TRY(audit::Record(tx, ctx, "session", session.session_id, "login", std::nullopt,
                         audit::Snapshot{{"user_id", row->id}, {"kind", req.kind}}));
    SD_TRY_ASSIGN(stored, store::FindSession(tx, ns.token_hash));
    SD_TRY_ASSIGN(grants, store::LoadGrants(tx, row->id));
    return Ok();
  }));
  SD_ASSERT(stored.has_value(), "the session just written must be readable");
  session.actor = ActorFrom(*stored, Resolve(grants), ctx);
  session.expires_at_us = ExpiresAt(*stored, now, config);
  return session;
}

Result<Session> Authenticate(db::Database& db, const Clock& clock, const AuthConfig& config,
                             std::string_view token, const audit::Context& request_ctx) {
  if (token.empty() || token.size() > 128) {
    return Fail(Code::kUnauthenticated, "auth.unauthenticated");
  }
  const std::string hash = TokenHash(token);
  std::optional<store::SessionRow> row;
  Resolved resolved;
  SessionCache& cache = SessionCache::Get();
  const uint64_t generation = db.write_generation();  // before the Read: see session_cache.h
  const int64_t steady_us = SteadyMicros();
  if (auto hit = cache.Find(hash, generation, steady_us)) {
    row = std::move(hit->session);
    resolved = std::move(hit->resolved);
  } else {
    std::vector<Grant> grants;
    SD_TRY(db.Read([&](db::Tx& tx) -> Result<void> {
      SD_TRY_ASSIGN(row, store::FindSession(tx, hash));
      if (row && !row->disabled) {
        SD_TRY_ASSIGN(grants, store::LoadGrants(tx, row->user_id));
      }
      return Ok();
    }));
    resolved = Resolve(grants);
    if (row && !row->disabled) cache.Put(hash, {*row, resolved, generation, steady_us});
  }
  if (!row || row->disabled) return Fail(Code::kUnauthenticated, "auth.unauthenticated");
  const int64_t now = clock.NowMicros();
  if (now >= row->expires_at_us || now - row->last_seen_at_us >= config.idle_timeout_us) {
    return Fail(Code::kUnauthenticated, "auth.session.expired");
  }
  int64_t last_seen = row->last_seen_at_us;
  if (now - last_seen >= config.touch_interval_us) {
    SD_TRY(db.Write([&](db::Tx& tx) { return store::TouchSession(tx, row->id, now); }));
    last_seen = now;
  }
  Session s;
  audit::Context ctx = request_ctx;
  ctx.at_us = now;
  s.actor = ActorFrom(*row, resolved, ctx);
  s.session_id = row->id;
  s.kind = row->kind;
  s.csrf_token = row->csrf_token;
  s.expires_at_us = ExpiresAt(*row, last_seen, config);
  return s;
}

Result<void> Logout(db::Database& db, const Session& session) {
  return db.Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY(store::RevokeSession(tx, session.session_id, session.actor.audit.at_us));
    return audit::Record(tx, session.actor.audit, "session", session.session_id, "logout",
                         std::nullopt, std::nullopt);
  });
}

Result<void> ChangePassword(db::Database& db, const Session& session, std::string_view current,
                            std::string_view next) {
  std::vector<FieldError> fields;
  if (current.empty()) fields.push_back({"current_password", "common.field.required", {}});
  CheckPassword(next, "new_password", &fields);
  SD_TRY(FieldsOk(std::move(fields)));
  const Actor& actor = session.actor;
  std::optional<store::LoginRow> row;
  SD_TRY(db.Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(row, store::LoadLogin(tx, actor.login));
    return Ok();
  }));
  if (!row || !VerifyPassword(row->password_hash, current)) {
    return InvalidField("current_password", "auth.password.current_wrong");
  }
  if (current == next) {
    return InvalidField("new_password", "auth.password.unchanged");
  }
  SD_TRY_ASSIGN(std::string hash, HashPassword(next));
  return db.Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(std::optional<User> user, store::LoadUser(tx, actor.user_id));
    if (!user) return Fail(Code::kNotFound, "common.not_found");
    store::UserChange change;
    change.password_hash = hash;
    change.must_change_password = false;
    SD_TRY_ASSIGN(bool updated,
                  store::UpdateUser(tx, user->id, user->version, change, actor.audit.at_us));
    if (!updated) return Fail(Code::kAborted, "common.version_conflict");
    SD_TRY(store::RevokeOtherSessions(tx, user->id, session.session_id, actor.audit.at_us));
    return audit::Record(tx, actor.audit, "user", user->id, "change_password", std::nullopt,
                         audit::Snapshot{{"password", std::string("changed")}});
  });
}

Result<void> SetLocale(db::Tx& tx, const Actor& actor, Locale locale) {
  SD_TRY_ASSIGN(std::optional<User> user, store::LoadUser(tx, actor.user_id));
  if (!user) return Fail(Code::kNotFound, "common.not_found");
  if (user->locale == locale) return Ok();
  store::UserChange change;
  change.locale = locale;
  SD_TRY_ASSIGN(bool updated,
                store::UpdateUser(tx, user->id, user->version, change, actor.audit.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  return audit::Record(tx, actor.audit, "user", user->id, "update",
                       audit::Snapshot{{"locale", std::string(LocaleName(user->locale))}},
                       audit::Snapshot{{"locale", std::string(LocaleName(locale))}});
}

}  // namespace sd::auth
