// The quotation list as an Excel workbook (报价单导出, quotation.read): the list's filters and
// scope, headers in the request's language.
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "http/sales/quotation_json.h"
#include "http/server.h"
#include "http/xlsx.h"
#include "sales/quotation_service.h"

namespace sd::http {
namespace {

constexpr int64_t kExportRowsMax = 200'000;
constexpr int kExportPageSize = 2'000;

constexpr std::string_view kColumns[] = {
    "sales.field.number",    "sales.field.quoted_on",   "sales.field.customer",
    "sales.field.owner",     "sales.field.currency",    "sales.field.net",
    "sales.field.tax",       "sales.field.total",       "sales.field.fx_rate",
    "sales.field.total_cny", "sales.field.valid_until", "sales.field.status"};

std::vector<XlsxCell> Row(const sales::Quotation& q, Locale l) {
  const Catalog& text = Catalog::Embedded();
  return {q.number.value_or(""),
          q.f.quoted_on,
          q.customer_name,
          q.owner_name,
          q.f.currency,
          q.totals.net.ToString(),
          q.totals.tax.ToString(),
          q.totals.gross.ToString(),
          sales::FormatRate(q.fx_rate_e6),
          q.gross_cny.ToString(),
          q.valid_until,
          text.Text("sales.quotation.state." + std::string(sales::QuotationStateName(q.state)), l)};
}

Result<Reply> Export(Ctx& ctx) {
  SD_TRY_ASSIGN(sales::QuotationFilter f, QuotationFilterOf(ctx));
  PageRequest page{1, kExportPageSize};
  const Locale l = ctx.locale();
  std::string bytes;
  int64_t rows = 0;
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    XlsxStream xlsx;
    std::vector<std::string> header;
    for (std::string_view key : kColumns) header.push_back(Catalog::Embedded().Text(key, l));
    SD_TRY_ASSIGN(size_t sheet,
                  xlsx.AddSheet(Catalog::Embedded().Text("sales.quotation.sheet", l), header));
    for (page.page = 1;; ++page.page) {
      SD_TRY_ASSIGN(Page<sales::Quotation> p, sales::ListQuotations(tx, ctx.actor(), f, page));
      if (p.total > kExportRowsMax) {
        return Fail(Code::kResourceExhausted, "http.table.too_many_rows",
                    {{"max", std::to_string(kExportRowsMax)}});
      }
      for (const sales::Quotation& q : p.items) SD_TRY(xlsx.Row(sheet, Row(q, l)));
      rows += static_cast<int64_t>(p.items.size());
      if (p.items.size() < static_cast<size_t>(page.size) || rows >= p.total) break;
    }
    SD_TRY_ASSIGN(bytes, xlsx.Finish());
    return NoContent();
  }));
  spdlog::info("quotation export {}: {} rows, {} bytes", ctx.request_id(), rows, bytes.size());
  Reply reply;
  reply.body = std::move(bytes);
  reply.content_type = kXlsxMediaType;
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"quotations.xlsx\"");
  return reply;
}

}  // namespace

void AddQuotationFileRoutes(Router& r) {
  r.Add({"GET",
         "/api/v1/quotations/export.xlsx",
         Access::kSignedIn,
         "quotation.read",
         {"sales",
          "The quotation list as .xlsx (the list's filters and scope; headers in the request's "
          "language)",
          {{"customer_id", "query", "integer", ""},
           {"owner_staff_id", "query", "integer", ""},
           {"state", "query", "string", ""},
           {"from", "query", "string", ""},
           {"to", "query", "string", ""},
           {"number", "query", "string", ""}},
          "",
          "",
          200,
          kXlsxMediaType},
         Export});
}

}  // namespace sd::http
