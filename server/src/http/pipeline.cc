#include "http/pipeline.h"

#include <httplib.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>

#include "auth/password.h"
#include "http/idempotency_store.h"
#include "http/problem.h"
#include "http/web.h"

namespace sd::http {
namespace {

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

bool Trusted(const App& app, std::string_view addr) {
  return std::find(app.trusted_proxies.begin(), app.trusted_proxies.end(), addr) !=
         app.trusted_proxies.end();
}

}  // namespace

size_t BodyLimit(const App& app, const Route& route) {
  return std::min(route.body_bytes_max > 0 ? route.body_bytes_max : app.limits.body_bytes_max,
                  std::max(app.limits.body_bytes_max, app.limits.upload_bytes_max));
}

bool RefuseOversizedBody(const App& app, const Router& router, const httplib::Request& req,
                         httplib::Response& res) {
  if (!req.has_header("Content-Length")) return false;
  Match match = router.Find(req.method, req.path);
  if (!match.route) return false;  // the pipeline answers 404 (httplib reads up to its limit)
  const size_t max = BodyLimit(app, *match.route);
  const std::string length = req.get_header_value("Content-Length");
  const bool digits = !length.empty() && length.size() <= 19 &&
                      length.find_first_not_of("0123456789") == std::string::npos;
  // A client that does not wait for "100 Continue" is writing its body while we answer and
  // misses an early answer; bodies up to 8 MiB are read and refused with a readable 413.
  const bool waits = req.get_header_value("Expect") == "100-continue";
  const size_t read_anyway = waits ? max : std::max(max, size_t{8} << 20);
  if (digits && std::stoull(length) <= read_anyway) return false;
  const Locale locale = req.has_header("Accept-Language")
                            ? LocaleFromAcceptLanguage(req.get_header_value("Accept-Language"))
                            : Locale::kZhCN;
  const std::string request_id = NewRequestId();
  Reply r = ProblemReply(
      MakeError(Code::kResourceExhausted, "common.body_too_large", {{"max", std::to_string(max)}}),
      locale, request_id);
  res.status = r.status;
  res.set_header("X-Request-Id", request_id);
  SecurityHeaders(false, res);
  res.set_header("Connection", "close");  // the unread body must not be taken for a request
  res.set_content(r.body, r.content_type);
  spdlog::info("{} {} {} 413 before reading a body of {} bytes id={}", ClientAddress(app, req),
               req.method, req.path, length, request_id);
  return true;
}

std::string ClientAddress(const App& app, const httplib::Request& req) {
  if (app.trusted_proxies.empty() || !Trusted(app, req.remote_addr) ||
      !req.has_header("X-Forwarded-For")) {
    return req.remote_addr;
  }
  // Every X-Forwarded-For line, in order, as one list; walk it from the right.
  std::vector<std::string> hops;
  const size_t lines = req.get_header_value_count("X-Forwarded-For");
  for (size_t i = 0; i < lines; ++i) {
    const std::string v = req.get_header_value("X-Forwarded-For", i);
    for (size_t start = 0; start <= v.size();) {
      size_t comma = v.find(',', start);
      if (comma == std::string_view::npos) comma = v.size();
      hops.push_back(Trim(v.substr(start, comma - start)));
      start = comma + 1;
    }
  }
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    if (it->empty() || it->size() > 64) break;  // malformed: stop at the last good hop
    if (!Trusted(app, *it)) return *it;
  }
  return req.remote_addr;
}

std::string NewRequestId() {
  // A per-process random prefix and a counter: unique, cheap, and not guessable across runs.
  static const std::string prefix = auth::RandomToken().substr(0, 8);
  static std::atomic<uint64_t> counter{0};
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(counter.fetch_add(1) + 1));  // NOLINT
  return prefix + buf;
}

namespace {

Locale RequestLocale(const httplib::Request& req) {
  if (req.has_header("Accept-Language")) {
    return LocaleFromAcceptLanguage(req.get_header_value("Accept-Language"));
  }
  return Locale::kZhCN;
}

void Send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  for (const auto& [k, v] : reply.headers) res.set_header(k, v);
  if (!reply.content_type.empty()) res.set_content(reply.body, reply.content_type);
}

std::string RequestHash(const httplib::Request& req) {
  unsigned char digest[16];
  std::string material = req.method + "\n" + req.path + "\n" + req.body;
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(material.data()),
                     material.size(), nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool ValidIdempotencyKey(const std::string& key) {
  if (key.empty() || key.size() > 128) return false;
  for (char c : key) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

// Authentication, CSRF and permission for a signed-in route. On success ctx has the session.
Result<void> Admit(App& app, const Route& route, const httplib::Request& req, Ctx& ctx) {
  bool bearer = false;
  std::string token = SessionToken(req, &bearer);
  if (token.empty()) return Fail(Code::kUnauthenticated, "auth.unauthenticated");
  audit::Context actx{std::nullopt, "", ctx.client_addr(), ctx.request_id(), ctx.now_us()};
  SD_TRY_ASSIGN(auth::Session session,
                auth::Authenticate(*app.db, *app.clock, app.auth, token, actx));
  // A cookie carries web sessions only and a bearer header API sessions only, so a stolen
  // cookie value cannot be replayed without CSRF protection.
  if ((bearer && session.kind != "api") || (!bearer && session.kind != "web")) {
    return Fail(Code::kUnauthenticated, "auth.unauthenticated");
  }
  if (!bearer && req.method != "GET" && req.method != "HEAD") {
    if (!auth::SecureEquals(req.get_header_value("X-CSRF-Token"), session.csrf_token)) {
      return Fail(Code::kPermissionDenied, "auth.csrf.invalid");
    }
  }
  ctx.set_session(std::move(session));  // before the permission check: a 403 speaks their language
  if (!route.permission.empty() && !ctx.actor().Can(route.permission)) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied",
                {{"permission", route.permission}});
  }
  return Ok();
}

// A stored reply for this Idempotency-Key, or nullopt to go on. Sets ctx's key when valid.
Result<std::optional<Reply>> Replay(App& app, const httplib::Request& req, Ctx& ctx) {
  if (req.method != "POST" || !req.has_header("Idempotency-Key") || !ctx.signed_in()) {
    return std::optional<Reply>();
  }
  std::string key = req.get_header_value("Idempotency-Key");
  if (!ValidIdempotencyKey(key))
    return Fail(Code::kInvalidArgument, "common.idempotency_key_invalid");
  std::string hash = RequestHash(req);
  std::optional<idempotency::Stored> stored;
  SD_TRY(app.db->Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(stored, idempotency::Find(tx, ctx.actor().user_id, key));
    return Ok();
  }));
  ctx.set_idempotency(key, hash);
  if (!stored) return std::optional<Reply>();
  if (stored->request_hash != hash) {
    return Fail(Code::kFailedPrecondition, "common.idempotency_key_reused");
  }
  stored->reply.headers.emplace_back("Idempotent-Replay", "true");
  return std::optional<Reply>(std::move(stored->reply));
}

// Reads an unread streamed body to its end, dropping it (a multipart body through the
// multipart reader, which the plain one cannot parse).
void Drain(const httplib::Request& req, const httplib::ContentReader& reader) {
  auto drop = [](const char*, size_t) { return true; };
  if (req.is_multipart_form_data()) {
    reader([](const httplib::MultipartFormData&) { return true; }, drop);
  } else {
    reader(drop);
  }
}

Result<Reply> Run(App& app, const Route& route, const httplib::Request& req, Ctx& ctx) {
  if (route.access == Access::kSignedIn) SD_TRY(Admit(app, route, req, ctx));
  SD_TRY_ASSIGN(std::optional<Reply> replay, Replay(app, req, ctx));
  if (replay) return std::move(*replay);
  Result<Reply> reply = route.handler(ctx);
  if (!reply && reply.error().key == "common.idempotency_in_flight") {
    // A twin request with the same key committed first: answer with its reply.
    SD_TRY_ASSIGN(replay, Replay(app, req, ctx));
    if (replay) return std::move(*replay);
  }
  // Handlers that write outside Ctx::Write (login, logout) still get their reply kept.
  if (reply && ctx.idempotency_key() && !ctx.reply_stored() && ctx.signed_in() &&
      reply->status < 300) {
    idempotency::Stored s{req.method, req.path, ctx.request_hash(), *reply};
    (void)app.db->Write([&](db::Tx& tx) {
      return idempotency::Save(tx, ctx.actor().user_id, *ctx.idempotency_key(), s, ctx.now_us());
    });
  }
  return reply;
}

}  // namespace

std::string SessionToken(const httplib::Request& req, bool* bearer) {
  *bearer = false;
  const std::string auth = req.get_header_value("Authorization");
  if (auth.rfind("Bearer ", 0) == 0) {
    *bearer = true;
    return auth.substr(7);
  }
  const std::string cookies = req.get_header_value("Cookie");
  static constexpr std::string_view kName = "sd_session=";
  size_t pos = 0;
  while (pos < cookies.size()) {
    size_t start = cookies.find_first_not_of(' ', pos);
    if (start == std::string::npos) break;
    size_t end = cookies.find(';', start);
    if (end == std::string::npos) end = cookies.size();
    std::string_view part(cookies.data() + start, end - start);
    if (part.substr(0, kName.size()) == kName) return std::string(part.substr(kName.size()));
    pos = end + 1;
  }
  return {};
}

void HandleRequest(App& app, const Router& router, const httplib::Request& req,
                   httplib::Response& res, const httplib::ContentReader* reader) {
  const auto started = std::chrono::steady_clock::now();
  std::string request_id = NewRequestId();
  Locale locale = RequestLocale(req);
  res.set_header("X-Request-Id", request_id);
  const bool web_ui =
      req.path.rfind("/api/", 0) != 0 && req.path != "/healthz" && req.path != "/metrics";
  SecurityHeaders(web_ui, res);
  if (web_ui) {
    ServeWeb(app, req, res);
    return;
  }
  Match match = router.Find(req.method, req.path);
  if (!match.route) {
    if (reader) Drain(req, *reader);
    Error e = match.method_mismatch ? MakeError(Code::kNotFound, "common.method_not_allowed")
                                    : MakeError(Code::kNotFound, "common.route_not_found");
    Send(res, ProblemReply(e, locale, request_id));
    return;
  }
  const Route& route = *match.route;
  const size_t body_max = BodyLimit(app, route);
  if (req.body.size() > body_max) {
    Send(res, ProblemReply(MakeError(Code::kResourceExhausted, "common.body_too_large",
                                     {{"max", std::to_string(body_max)}}),
                           locale, request_id));
    return;
  }
  Ctx ctx(app, req, request_id, locale, std::move(match.params));
  ctx.set_content_reader(reader);
  Result<Reply> reply = Fail(Code::kInternal, "common.internal");
  try {
    reply = Run(app, route, req, ctx);
    // A refused streamed upload (401, 404) leaves its body unread; reading it to the end, in
    // pieces that are dropped, keeps the connection in step for the next request.
    if (reader && !ctx.body_read()) Drain(req, *reader);
  } catch (const std::exception& ex) {
    reply = Fail(Error{Code::kInternal, "common.internal", {}, {}, ex.what()});
  } catch (...) {
    reply = Fail(Error{Code::kInternal, "common.internal", {}, {}, "unknown exception"});
  }
  // The user's saved language answers when the request named none.
  if (!req.has_header("Accept-Language") && ctx.signed_in()) locale = ctx.actor().locale;
  if (reply) {
    Send(res, *reply);
  } else {
    const Error& e = reply.error();
    if (e.code == Code::kInternal || e.code == Code::kUnavailable) {
      spdlog::error("request {} {} {} failed: {} {}", request_id, req.method, req.path, e.key,
                    e.detail);
    }
    Send(res, ProblemReply(e, locale, request_id));
  }
  using Seconds = std::chrono::duration<double>;  // float-ok: latency for Prometheus
  const auto seconds = Seconds(std::chrono::steady_clock::now() - started).count();
  route.latency->Observe(seconds);
  int cls = res.status / 100;
  if (cls >= 1 && cls <= 5) route.by_class[cls - 1]->Inc();
  if (spdlog::should_log(spdlog::level::info)) {
    spdlog::info("{} {} {} {} {:.3f}ms user={} id={}", ctx.client_addr(), req.method, req.path,
                 res.status, seconds * 1000, ctx.signed_in() ? ctx.actor().login : "-", request_id);
  }
}

}  // namespace sd::http
