// Customer export (客户导出, customer.export): the customers of the list's filters in the
// actor's data scope as an Excel workbook — sheet 客户 (the import columns, so a file can go
// back in, plus code, owner, rating and follow-up dates) and sheet 联系人. Audited "customer
// export" with the filters and the row count.
#include <spdlog/spdlog.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "base/money.h"
#include "crm/customer_import.h"
#include "crm/customer_service.h"
#include "http/crm/customer_json.h"
#include "http/dates.h"
#include "http/server.h"
#include "http/xlsx.h"

namespace sd::http {
namespace {

// Rows one export may hold (a workbook of this size is about 30 MB).
constexpr int64_t kExportRowsMax = 200'000;
// Customers read at a time: the export holds one page and its contacts (some 40 MB), never the
// archive. Each page is a list query from its offset, so pages must be large: at 100,000
// customers, pages of 2,000 took 139 s.
constexpr int kExportPageSize = 20'000;

Result<crm::CustomerQuery> QueryOf(const Ctx& ctx) {
  SD_TRY_ASSIGN(crm::CustomerQuery q, CustomerFilterOf(ctx));
  q.page.page = 1;
  q.page.size = kExportPageSize;
  return q;
}

std::string Text(const std::optional<std::string>& s) { return s.value_or(""); }

std::vector<XlsxCell> CustomerRow(const crm::Customer& c) {
  const crm::CustomerFields& f = c.f;
  const crm::Contact* k = c.primary_contact ? &*c.primary_contact : nullptr;
  return {c.code,
          f.name,
          f.short_name,
          Text(f.credit_code),
          f.kind,
          f.customer_class,
          f.industry,
          f.source,
          c.region_name,
          f.address,
          f.phone,
          c.owner_name,
          k ? k->name : "",
          k ? k->mobile : "",
          k ? k->phone : "",
          k ? k->title : "",
          k ? k->email : "",
          f.vat_title,
          f.tax_number,
          f.invoice_address,
          f.invoice_phone,
          f.bank_name,
          f.bank_account,
          f.settlement,
          f.credit_days,
          Money::FromFen(f.credit_limit_fen).ToString(),
          f.price_level,
          f.notes,
          Text(f.credit_rating),
          c.last_follow_up_at_us ? FormatTimestamp(*c.last_follow_up_at_us) : "",
          Text(c.next_follow_up_on)};
}

struct Export {
  std::string bytes;
  int64_t customers = 0;
  int64_t contacts = 0;
};

// The two sheets' headers in the request's language, from the message catalogue.
std::vector<std::string> CustomerHeader(Locale l) {
  const Catalog& text = Catalog::Embedded();
  std::vector<std::string> header{text.Text("crm.export.column.code", l)};
  for (const crm::ImportColumn& c : crm::ImportColumns()) {
    // The owner's name goes out (the import takes a name as well as a 工号).
    header.push_back(std::string_view(c.field) == "owner"
                         ? text.Text("crm.export.column.owner_name", l)
                         : crm::ImportColumnHeader(c, l));
  }
  for (const char* extra : {"credit_rating", "last_follow_up_at", "next_follow_up_on"}) {
    header.push_back(text.Text(std::string("crm.export.column.") + extra, l));
  }
  return header;
}

std::vector<std::string> ContactHeader(Locale l) {
  std::vector<std::string> header;
  for (const char* field : {"customer_code", "customer_name", "name", "title", "role", "phone",
                            "mobile", "wechat", "qq", "email", "is_primary"}) {
    header.push_back(
        Catalog::Embedded().Text(std::string("crm.export.contact_column.") + field, l));
  }
  return header;
}

// Writes the customers of q page by page (one read transaction, so the pages are one snapshot)
// into a constant-memory workbook.
Result<Export> BuildExport(db::Tx& tx, const auth::Actor& actor, crm::CustomerQuery q,
                           Locale locale) {
  XlsxStream xlsx;
  SD_TRY_ASSIGN(size_t customers,
                xlsx.AddSheet(Catalog::Embedded().Text("crm.sheet.customers", locale),
                              CustomerHeader(locale)));
  SD_TRY_ASSIGN(
      size_t contacts,
      xlsx.AddSheet(Catalog::Embedded().Text("crm.sheet.contacts", locale), ContactHeader(locale)));
  const std::string yes = Catalog::Embedded().Text("crm.yes", locale);
  Export out;
  for (q.page.page = 1;; ++q.page.page) {
    SD_TRY_ASSIGN(Page<crm::Customer> page, crm::ListCustomers(tx, actor, q));
    if (page.total > kExportRowsMax) {
      return Fail(Code::kResourceExhausted, "http.table.too_many_rows",
                  {{"max", std::to_string(kExportRowsMax)}});
    }
    std::vector<int64_t> ids;
    ids.reserve(page.items.size());
    for (const crm::Customer& c : page.items) ids.push_back(c.id);
    SD_TRY_ASSIGN(auto contacts_of, crm::ContactsOfCustomers(tx, ids));
    for (const crm::Customer& c : page.items) {
      SD_TRY(xlsx.Row(customers, CustomerRow(c)));
      auto it = contacts_of.find(c.id);
      if (it == contacts_of.end()) continue;
      for (const crm::Contact& k : it->second) {
        SD_TRY(xlsx.Row(contacts, {c.code, c.f.name, k.name, k.title, k.role, k.phone, k.mobile,
                                   k.wechat, k.qq, k.email, k.is_primary ? yes : std::string()}));
        ++out.contacts;
      }
    }
    out.customers += static_cast<int64_t>(page.items.size());
    if (page.items.size() < static_cast<size_t>(q.page.size) || out.customers >= page.total) break;
  }
  SD_TRY_ASSIGN(out.bytes, xlsx.Finish());
  return out;
}

Result<Reply> ExportCustomers(Ctx& ctx) {
  SD_TRY_ASSIGN(crm::CustomerQuery q, QueryOf(ctx));
  Export ex;
  const auto started = std::chrono::steady_clock::now();
  SD_TRY(ctx.Read([&](db::Tx& tx) -> Result<Reply> {
    SD_TRY_ASSIGN(ex, BuildExport(tx, ctx.actor(), q, ctx.locale()));
    return NoContent();
  }));
  using std::chrono::duration_cast;
  using std::chrono::milliseconds;
  spdlog::info("customer export {}: {} customers, {} contacts, {} bytes in {} ms", ctx.request_id(),
               ex.customers, ex.contacts, ex.bytes.size(),
               duration_cast<milliseconds>(std::chrono::steady_clock::now() - started).count());
  // What left the system is on record before the file does.
  SD_TRY(ctx.Write([&](db::Tx& tx) -> Result<Reply> {
    audit::Snapshot filter{{"customers", ex.customers}, {"contacts", ex.contacts}};
    for (const char* name : {"q", "region_id", "owner_staff_id", "class", "kind", "credit_rating",
                             "overdue", "sort"}) {
      if (auto v = ctx.TextQuery(name)) filter.emplace_back(name, *v);
    }
    SD_TRY(audit::Record(tx, ctx.actor().audit, "customer", 0, "export", std::nullopt, filter));
    return NoContent();
  }));
  Reply reply;
  reply.body = std::move(ex.bytes);
  reply.content_type = kXlsxMediaType;
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"customers.xlsx\"");
  return reply;
}

}  // namespace

void AddCustomerExportRoutes(Router& r) {
  r.Add({"GET",
         "/api/v1/customers/export.xlsx",
         Access::kSignedIn,
         "customer.export",
         {"crm",
          "The customers of the list's filters in the caller's data scope as an Excel workbook "
          "(sheets 客户 and 联系人; at most 200,000 rows), audited as customer export",
          {{"q", "query", "string", "as the list"},
           {"region_id", "query", "integer", "this region and below"},
           {"owner_staff_id", "query", "integer", ""},
           {"class", "query", "string", "key | regular | prospect"},
           {"kind", "query", "string", "end_user | dealer | agent"},
           {"credit_rating", "query", "string", "A | B | C | D"},
           {"overdue", "query", "boolean", "next follow-up before today"},
           {"sort", "query", "string", "name | -updated_at"}},
          "",
          "",
          200,
          kXlsxMediaType},
         ExportCustomers});
}

}  // namespace sd::http
