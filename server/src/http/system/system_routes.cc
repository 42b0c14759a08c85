// /healthz, /metrics and the OpenAPI document.
#include <nlohmann/json.hpp>

#include "base/metrics.h"
#include "http/server.h"

namespace sd::http {

void AddSystemRoutes(Router& r) {
  r.AddSchema("Health", R"({"type": "object", "properties": {
    "status": {"type": "string", "enum": ["ok", "unhealthy"]},
    "db": {"type": "string", "enum": ["sqlite", "postgresql"]}}})");
  r.Add({"GET",
         "/healthz",
         Access::kPublic,
         "",
         {"system",
          "Liveness and database health (503 when the database is unhealthy)",
          {},
          "",
          "Health"},
         [](Ctx& ctx) -> Result<Reply> {
           bool ok = ctx.app().db->healthy();
           const char* backend =
               ctx.app().db->backend() == db::Backend::kSqlite ? "sqlite" : "postgresql";
           Reply reply =
               JsonReply(ok ? 200 : 503, {{"status", ok ? "ok" : "unhealthy"}, {"db", backend}});
           reply.headers.emplace_back("Cache-Control", "no-store");
           return reply;
         }});
  r.Add({"GET",
         "/metrics",
         Access::kPublic,
         "",
         {"system", "Prometheus metrics: request counts, latency and database timings", {}, "", ""},
         [](Ctx&) -> Result<Reply> {
           Reply reply;
           reply.body = metrics::Registry::Default().Render();
           reply.content_type = "text/plain; version=0.0.4; charset=utf-8";
           return reply;
         }});
  r.Add({"GET",
         "/api/v1/openapi.json",
         Access::kPublic,
         "",
         {"system", "This OpenAPI 3 document", {}, "", ""},
         [&r](Ctx&) -> Result<Reply> {
           Reply reply;
           reply.body = OpenApiDocument(r, SALESDESK_VERSION);
           return reply;
         }});
}

}  // namespace sd::http
