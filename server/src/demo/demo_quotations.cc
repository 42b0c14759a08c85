#include "demo/demo_quotations.h"

#include <string>
#include <vector>

#include "auth/scope.h"
#include "auth/user_store.h"
#include "base/clock.h"
#include "catalog/product_service.h"
#include "crm/customer_service.h"
#include "crm/lead_service.h"
#include "demo/demo_staff.h"
#include "org/staff_service.h"
#include "sales/fx_service.h"
#include "sales/quotation_service.h"

namespace sd::demo {
namespace {

// The account's actor: the system's permissions, the account's name and staff member (by its
// code), so the records read as the person's work.

Result<int64_t> ProductId(db::Tx& tx, const char* code) {
  catalog::ProductQuery q;
  q.q = code;
  SD_TRY_ASSIGN(Page<catalog::Product> page, catalog::ListProducts(tx, q));
  for (const catalog::Product& p : page.items) {
    if (p.f.code == code) return p.id;
  }
  return Fail(Code::kFailedPrecondition, "demo.not_loaded");
}

struct LineSeed {
  const char* product;
  const char* unit;  // "" = the base unit
  const char* qty;
  const char* price;  // 含税, yuan
};

struct QuotationSeed {
  int customer;  // index among 张明's customers
  int validity_days;
  const char* payment;
  const char* delivery;
  std::vector<LineSeed> lines;
  std::vector<sales::QuotationAction> actions;
  const char* note;
};

sales::QuotationLineInput Line(int64_t product_id, const LineSeed& l) {
  return {product_id, l.unit, *Decimal4::Parse(l.qty), *Decimal4::Parse(l.price), ""};
}

}  // namespace

Result<void> LoadQuotations(db::Tx& tx, const audit::Context& ctx) {
  using A = sales::QuotationAction;
  auth::Actor system = auth::SystemActor(ctx.at_us);
  system.audit = ctx;
  const std::string today = CompanyDay(ctx.at_us);
  SD_TRY_ASSIGN(auth::Actor rep, ActAs(tx, system, "rep.zhang"));
  crm::CustomerQuery cq;
  cq.owner_staff_id = rep.staff_id;
  cq.page.size = 10;
  SD_TRY_ASSIGN(Page<crm::Customer> customers, crm::ListCustomers(tx, rep, cq));
  if (customers.items.size() < 4) return Fail(Code::kFailedPrecondition, "demo.not_loaded");

  const std::vector<QuotationSeed> seeds = {
      {0, 15, "款到发货", "送到工地，含运费", {{"P00004", "", "300", "5280.00"}}, {}, ""},
      {1,
       30,
       "月结30天",
       "岳阳港自提",
       {{"P00009", "", "500", "4150.00"}, {"P00010", "", "200", "4050.00"}},
       {A::kSubmit},
       ""},
      {2,
       15,
       "款到发货",
       "送到搅拌站",
       {{"P00003", "", "150", "5150.00"}, {"P00016", "", "20", "3200.00"}},
       {A::kSubmit, A::kSend},
       ""},
      {3,
       3,
       "预付30%，到货付清",
       "送到工地",
       {{"P00019", "drum", "40", "3300.00"}},
       {A::kSubmit, A::kSend},
       ""},
      {0,
       30,
       "合同签订后预付30%，验收后付60%，质保金10%",
       "安装调试另计",
       {{"P00022", "", "1", "1680000.00"}},
       {A::kSubmit, A::kSend, A::kAccept},
       "客户电话确认，准备合同"},
      {1,
       10,
       "款到发货",
       "送到工地",
       {{"P00004", "", "100", "5600.00"}},
       {A::kSubmit, A::kSend, A::kReject},
       "客户嫌价高，已选用其他品牌"},
      {2,
       15,
       "款到发货",
       "送到工地",
       {{"P00010", "", "80", "3980.00"}},
       {A::kCancel},
       "客户项目延期"},
      // Below the dealer floor (4,700 元/吨) for a large tender: waits for the manager in the
      // inbox.
      {3,
       20,
       "月结60天，承兑汇票",
       "送到工地，分批发货",
       {{"P00004", "", "1200", "4550.00"}},
       {A::kSubmit},
       "投标项目，量大，申请低于底价"},
  };
  for (const QuotationSeed& s : seeds) {
    sales::QuotationFields f;
    f.customer_id = customers.items[static_cast<size_t>(s.customer)].id;
    f.validity_days = s.validity_days;
    f.payment_terms = s.payment;
    f.delivery_terms = s.delivery;
    for (const LineSeed& l : s.lines) {
      SD_TRY_ASSIGN(int64_t pid, ProductId(tx, l.product));
      f.lines.push_back(Line(pid, l));
    }
    SD_TRY_ASSIGN(sales::Quotation q, sales::CreateQuotation(tx, rep, f, today));
    for (A a : s.actions) {
      SD_TRY_ASSIGN(q, sales::ActOnQuotation(tx, rep, q.id, a, {q.version, s.note}, today));
    }
  }

  // Finance's dollar rate, then 许诺's export quotation from the first inquiry.
  SD_TRY_ASSIGN(auth::Actor finance, ActAs(tx, system, "finance.zhao"));
  SD_TRY(sales::SetFxRate(tx, finance, {"USD", today, "7.1234", "中国人民银行中间价"}));
  SD_TRY_ASSIGN(auth::Actor trade, ActAs(tx, system, "trade.xu"));
  crm::LeadQuery lq;
  lq.kind = crm::LeadKind::kInquiry;
  SD_TRY_ASSIGN(Page<crm::Lead> inquiries, crm::ListLeads(tx, trade, lq));
  if (inquiries.items.empty()) return Fail(Code::kFailedPrecondition, "demo.not_loaded");
  sales::QuotationFields f;
  f.lead_id = inquiries.items.back().id;  // Gulf Road Contracting, the first recorded
  f.currency = "USD";
  f.incoterm = "FOB";
  f.incoterm_place = "Shanghai";
  f.validity_days = 30;
  f.payment_terms = "T/T 30% in advance, 70% against copy of B/L";
  f.delivery_terms = "Shipment within 30 days after deposit, in bitumen drums";
  SD_TRY_ASSIGN(int64_t pid, ProductId(tx, "P00004"));
  f.lines.push_back(Line(pid, {"P00004", "", "2000", "735.50"}));
  SD_TRY_ASSIGN(sales::Quotation q, sales::CreateQuotation(tx, trade, f, today));
  SD_TRY_ASSIGN(q, sales::ActOnQuotation(tx, trade, q.id, A::kSubmit, {q.version, ""}, today));
  SD_TRY(sales::ActOnQuotation(tx, trade, q.id, A::kSend, {q.version, ""}, today));
  return Ok();
}

}  // namespace sd::demo
