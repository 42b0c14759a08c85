#pragma once
// The HTTP server: one pipeline for every request (request id → route → language → session →
// CSRF → permission → idempotency → handler → problem+json → metrics and log line), then the
// routes of each module.

#include <atomic>
#include <memory>
#include <string>

#include "http/app.h"
#include "http/router.h"

namespace sd::http {

class Server {
 public:
  explicit Server(App app);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port (0 = any free port). Returns the bound port, or kUnavailable.
  Result<int> Bind(const std::string& host, int port);
  // Serves until Stop(); blocks the caller.
  void Run();
  // Stops serving; thread-safe, idempotent.
  void Stop();

  const Router& router() const { return router_; }

 private:
  struct Impl;
  App app_;
  Router router_;
  std::unique_ptr<Impl> impl_;
  // Stop may come before Run has started listening (a test that fails early); these let it
  // end a Run that has not begun yet.
  std::atomic<bool> stop_requested_{false};
  std::atomic<bool> run_active_{false};
};

// Route registration, one function per module (http/<module>/*_routes.cc).
void AddAuthRoutes(Router& r);
void AddUserRoutes(Router& r);
void AddAuditRoutes(Router& r);
void AddOrgRoutes(Router& r);
void AddPositionRoutes(Router& r);
void AddTemplateRoutes(Router& r);
void AddOrgExportRoutes(Router& r);
void AddStaffRoutes(Router& r);
void AddRegionRoutes(Router& r);
void AddProductLineRoutes(Router& r);
void AddAssignmentRoutes(Router& r);
void AddOrgChartRoutes(Router& r);
void AddSystemRoutes(Router& r);
// crm: customers, protection and pool, follow-ups, leads and inquiries, import/export, inbox.
void AddCustomerRoutes(Router& r);
void AddPoolRoutes(Router& r);
void AddCreditRoutes(Router& r);
void AddTransferRoutes(Router& r);
void AddFollowUpRoutes(Router& r);
void AddCalendarRoutes(Router& r);
void AddLeadRoutes(Router& r);
void AddInquiryRoutes(Router& r);
void AddCompetitorRoutes(Router& r);
void AddInboxRoutes(Router& r);
void AddCustomerImportRoutes(Router& r);
void AddCustomerExportRoutes(Router& r);
void AddCustomerDocRoutes(Router& r);  // attachments, comments
// catalog: products, their export and import.
void AddProductRoutes(Router& r);
void AddProductFileRoutes(Router& r);
void AddPriceListRoutes(Router& r);
void AddPriceRuleRoutes(Router& r);
void AddPriceRequestRoutes(Router& r);
// sales: exchange rates, quotations (with attachments and comments) and their export.
void AddFxRoutes(Router& r);
void AddQuotationRoutes(Router& r);
void AddQuotationFileRoutes(Router& r);

}  // namespace sd::http
