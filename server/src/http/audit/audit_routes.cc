// The audit log, read-only (permission audit.read).
#include <nlohmann/json.hpp>

#include "audit/audit.h"
#include "audit/describe.h"
#include "auth/permissions.h"
#include "http/audit/audit_text.h"
#include "http/dates.h"
#include "http/server.h"

namespace sd::http {
namespace {

nlohmann::json JsonOrNull(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  return j.is_discarded() ? nlohmann::json(*text) : j;
}

Result<Reply> ListAudit(Ctx& ctx) {
  audit::Filter f;
  SD_TRY_ASSIGN(f.page, ctx.Paging());
  Error bad = MakeError(Code::kInvalidArgument, "common.validation_failed");
  auto text = [&](const char* name) { return ctx.TextQuery(name); };
  auto integer = [&](const char* name) -> std::optional<int64_t> {
    auto v = text(name);
    if (!v) return std::nullopt;
    auto n = ParseInt(*v);
    if (!n) bad.fields.push_back({name, "common.field.type_integer", {}});
    return n;
  };
  auto date = [&](const char* name) -> std::optional<int64_t> {
    auto v = text(name);
    if (!v) return std::nullopt;
    auto us = DateStartMicros(*v);
    if (!us) bad.fields.push_back({name, "common.field.invalid_date", {}});
    return us;
  };
  f.entity = text("entity");
  f.action = text("action");
  f.login = text("user_login");
  f.entity_id = integer("entity_id");
  f.user_id = integer("user_id");
  f.from_us = date("from");
  f.to_us = date("to");
  if (f.to_us) *f.to_us += kMicrosPerDay;  // "to" is inclusive of that whole day
  if (!bad.fields.empty()) return bad;
  return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(audit::TextPage rendered, audit::ListWithText(tx, f, ctx.locale()));
    const Page<audit::Entry>& page = rendered.page;
    nlohmann::json items = nlohmann::json::array();
    for (size_t i = 0; i < page.items.size(); ++i) {
      const audit::Entry& e = page.items[i];
      nlohmann::json item = {{"id", e.id},
                             {"at", FormatTimestamp(e.at_us)},
                             {"user_id", OrNull(e.user_id)},
                             {"user_login", e.user_login},
                             {"client_addr", e.client_addr},
                             {"request_id", e.request_id},
                             {"entity", e.entity},
                             {"entity_id", e.entity_id},
                             {"action", e.action},
                             {"before", JsonOrNull(e.before_json)},
                             {"after", JsonOrNull(e.after_json)}};
      AddEntryText(rendered.texts[i], &item);
      items.push_back(std::move(item));
    }
    return PageReply(items, page);
  });
}

}  // namespace

void AddAuditRoutes(Router& r) {
  DescribeAuditEntities();
  r.AddSchema("AuditPage", std::string(R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"type": "object", "properties": {
      "id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"},
      "user_id": {"type": "integer", "nullable": true}, "user_login": {"type": "string"},
      "client_addr": {"type": "string"}, "request_id": {"type": "string"},
      "entity": {"type": "string"}, "entity_id": {"type": "integer"},
      "action": {"type": "string"},
      "before": {"type": "object", "nullable": true}, "after": {"type": "object", "nullable": true},)") +
                               kEntryTextProperties + R"(}}},
    "total": {"type": "integer"}, "page": {"type": "integer"}, "size": {"type": "integer"}}})");
  r.Add({"GET",
         "/api/v1/audit",
         Access::kSignedIn,
         std::string(auth::perm::kAuditRead),
         {"audit",
          "The audit log, newest first",
          {{"entity", "query", "string", "user, role, session, department, ..."},
           {"entity_id", "query", "integer", ""},
           {"user_id", "query", "integer", "who made the change"},
           {"user_login", "query", "string", "who made the change, by login"},
           {"action", "query", "string", "create, update, disable, login, ..."},
           {"from", "query", "string", "first day, YYYY-MM-DD (Asia/Shanghai)"},
           {"to", "query", "string", "last day, YYYY-MM-DD (Asia/Shanghai)"},
           {"page", "query", "integer", ""},
           {"size", "query", "integer", ""}},
          "",
          "AuditPage"},
         ListAudit});
}

}  // namespace sd::http
