#pragma once
// Per-request context handed to handlers: the parsed request, the caller, and helpers to run
// the one service call in a transaction.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "auth/session_service.h"
#include "base/i18n.h"
#include "base/page.h"
#include "http/app.h"
#include "http/reply.h"

namespace httplib {
struct Request;
class ContentReader;
}  // namespace httplib

namespace sd::http {

class Ctx {
 public:
  Ctx(App& app, const httplib::Request& req, std::string request_id, Locale locale,
      std::vector<std::pair<std::string, std::string>> path_params);

  App& app() { return app_; }
  const httplib::Request& req() const { return req_; }
  const std::string& request_id() const { return request_id_; }
  Locale locale() const { return locale_; }
  int64_t now_us() const { return now_us_; }
  const std::string& client_addr() const;
  const std::string& body() const;

  // The signed-in session; SD_ASSERTs on public routes (the router authenticates first).
  const auth::Session& session() const;
  const auth::Actor& actor() const { return session().actor; }
  bool signed_in() const { return session_.has_value(); }
  void set_session(auth::Session s) { session_ = std::move(s); }

  // Path parameter {name}, as text.
  std::string_view Param(std::string_view name) const;
  // Path parameter as a positive id; kNotFound "common.not_found" otherwise (an id that cannot
  // exist is a missing record, not a bad request).
  Result<int64_t> IdParam(std::string_view name) const;
  // Query parameter, if present.
  std::optional<std::string> Query(std::string_view name) const;
  // Query parameter, nullopt when absent or empty (an empty search box filters nothing).
  std::optional<std::string> TextQuery(std::string_view name) const;
  // Integer query parameter, nullopt when absent or empty. Errors: kInvalidArgument
  // "common.validation_failed" with field error `name` "common.field.type_integer" when the
  // text is not an integer.
  Result<std::optional<int64_t>> IntQuery(std::string_view name) const;
  // An id in the query string (?department_id=2): IntQuery, and also the field error when it is
  // not positive.
  Result<std::optional<int64_t>> IdQuery(std::string_view name) const;
  // The required ?version=N of a DELETE (the version the caller read, a positive integer).
  // Errors: kInvalidArgument with field error "version" "common.field.required" when absent,
  // "common.field.type_integer" when not a positive integer.
  Result<int64_t> VersionQuery() const;
  // page/size from the query: defaults 1/20; size > kMaxPageSize → kResourceExhausted.
  Result<PageRequest> Paging() const;

  // Runs fn in a write transaction. With an Idempotency-Key the reply is stored in the same
  // transaction, so a replay returns exactly what the first request committed.
  Result<Reply> Write(const std::function<Result<Reply>(db::Tx&)>& fn);
  // Runs fn in a read transaction.
  Result<Reply> Read(const std::function<Result<Reply>(db::Tx&)>& fn);

  // Set by the router when the request carries a valid Idempotency-Key on POST.
  void set_idempotency(std::string key, std::string request_hash) {
    idempotency_key_ = std::move(key);
    request_hash_ = std::move(request_hash);
  }
  const std::optional<std::string>& idempotency_key() const { return idempotency_key_; }
  const std::string& request_hash() const { return request_hash_; }
  bool reply_stored() const { return reply_stored_; }

  // The body of a streams_body route, unread (nullptr on other routes). A reader may read it
  // once; mark_body_read() says it did, so the pipeline need not drain it.
  const httplib::ContentReader* content_reader() const { return content_reader_; }
  void set_content_reader(const httplib::ContentReader* r) { content_reader_ = r; }
  bool body_read() const { return body_read_; }
  void mark_body_read() { body_read_ = true; }

 private:
  App& app_;
  const httplib::Request& req_;
  std::string request_id_;
  Locale locale_;
  int64_t now_us_;
  std::string client_addr_;  // the peer, or the client behind a trusted proxy
  std::vector<std::pair<std::string, std::string>> path_params_;
  std::optional<auth::Session> session_;
  std::optional<std::string> idempotency_key_;
  std::string request_hash_;
  bool reply_stored_ = false;
  const httplib::ContentReader* content_reader_ = nullptr;
  bool body_read_ = false;
};

}  // namespace sd::http
