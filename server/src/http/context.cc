#include "http/context.h"

#include <httplib.h>

#include <charconv>

#include "http/dates.h"
#include "http/idempotency_store.h"
#include "http/pipeline.h"

namespace sd::http {

Ctx::Ctx(App& app, const httplib::Request& req, std::string request_id, Locale locale,
         std::vector<std::pair<std::string, std::string>> path_params)
    : app_(app),
      req_(req),
      request_id_(std::move(request_id)),
      locale_(locale),
      now_us_(app.clock->NowMicros()),
      client_addr_(ClientAddress(app, req)),
      path_params_(std::move(path_params)) {}

const std::string& Ctx::client_addr() const { return client_addr_; }
const std::string& Ctx::body() const { return req_.body; }

const auth::Session& Ctx::session() const {
  SD_ASSERT(session_.has_value(), "session() on a public route");
  return *session_;
}

std::string_view Ctx::Param(std::string_view name) const {
  for (const auto& [k, v] : path_params_) {
    if (k == name) return v;
  }
  SD_ASSERT(false, "no such path parameter in the route pattern");
  return {};
}

Result<int64_t> Ctx::IdParam(std::string_view name) const {
  std::string_view text = Param(name);
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) {
    return Fail(Code::kNotFound, "common.not_found");
  }
  return id;
}

std::optional<std::string> Ctx::Query(std::string_view name) const {
  std::string key(name);
  if (!req_.has_param(key)) return std::nullopt;
  return req_.get_param_value(key);
}

std::optional<std::string> Ctx::TextQuery(std::string_view name) const {
  std::optional<std::string> v = Query(name);
  if (v && v->empty()) return std::nullopt;
  return v;
}

Result<std::optional<int64_t>> Ctx::IntQuery(std::string_view name) const {
  std::optional<std::string> text = TextQuery(name);
  if (!text) return std::optional<int64_t>();
  std::optional<int64_t> v = ParseInt(*text);
  if (!v) return InvalidField(std::string(name), "common.field.type_integer");
  return v;
}

Result<std::optional<int64_t>> Ctx::IdQuery(std::string_view name) const {
  SD_TRY_ASSIGN(std::optional<int64_t> id, IntQuery(name));
  if (id && *id <= 0) return InvalidField(std::string(name), "common.field.type_integer");
  return id;
}

Result<int64_t> Ctx::VersionQuery() const {
  SD_TRY_ASSIGN(std::optional<int64_t> version, IdQuery("version"));
  if (!version) return InvalidField("version", "common.field.required");
  return *version;
}

Result<PageRequest> Ctx::Paging() const {
  PageRequest p;
  Error bad = MakeError(Code::kInvalidArgument, "common.validation_failed");
  auto read = [&](const char* name, int* out) {
    auto v = Query(name);
    if (!v) return;
    int n = 0;
    auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || ptr != v->data() + v->size() || n < 1) {
      bad.fields.push_back({name, "common.field.type_integer", {}});
      return;
    }
    *out = n;
  };
  read("page", &p.page);
  read("size", &p.size);
  if (!bad.fields.empty()) return bad;
  if (p.size > kMaxPageSize) {
    return Fail(Code::kResourceExhausted, "common.page_too_large",
                {{"max", std::to_string(kMaxPageSize)}});
  }
  return p;
}

Result<Reply> Ctx::Write(const std::function<Result<Reply>(db::Tx&)>& fn) {
  std::optional<Reply> out;
  SD_TRY(app_.db->Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(Reply reply, fn(tx));
    if (idempotency_key_ && session_) {
      idempotency::Stored s{req_.method, req_.path, request_hash_, reply};
      SD_TRY(idempotency::Save(tx, session_->actor.user_id, *idempotency_key_, s, now_us_));
    }
    out.emplace(std::move(reply));
    return Ok();
  }));
  reply_stored_ = idempotency_key_.has_value() && session_.has_value();
  return std::move(*out);
}

Result<Reply> Ctx::Read(const std::function<Result<Reply>(db::Tx&)>& fn) {
  std::optional<Reply> out;
  SD_TRY(app_.db->Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(Reply reply, fn(tx));
    out.emplace(std::move(reply));
    return Ok();
  }));
  return std::move(*out);
}

}  // namespace sd::http
