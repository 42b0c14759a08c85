// Customer import (客户导入): POST the .xlsx or CSV file itself as the body; ?dry_run=true
// checks and previews, otherwise every row is imported or none (customer.import). The
// template's headers come from GET /customers/import-template.xlsx.
#include <httplib.h>
#include <malloc.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "crm/customer_import.h"
#include "http/problem.h"
#include "http/server.h"
#include "http/table_reader.h"
#include "http/xlsx.h"

namespace sd::http {
namespace {

using nlohmann::json;

constexpr const char* kImportPermission = "customer.import";

// Milliseconds since `since`, for the import's phase log (where the time of a big file goes).
int64_t MsSince(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               since)
      .count();
}

json RowErrorsJson(const std::vector<crm::ImportRowError>& errors, Locale locale) {
  json rows = json::array();
  for (const crm::ImportRowError& e : errors) {
    rows.push_back({{"row", e.row},
                    {"field", e.field},
                    {"column", e.column},
                    {"code", e.key},
                    {"message", Catalog::Embedded().Text(e.key, locale, e.params)}});
  }
  return rows;
}

// 422 crm.import.rows_invalid with rows: [{row, field, column, code, message}].
Reply RowsInvalidReply(const Ctx& ctx, const std::vector<crm::ImportRowError>& errors,
                       int64_t error_count) {
  Error e = MakeError(Code::kFailedPrecondition, "crm.import.rows_invalid",
                      {{"count", std::to_string(error_count)}});
  Reply r = ProblemReply(e, ctx.locale(), ctx.request_id());
  json body = json::parse(r.body);
  body["rows"] = RowErrorsJson(errors, ctx.locale());
  body["error_count"] = error_count;
  r.body = body.dump();
  return r;
}

json PreviewJson(const crm::ImportPlan& plan) {
  json items = json::array();
  for (const crm::ImportCustomer& c : plan.preview) {
    json contacts = json::array();
    for (const crm::Contact& k : c.f.contacts) {
      contacts.push_back({{"name", k.name}, {"mobile", k.mobile}, {"title", k.title}});
    }
    items.push_back({{"row", c.row},
                     {"name", c.f.name},
                     {"short_name", c.f.short_name},
                     {"credit_code", OrNull(c.f.credit_code)},
                     {"kind", c.f.kind},
                     {"class", c.f.customer_class},
                     {"region_id", OrNull(c.f.region_id)},
                     {"region_name", c.region_name},
                     {"owner_staff_id", OrNull(c.f.owner_staff_id)},
                     {"owner_name", c.owner_name},
                     {"contacts", std::move(contacts)}});
  }
  return items;
}

// The plan of the upload, read a row at a time into the planner (in tx): what is held is the
// upload and the plan (its rows packed), never the file's rows as strings (the reader's bounds:
// table_reader.h). The type
// is the Content-Type, or ?filename= when a client sends octets.
Result<crm::ImportPlan> PlanUpload(Ctx& ctx, db::Tx& tx) {
  std::string type = ctx.req().get_header_value("Content-Type");
  if (auto name = ctx.TextQuery("filename")) type += " " + *name;
  std::optional<crm::CustomerImportPlanner> planner;
  SD_TRY(ReadTableRows(ctx.body(), type,
                       {[&](std::vector<std::string> header) -> Result<void> {
                          SD_TRY_ASSIGN(planner,
                                        crm::CustomerImportPlanner::Start(tx, ctx.actor(), header));
                          return Ok();
                        },
                        [&](TableRow r) -> Result<void> {
                          planner->Row({r.number, std::move(r.cells)});
                          return Ok();
                        }}));
  return planner->Finish(tx);  // a file without a header row is http.table.empty above
}

// The file is read and checked in a read snapshot (ctx.Read): the write transaction, which
// every other writer of the company waits for, only writes (and checks the customers created
// since the snapshot).
Result<Reply> ImportCustomersOnce(Ctx& ctx) {
  const std::optional<std::string> dry = ctx.TextQuery("dry_run");
  if (dry && *dry != "true" && *dry != "false") {
    return Fail(ValidationError({{"dry_run", "common.field.type_boolean", {}}}));
  }
  const bool dry_run = dry == "true";
  auto started = std::chrono::steady_clock::now();
  std::optional<crm::ImportPlan> plan;
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(plan, PlanUpload(ctx, tx));
    return Reply{};
  }));
  const int64_t plan_ms = MsSince(started);
  if (plan->error_count > 0) return RowsInvalidReply(ctx, plan->errors, plan->error_count);
  if (dry_run) {
    return JsonReply(200, {{"customers", plan->customer_count},
                           {"contacts", plan->contacts},
                           {"file_rows", plan->file_rows},
                           {"ignored_columns", plan->ignored_columns},
                           {"preview", PreviewJson(*plan)}});
  }
  std::optional<crm::ImportResult> refused;
  auto phase = std::chrono::steady_clock::now();
  Result<Reply> done = ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(crm::ImportResult r, crm::CommitCustomerImport(tx, ctx.actor(), *plan));
    if (r.error_count > 0) {
      refused = std::move(r);
      return Fail(Code::kFailedPrecondition, "crm.import.rows_invalid");
    }
    spdlog::info("customer import {}: {} rows, {} customers; read and check {} ms, write {} ms",
                 ctx.request_id(), plan->file_rows, r.imported, plan_ms, MsSince(phase));
    return JsonReply(200, {{"imported", r.imported},
                           {"contacts", r.contacts},
                           {"file_rows", plan->file_rows},
                           {"ignored_columns", plan->ignored_columns}});
  });
  if (!done && refused) return RowsInvalidReply(ctx, refused->errors, refused->error_count);
  if (done)
    spdlog::info("customer import {}: committed after {} ms", ctx.request_id(), MsSince(started));
  return done;
}

// glibc keeps what a thread frees in that thread's arena: the next import on another server
// thread would grow its own, and the server's memory would hold both plans' worth (the peak
// of a dry run followed by the commit, 311 MB → <200 MB for 100,000 rows). Handed back after
// each import.
Result<Reply> ImportCustomers(Ctx& ctx) {
  Result<Reply> r = ImportCustomersOnce(ctx);
  malloc_trim(0);
  return r;
}

// The headers in the request's language on the first sheet; the second explains each column
// with its header in the other language (the import takes either). Every text is the message
// catalogue's.
Result<Reply> ImportTemplate(Ctx& ctx) {
  const Locale l = ctx.locale();
  const Locale other = l == Locale::kZhCN ? Locale::kEnUS : Locale::kZhCN;
  const Catalog& text = Catalog::Embedded();
  XlsxSheet sheet{text.Text("crm.sheet.customers", l), {}, {}};
  XlsxSheet help{
      text.Text("crm.sheet.import_help", l),
      {text.Text("crm.import.help.column", l), text.Text("crm.import.help.other_name", l),
       text.Text("crm.import.help.required", l), text.Text("crm.import.help.example", l)},
      {}};
  for (const crm::ImportColumn& c : crm::ImportColumns()) {
    sheet.header.push_back(crm::ImportColumnHeader(c, l) + (c.required ? "*" : ""));
    help.rows.push_back({crm::ImportColumnHeader(c, l), crm::ImportColumnHeader(c, other),
                         c.required ? text.Text("crm.yes", l) : std::string(),
                         std::string(c.example)});
  }
  SD_TRY_ASSIGN(std::string bytes, WriteXlsx({sheet, help}));
  Reply reply;
  reply.body = std::move(bytes);
  reply.content_type = kXlsxMediaType;
  reply.headers.emplace_back("Content-Disposition",
                             "attachment; filename=\"customer-import-template.xlsx\"");
  return reply;
}

}  // namespace

void AddCustomerImportRoutes(Router& r) {
  r.AddSchema("CustomerImportResult", R"({"type": "object", "properties": {
    "imported": {"type": "integer"}, "contacts": {"type": "integer"},
    "customers": {"type": "integer", "description": "dry run: customers the file would add"},
    "file_rows": {"type": "integer"},
    "ignored_columns": {"type": "array", "items": {"type": "string"}},
    "preview": {"type": "array", "description": "dry run: the first 20 customers parsed",
      "items": {"type": "object"}}}})");
  Route import{
      "POST",
      "/api/v1/customers/import",
      Access::kSignedIn,
      kImportPermission,
      {"crm",
       "Import customers and contacts from the .xlsx or CSV file sent as the body (UTF-8 or "
       "GBK CSV); all rows or none: any bad row gives 422 crm.import.rows_invalid with "
       "rows [{row, field, column, code, message}]; a file past the bounds (64 MiB, 200,000 "
       "rows, 256 columns, 32 KiB a cell; .xlsx: 256 MiB a part decompressed, 512 MiB in all, "
       "compression ratio 200, 64 MiB of shared strings) gives 413 with the bound's code "
       "(http.table.*), a body over 64 MiB 413 before it is read",
       {{"dry_run", "query", "boolean", "check and preview only"},
        {"filename", "query", "string", "the file name, when the Content-Type is generic"}},
       "",
       "CustomerImportResult"},
      ImportCustomers};
  import.body_bytes_max = kTableBytesMax;
  r.Add(std::move(import));
  r.Add({"GET",
         "/api/v1/customers/import-template.xlsx",
         Access::kSignedIn,
         kImportPermission,
         {"crm",
          "The import template: the column headers, and a sheet explaining them",
          {},
          "",
          "",
          200,
          kXlsxMediaType},
         ImportTemplate});
}

}  // namespace sd::http
