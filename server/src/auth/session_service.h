#pragma once
// Login, sessions and the signed-in user's own settings. These use cases span a read, a slow
// password check and a write, so they take the Database rather than one Tx: Argon2 must never
// run inside the single SQLite write transaction.

#include <cstdint>
#include <string>

#include "auth/actor.h"
#include "base/clock.h"
#include "db/database.h"

namespace sd::auth {

struct AuthConfig {
  int64_t idle_timeout_us = 30 * kMicrosPerMinute;
  int64_t absolute_timeout_us = 12 * 60 * kMicrosPerMinute;
  int max_failures = 5;  // failed logins within failure_window_us lock the login
  int64_t failure_window_us = 15 * kMicrosPerMinute;
  // last_seen is written at most this often per session (a write per request would halve
  // throughput for nothing).
  int64_t touch_interval_us = kMicrosPerMinute;
};

struct LoginRequest {
  std::string login;
  std::string password;
  std::string kind = "web";  // "web" (cookie + CSRF) or "api" (bearer token)
  std::string client_addr;
  std::string request_id;
};

struct Session {
  Actor actor;
  int64_t session_id = 0;
  std::string kind;
  std::string csrf_token;
  int64_t expires_at_us = 0;  // the earlier of the idle and the absolute expiry
  std::string token;          // only from Login: the bearer/cookie value, shown once
};

// Errors: kUnauthenticated "auth.login.failed" (unknown login, wrong password or disabled user:
// one message for all), kResourceExhausted "auth.login.locked" after max_failures failures in
// the window (even with the right password), kInvalidArgument for an empty login/password.
Result<Session> Login(db::Database& db, const Clock& clock, const AuthConfig& config,
                      const LoginRequest& request);

// Resolves a token to the session's actor with permissions and scope as of now.
// Errors: kUnauthenticated "auth.unauthenticated" (unknown, revoked, disabled user) or
// "auth.session.expired" (idle or absolute expiry).
Result<Session> Authenticate(db::Database& db, const Clock& clock, const AuthConfig& config,
                             std::string_view token, const audit::Context& request_ctx);

// The actor of the user with this login as a session of theirs would have it now (permissions,
// scope, staff member), for work done on a user's behalf without a session: the demo company
// acts as its staff through the services. Errors: kNotFound (no such login).
Result<Actor> UserActor(db::Tx& tx, std::string_view login, const audit::Context& ctx);

// Revokes the session and audits the logout.
Result<void> Logout(db::Database& db, const Session& session);

// Checks the current password, stores the new one, ends the user's other sessions.
// Errors: kInvalidArgument with field errors (wrong current password is a field error on
// "current_password"; new password rules).
Result<void> ChangePassword(db::Database& db, const Session& session, std::string_view current,
                            std::string_view next);

// Saves the user's UI language. Needs a write Tx.
Result<void> SetLocale(db::Tx& tx, const Actor& actor, Locale locale);

// kPermissionDenied "auth.permission_denied" unless the actor holds permission.
Result<void> Require(const Actor& actor, std::string_view permission);

}  // namespace sd::auth
