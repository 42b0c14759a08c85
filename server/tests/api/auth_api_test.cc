// Login, sessions, CSRF, 401 versus 403, lockout and expiry, on SQLite and PostgreSQL.
#include "support/test_server.h"

namespace sd::testing {
namespace {

using nlohmann::json;

class AuthApi : public ApiTest {};

TEST_P(AuthApi, LoginWithTheRightPasswordOpensASession) {
  Caller admin = LoginApi("admin");
  ASSERT_FALSE(admin.token.empty());
  Resp me = Get("/api/v1/auth/me", admin);
  ASSERT_EQ(me.status, 200) << me.text;
  EXPECT_EQ(me.body["user"]["login"], "admin");
  EXPECT_EQ(me.body["data_scope"], "all");
  EXPECT_EQ(CountAudit("session", "login"), 1);
}

TEST_P(AuthApi, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  Resp wrong = Call("POST", "/api/v1/auth/login", nullptr,
                    json{{"login", "rep.zhang"}, {"password", "nope-nope"}}.dump());
  Resp unknown = Call("POST", "/api/v1/auth/login", nullptr,
                      json{{"login", "nobody.here"}, {"password", "nope-nope"}}.dump());
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.body["code"], "auth.login.failed");
  EXPECT_EQ(wrong.body["detail"], unknown.body["detail"]);
  EXPECT_EQ(wrong.Header("Content-Type"), "application/problem+json");
  EXPECT_EQ(CountAudit("session", "login_failed"), 2);
}

TEST_P(AuthApi, FiveFailuresLockTheLoginEvenForTheRightPassword) {
  for (int i = 0; i < 5; ++i) {
    Resp r = Call("POST", "/api/v1/auth/login", nullptr,
                  json{{"login", "rep.chen"}, {"password", "wrong-" + std::to_string(i)}}.dump());
    ASSERT_EQ(r.status, 401) << i;
  }
  Resp locked = Call("POST", "/api/v1/auth/login", nullptr,
                     json{{"login", "rep.chen"}, {"password", "demo1234"}}.dump());
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(locked.body["code"], "auth.login.locked");
  // An unknown login locks the same way: the answer never tells whether a user exists.
  for (int i = 0; i < 5; ++i) {
    Call("POST", "/api/v1/auth/login", nullptr,
         json{{"login", "ghost"}, {"password", "wrong-password"}}.dump());
  }
  Resp ghost = Call("POST", "/api/v1/auth/login", nullptr,
                    json{{"login", "ghost"}, {"password", "wrong-password"}}.dump());
  EXPECT_EQ(ghost.status, 429);
  // After the window the right password works again.
  clock_.Advance(16 * kMicrosPerMinute);
  LoginApi("rep.chen");
}

TEST_P(AuthApi, NoSessionIs401AndMissingPermissionIs403) {
  Resp anonymous = Call("GET", "/api/v1/users", nullptr);
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(anonymous.body["code"], "auth.unauthenticated");
  Caller rep = LoginApi("rep.zhang");
  Resp forbidden = Get("/api/v1/users", rep);
  EXPECT_EQ(forbidden.status, 403);
  EXPECT_EQ(forbidden.body["code"], "auth.permission_denied");
  Caller bogus{"not-a-real-token"};
  EXPECT_EQ(Get("/api/v1/users", bogus).status, 401);
}

TEST_P(AuthApi, WebSessionsNeedTheCsrfTokenToChangeAnything) {
  Caller web = LoginWeb("admin");
  ASSERT_FALSE(web.cookie.empty());
  ASSERT_FALSE(web.csrf.empty());
  EXPECT_EQ(Get("/api/v1/users", web).status, 200);  // reads need no CSRF token
  json body = {{"locale", "en-US"}};
  Resp refused =
      Call("PUT", "/api/v1/auth/preferences", &web, body.dump(), {{"X-CSRF-Token", "forged"}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.body["code"], "auth.csrf.invalid");
  Caller no_token = web;
  no_token.csrf.clear();
  EXPECT_EQ(Call("PUT", "/api/v1/auth/preferences", &no_token, body.dump()).status, 403);
  Resp ok = Call("PUT", "/api/v1/auth/preferences", &web, body.dump());
  EXPECT_EQ(ok.status, 200) << ok.text;
  EXPECT_EQ(ok.body["locale"], "en-US");
  // A web cookie presented as a bearer token is refused.
  Caller as_bearer{web.cookie};
  EXPECT_EQ(Get("/api/v1/auth/me", as_bearer).status, 401);
}

TEST_P(AuthApi, IdleAndAbsoluteExpiry) {
  Caller rep = LoginApi("rep.zhang");
  clock_.Advance(29 * kMicrosPerMinute);
  EXPECT_EQ(Get("/api/v1/auth/me", rep).status, 200);  // activity keeps it alive
  clock_.Advance(29 * kMicrosPerMinute);
  EXPECT_EQ(Get("/api/v1/auth/me", rep).status, 200);
  clock_.Advance(31 * kMicrosPerMinute);
  Resp idle = Get("/api/v1/auth/me", rep);
  EXPECT_EQ(idle.status, 401);
  EXPECT_EQ(idle.body["code"], "auth.session.expired");

  Caller busy = LoginApi("rep.chen");
  for (int i = 0; i < 25; ++i) {  // active every 29 minutes for 12 hours and more
    clock_.Advance(29 * kMicrosPerMinute);
    if (Get("/api/v1/auth/me", busy).status != 200) break;
  }
  Resp absolute = Get("/api/v1/auth/me", busy);
  EXPECT_EQ(absolute.status, 401);
  EXPECT_EQ(absolute.body["code"], "auth.session.expired");
}

TEST_P(AuthApi, LogoutEndsTheSession) {
  Caller rep = LoginApi("rep.zhang");
  EXPECT_EQ(Call("POST", "/api/v1/auth/logout", &rep).status, 204);
  EXPECT_EQ(Get("/api/v1/auth/me", rep).status, 401);
  EXPECT_EQ(CountAudit("session", "logout"), 1);
}

TEST_P(AuthApi, PasswordChangeChecksTheCurrentOneAndEndsOtherSessions) {
  Caller first = LoginApi("rep.zhang");
  Caller second = LoginApi("rep.zhang");
  Resp wrong = Post("/api/v1/auth/password", first,
                    {{"current_password", "not-it-at-all"}, {"new_password", "n3w-secret"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.body["fields"][0]["field"], "current_password");
  Resp shortpw = Post("/api/v1/auth/password", first,
                      {{"current_password", "demo1234"}, {"new_password", "short"}});
  EXPECT_EQ(shortpw.status, 400);
  Resp ok = Post("/api/v1/auth/password", first,
                 {{"current_password", "demo1234"}, {"new_password", "n3w-secret"}});
  EXPECT_EQ(ok.status, 204) << ok.text;
  EXPECT_EQ(Get("/api/v1/auth/me", first).status, 200);
  EXPECT_EQ(Get("/api/v1/auth/me", second).status, 401);
  LoginApi("rep.zhang", "n3w-secret");
  EXPECT_EQ(CountAudit("user", "change_password"), 1);
}

TEST_P(AuthApi, MessagesFollowTheRequestLanguageThenTheUsersSetting) {
  Resp zh = Call("GET", "/api/v1/users", nullptr, "", {{"Accept-Language", "zh-CN"}});
  Resp en = Call("GET", "/api/v1/users", nullptr, "", {{"Accept-Language", "en-US,en;q=0.9"}});
  EXPECT_EQ(zh.body["detail"], "请先登录");
  EXPECT_EQ(en.body["detail"], "Please log in");
  Caller rep = LoginApi("rep.zhang");
  ASSERT_EQ(Call("PUT", "/api/v1/auth/preferences", &rep, json{{"locale", "en-US"}}.dump()).status,
            200);
  // No Accept-Language: the saved setting decides.
  httplib::Client cli("127.0.0.1", port_);
  auto r = cli.Get("/api/v1/users", {{"Authorization", "Bearer " + rep.token}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_NE(r->body.find("You are not allowed"), std::string::npos) << r->body;
}

SD_API_BACKENDS(AuthApi);

}  // namespace
}  // namespace sd::testing
