// Login, logout, the signed-in user, password change and preferences.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "auth/user_service.h"
#include "http/auth/user_json.h"
#include "http/json_in.h"
#include "http/server.h"

namespace sd::http {
namespace {

std::string SessionCookie(const App& app, const std::string& token, int64_t max_age_s) {
  std::string c = "sd_session=" + token +
                  "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_s);
  if (app.secure_cookie) c += "; Secure";
  return c;
}

// The signed-in view of the session's user (staff member and positions come with the actor).
Result<nlohmann::json> SelfJson(App& app, const auth::Session& s) {
  return db::ReadValue<nlohmann::json>(*app.db, [&](db::Tx& tx) -> Result<nlohmann::json> {
    SD_TRY_ASSIGN(std::optional<auth::User> u, auth::GetSelf(tx, s.actor));
    if (!u) return Fail(Code::kUnauthenticated, "auth.unauthenticated");
    return SessionJson(s, *u);
  });
}

Result<Reply> Login(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  auth::LoginRequest req;
  req.login = in.String("login", {.required = true, .max_len = 128}).value_or("");
  req.password = in.String("password", {.required = true, .max_len = 1024}).value_or("");
  req.kind = in.String("client", {.max_len = 8}).value_or("web");
  SD_TRY(in.Finish());
  req.client_addr = ctx.client_addr();
  req.request_id = ctx.request_id();
  SD_TRY_ASSIGN(auth::Session s, auth::Login(*ctx.app().db, *ctx.app().clock, ctx.app().auth, req));
  SD_TRY_ASSIGN(nlohmann::json self, SelfJson(ctx.app(), s));
  Reply reply = JsonReply(200, self);
  if (s.kind == "web") {
    reply.headers.emplace_back(
        "Set-Cookie",
        SessionCookie(ctx.app(), s.token, ctx.app().auth.absolute_timeout_us / kMicrosPerSecond));
  }
  reply.headers.emplace_back("Cache-Control", "no-store");
  return reply;
}

Result<Reply> Logout(Ctx& ctx) {
  SD_TRY(auth::Logout(*ctx.app().db, ctx.session()));
  Reply reply = NoContent();
  if (ctx.session().kind == "web") {
    reply.headers.emplace_back("Set-Cookie", SessionCookie(ctx.app(), "", 0));
  }
  return reply;
}

Result<Reply> Me(Ctx& ctx) {
  SD_TRY_ASSIGN(nlohmann::json self, SelfJson(ctx.app(), ctx.session()));
  Reply reply = JsonReply(200, self);
  reply.headers.emplace_back("Cache-Control", "no-store");
  return reply;
}

Result<Reply> ChangePassword(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  auto current = in.String("current_password", {.required = true, .max_len = 1024});
  auto next = in.String("new_password", {.required = true, .max_len = 1024});
  SD_TRY(in.Finish());
  SD_TRY(auth::ChangePassword(*ctx.app().db, ctx.session(), *current, *next));
  return NoContent();
}

Result<Reply> SetPreferences(Ctx& ctx) {
  SD_TRY_ASSIGN(JsonIn in, JsonIn::Parse(ctx.body()));
  auto locale_text = in.String("locale", {.required = true, .max_len = 8});
  Locale locale = Locale::kZhCN;
  if (locale_text && !ParseLocale(*locale_text, &locale)) {
    in.AddError("locale", "common.field.invalid_choice", {{"choices", "zh-CN, en-US"}});
  }
  SD_TRY(in.Finish());
  return ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY(auth::SetLocale(tx, ctx.actor(), locale));
    SD_TRY_ASSIGN(std::optional<auth::User> u, auth::GetSelf(tx, ctx.actor()));
    if (!u) return Fail(Code::kNotFound, "common.not_found");
    return JsonReply(200, UserJson(*u));
  });
}

}  // namespace

void AddAuthRoutes(Router& r) {
  AddUserSchemas(r);
  r.AddSchema("LoginRequest", R"({"type": "object", "required": ["login", "password"],
    "additionalProperties": false, "properties": {"login": {"type": "string"},
    "password": {"type": "string", "format": "password"},
    "client": {"type": "string", "enum": ["web", "api"], "default": "web"}}})");
  r.AddSchema("PasswordChange", R"({"type": "object", "additionalProperties": false,
    "required": ["current_password", "new_password"], "properties": {
    "current_password": {"type": "string", "format": "password"},
    "new_password": {"type": "string", "format": "password", "minLength": 8}}})");
  r.AddSchema("Preferences", R"({"type": "object", "additionalProperties": false,
    "required": ["locale"], "properties": {"locale": {"type": "string", "enum": ["zh-CN", "en-US"]}}})");
  r.Add({"POST",
         "/api/v1/auth/login",
         Access::kPublic,
         "",
         {"auth",
          "Log in. Web clients get an HttpOnly session cookie and a CSRF token; API clients "
          "(client=api) a bearer token. 401 for any wrong login or password, 429 when locked.",
          {},
          "LoginRequest",
          "Session"},
         Login});
  r.Add({"POST",
         "/api/v1/auth/logout",
         Access::kSignedIn,
         "",
         {"auth", "End this session", {}, "", "", 204},
         Logout});
  r.Add({"GET",
         "/api/v1/auth/me",
         Access::kSignedIn,
         "",
         {"auth",
          "The signed-in user with their staff member and positions, permissions (roles and "
          "positions) and data scope",
          {},
          "",
          "Session"},
         Me});
  r.Add({"POST",
         "/api/v1/auth/password",
         Access::kSignedIn,
         "",
         {"auth", "Change the own password; other sessions end", {}, "PasswordChange", "", 204},
         ChangePassword});
  r.Add({"PUT",
         "/api/v1/auth/preferences",
         Access::kSignedIn,
         "",
         {"auth", "Save the own UI language", {}, "Preferences", "User"},
         SetPreferences});
}

}  // namespace sd::http
