#include "http/server.h"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "http/jobs.h"
#include "http/pipeline.h"
#include "http/problem.h"
#include "http/web.h"

namespace sd::http {

namespace {

// The most httplib reads of one body: the largest route limit, and an attachment with room for
// its multipart framing (the attachment bound itself is kept by ReadUpload).
size_t ReadMax(const Limits& limits) {
  return std::max({limits.body_bytes_max, limits.upload_bytes_max,
                   limits.attachment_bytes_max + (size_t{64} << 10)});
}

// The regular expression of a route pattern: "/api/v1/customers/{id}/attachments" →
// "/api/v1/customers/[^/]+/attachments" (the router checks the parameters afterwards).
std::string PatternRegex(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      i = pattern.find('}', i);
      out += "[^/]+";
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace

struct Server::Impl {
  explicit Impl(const App& app) : jobs(app) {}
  httplib::Server svr;
  PeriodicJobs jobs;  // the pool sweep: at start, then hourly
};

Server::Server(App app) : app_(std::move(app)), impl_(std::make_unique<Impl>(app_)) {
  AddSystemRoutes(router_);
  AddAuthRoutes(router_);
  AddUserRoutes(router_);
  AddOrgRoutes(router_);
  AddPositionRoutes(router_);
  AddTemplateRoutes(router_);
  AddOrgExportRoutes(router_);
  AddStaffRoutes(router_);
  AddRegionRoutes(router_);
  AddProductLineRoutes(router_);
  AddAssignmentRoutes(router_);
  AddOrgChartRoutes(router_);
  AddAuditRoutes(router_);
  AddCustomerRoutes(router_);
  AddPoolRoutes(router_);
  AddCreditRoutes(router_);
  AddTransferRoutes(router_);
  AddFollowUpRoutes(router_);
  AddCalendarRoutes(router_);
  AddLeadRoutes(router_);
  AddInquiryRoutes(router_);
  AddCompetitorRoutes(router_);
  AddInboxRoutes(router_);
  AddCustomerImportRoutes(router_);
  AddCustomerExportRoutes(router_);
  AddCustomerDocRoutes(router_);
  AddProductRoutes(router_);
  AddProductFileRoutes(router_);
  AddPriceListRoutes(router_);
  AddPriceRuleRoutes(router_);
  AddPriceRequestRoutes(router_);
  AddFxRoutes(router_);
  AddQuotationRoutes(router_);
  AddQuotationFileRoutes(router_);

  httplib::Server& svr = impl_->svr;
  const int threads = app_.limits.threads;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  svr.set_keep_alive_max_count(100000);
  svr.set_keep_alive_timeout(app_.limits.keep_alive_timeout_s);
  // httplib reads bodies up to the largest route limit (uploads); HandleRequest refuses a body
  // over its route's own limit (1 MiB unless the route takes files).
  svr.set_payload_max_length(ReadMax(app_.limits));
  svr.set_tcp_nodelay(true);
  // A body over its route's limit is refused from its Content-Length before it is read (the
  // library would otherwise read up to the largest limit, 64 MiB, into memory first), and a
  // client that asks "Expect: 100-continue" is told 413 before it sends the body.
  svr.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    return RefuseOversizedBody(app_, router_, req, res)
               ? httplib::Server::HandlerResponse::Handled
               : httplib::Server::HandlerResponse::Unhandled;
  });
  svr.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
    return RefuseOversizedBody(app_, router_, req, res) ? res.status : 100;
  });
  auto handle = [this](const httplib::Request& req, httplib::Response& res) {
    HandleRequest(app_, router_, req, res);
  };
  // Routes that stream their body (attachment uploads) get it unread, through a ContentReader;
  // httplib consults these before it would read a body into memory for the ".*" handlers.
  auto handle_streamed = [this](const httplib::Request& req, httplib::Response& res,
                                const httplib::ContentReader& reader) {
    HandleRequest(app_, router_, req, res, &reader);
  };
  for (const auto& route : router_.routes()) {
    if (!route->streams_body) continue;
    SD_ASSERT(route->method == "POST", "only POST routes stream their body");
    svr.Post(PatternRegex(route->pattern),
             httplib::Server::HandlerWithContentReader(handle_streamed));
  }
  svr.Get(".*", httplib::Server::Handler(handle));
  svr.Post(".*", httplib::Server::Handler(handle));
  svr.Put(".*", httplib::Server::Handler(handle));
  svr.Patch(".*", httplib::Server::Handler(handle));
  svr.Delete(".*", httplib::Server::Handler(handle));
  // Errors httplib answers itself (oversized body, unparsable request) get problem+json too.
  svr.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    Locale locale = req.has_header("Accept-Language")
                        ? LocaleFromAcceptLanguage(req.get_header_value("Accept-Language"))
                        : Locale::kZhCN;
    const size_t read_max = ReadMax(app_.limits);
    Error e = res.status == 413   ? MakeError(Code::kResourceExhausted, "common.body_too_large",
                                              {{"max", std::to_string(read_max)}})
              : res.status == 404 ? MakeError(Code::kNotFound, "common.route_not_found")
                                  : MakeError(Code::kInvalidArgument, "common.json.malformed");
    int status = res.status;
    std::string request_id = NewRequestId();
    res.set_header("X-Request-Id", request_id);
    SecurityHeaders(false, res);
    Reply r = ProblemReply(e, locale, request_id);
    res.set_content(r.body, r.content_type);
    res.status = status;
  });
}

Server::~Server() { Stop(); }

Result<int> Server::Bind(const std::string& host, int port) {
  int bound = port;
  if (port == 0) {
    bound = impl_->svr.bind_to_any_port(host);
  } else if (!impl_->svr.bind_to_port(host, port)) {
    bound = -1;
  }
  if (bound <= 0) {
    return Fail(Error{Code::kUnavailable,
                      "http.bind_failed",
                      {{"port", std::to_string(port)}},
                      {},
                      "cannot bind " + host + ":" + std::to_string(port)});
  }
  return bound;
}

void Server::Run() {
  run_active_ = true;
  if (!stop_requested_) {
    // The first sweep runs before the server answers, so what a client sees never changes
    // under it because the server just started.
    impl_->jobs.RunOnce();
    impl_->jobs.Start();
    impl_->svr.listen_after_bind();
  }
  run_active_ = false;
}

void Server::Stop() {
  if (!impl_) return;
  stop_requested_ = true;
  // A Run that is starting will either see stop_requested_ or come to listen; wait for the
  // latter so stop() has a loop to end.
  while (run_active_ && !impl_->svr.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (impl_->svr.is_running()) impl_->svr.stop();
  impl_->jobs.Stop();
}

}  // namespace sd::http
