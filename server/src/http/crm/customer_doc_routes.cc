// Attachments and comments of customers (客户附件、备注): the document pattern's routes under
// /api/v1/customers/{id}, scope-checked by crm (crm/customer_doc.h).
#include "crm/customer_doc.h"
#include "http/doc/doc_routes.h"
#include "http/server.h"

namespace sd::http {

void AddCustomerDocRoutes(Router& r) {
  AddDocRoutes(r, {&crm::kCustomerDoc, "/api/v1/customers/{id}", "crm", "customer", "customer.read",
                   "customer.update"});
}

}  // namespace sd::http
