// Catalog files: the export (产品导出, product.read) of the list's filters as an Excel workbook
// whose columns the import reads back, and the import (产品导入, product.manage): the .xlsx or
// CSV file itself as the body, every row imported or none, ?dry_run=true to check only.
#include <httplib.h>
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "catalog/product_import.h"
#include "catalog/product_service.h"
#include "http/catalog/product_json.h"
#include "http/problem.h"
#include "http/server.h"
#include "http/table_reader.h"
#include "http/xlsx.h"

namespace sd::http {
namespace {

using nlohmann::json;

// Rows one export may hold; the catalog is read a page at a time in one read transaction.
constexpr int64_t kExportRowsMax = 200'000;
constexpr int kExportPageSize = 2'000;

std::vector<XlsxCell> ProductRow(const catalog::Product& p, Locale l) {
  const Catalog& text = Catalog::Embedded();
  return {p.f.code,
          p.f.name,
          p.f.spec,
          p.product_line_name,
          text.Text("catalog.unit." + p.f.base_unit, l),
          catalog::UnitsText(p.f.units, l),
          catalog::TaxRatePercent(p.f.tax_rate_e4),
          Money::FromFen(p.f.standard_cost_fen).ToString(),
          text.Text("catalog.source." + std::string(catalog::ProductSourceName(p.f.source)), l),
          p.f.package,
          text.Text("catalog.status." + std::string(catalog::ProductStateName(p.state)), l),
          p.f.notes};
}

Result<Reply> ExportProducts(Ctx& ctx) {
  SD_TRY_ASSIGN(catalog::ProductQuery q, ProductFilterOf(ctx));
  q.page.size = kExportPageSize;
  const Locale l = ctx.locale();
  std::string bytes;
  int64_t rows = 0;
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    XlsxStream xlsx;
    std::vector<std::string> header;
    for (const catalog::ProductColumn& c : catalog::ProductColumns()) {
      header.push_back(catalog::ProductColumnHeader(c, l));
    }
    SD_TRY_ASSIGN(size_t sheet,
                  xlsx.AddSheet(Catalog::Embedded().Text("catalog.sheet.products", l), header));
    for (q.page.page = 1;; ++q.page.page) {
      SD_TRY_ASSIGN(Page<catalog::Product> page, catalog::ListProducts(tx, q));
      if (page.total > kExportRowsMax) {
        return Fail(Code::kResourceExhausted, "http.table.too_many_rows",
                    {{"max", std::to_string(kExportRowsMax)}});
      }
      for (const catalog::Product& p : page.items) SD_TRY(xlsx.Row(sheet, ProductRow(p, l)));
      rows += static_cast<int64_t>(page.items.size());
      if (page.items.size() < static_cast<size_t>(q.page.size) || rows >= page.total) break;
    }
    SD_TRY_ASSIGN(bytes, xlsx.Finish());
    return NoContent();
  }));
  spdlog::info("product export {}: {} products, {} bytes", ctx.request_id(), rows, bytes.size());
  Reply reply;
  reply.body = std::move(bytes);
  reply.content_type = kXlsxMediaType;
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"products.xlsx\"");
  return reply;
}

// 422 catalog.import.rows_invalid with rows: [{row, field, column, code, message}].
Reply RowsInvalidReply(const Ctx& ctx, const catalog::ImportPlan& plan) {
  Error e = MakeError(Code::kFailedPrecondition, "catalog.import.rows_invalid",
                      {{"count", std::to_string(plan.error_count)}});
  Reply r = ProblemReply(e, ctx.locale(), ctx.request_id());
  json body = json::parse(r.body);
  json rows = json::array();
  for (const catalog::ImportRowError& x : plan.errors) {
    rows.push_back({{"row", x.row},
                    {"field", x.field},
                    {"column", x.column},
                    {"code", x.key},
                    {"message", Catalog::Embedded().Text(x.key, ctx.locale(), x.params)}});
  }
  body["rows"] = std::move(rows);
  body["error_count"] = plan.error_count;
  r.body = body.dump();
  return r;
}

// The plan of the upload, read a row at a time (the reader's bounds: table_reader.h).
Result<catalog::ImportPlan> PlanUpload(Ctx& ctx, db::Tx& tx) {
  std::string type = ctx.req().get_header_value("Content-Type");
  if (auto name = ctx.TextQuery("filename")) type += " " + *name;
  std::optional<catalog::ProductImportPlanner> planner;
  SD_TRY(ReadTableRows(ctx.body(), type,
                       {[&](std::vector<std::string> header) -> Result<void> {
                          SD_TRY_ASSIGN(
                              planner, catalog::ProductImportPlanner::Start(tx, std::move(header)));
                          return Ok();
                        },
                        [&](TableRow r) -> Result<void> {
                          planner->Row(r.number, r.cells);
                          return Ok();
                        }}));
  return planner->Finish(tx);  // a file without a header row is http.table.empty above
}

Result<Reply> ImportProducts(Ctx& ctx) {
  const std::optional<std::string> dry = ctx.TextQuery("dry_run");
  if (dry && *dry != "true" && *dry != "false") {
    return Fail(ValidationError({{"dry_run", "common.field.type_boolean", {}}}));
  }
  if (dry == "true") {
    return ctx.Read([&](db::Tx& tx) -> Result<Reply> {
      SD_TRY_ASSIGN(catalog::ImportPlan plan, PlanUpload(ctx, tx));
      if (plan.error_count > 0) return RowsInvalidReply(ctx, plan);
      return JsonReply(200, {{"products", plan.products.size()},
                             {"file_rows", plan.file_rows},
                             {"ignored_columns", plan.ignored_columns}});
    });
  }
  std::optional<catalog::ImportPlan> refused;
  Result<Reply> done = ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(catalog::ImportPlan plan, PlanUpload(ctx, tx));
    if (plan.error_count > 0) {
      refused = std::move(plan);
      return Fail(Code::kFailedPrecondition, "catalog.import.rows_invalid");
    }
    SD_TRY_ASSIGN(int64_t imported, catalog::CommitProductImport(tx, ctx.actor(), plan));
    return JsonReply(200, {{"imported", imported},
                           {"file_rows", plan.file_rows},
                           {"ignored_columns", plan.ignored_columns}});
  });
  if (!done && refused) return RowsInvalidReply(ctx, *refused);
  return done;
}

}  // namespace

void AddProductFileRoutes(Router& r) {
  r.AddSchema("ProductImportResult", R"({"type": "object", "properties": {
    "imported": {"type": "integer"},
    "products": {"type": "integer", "description": "dry run: products the file would add"},
    "file_rows": {"type": "integer"},
    "ignored_columns": {"type": "array", "items": {"type": "string"}}}})");
  r.Add({"GET",
         "/api/v1/products/export.xlsx",
         Access::kSignedIn,
         "product.read",
         {"catalog",
          "The products of the list's filters as an Excel workbook (sheet 产品, the import's "
          "columns, headers in the request's language; at most 200,000 rows)",
          {{"q", "query", "string", "as the list"},
           {"product_line_id", "query", "integer", ""},
           {"source", "query", "string", "made | bought"},
           {"status", "query", "string", "active | discontinued"},
           {"sort", "query", "string", "code | name | -updated_at"}},
          "",
          "",
          200,
          kXlsxMediaType},
         ExportProducts});
  Route import{
      "POST",
      "/api/v1/products/import",
      Access::kSignedIn,
      "product.manage",
      {"catalog",
       "Import new products from the .xlsx or CSV file sent as the body (the export's "
       "columns; 产品名称, 产品线 and 基本单位 required; units written 千克=0.001; "
       "袋=1); all rows or none: any bad row gives 422 catalog.import.rows_invalid with "
       "rows [{row, field, column, code, message}]; at most 20,000 products (413 "
       "catalog.import.too_many_products) within the table reader's bounds (413 "
       "http.table.*)",
       {{"dry_run", "query", "boolean", "check only"},
        {"filename", "query", "string", "the file name, when the Content-Type is generic"}},
       "",
       "ProductImportResult"},
      ImportProducts};
  import.body_bytes_max = kTableBytesMax;
  r.Add(std::move(import));
}

}  // namespace sd::http
