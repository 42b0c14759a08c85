#include "http/audit/audit_text.h"

#include <mutex>
#include <nlohmann/json.hpp>

#include "auth/audit_fields.h"
#include "catalog/audit_fields.h"
#include "crm/audit_fields.h"
#include "org/audit_fields.h"
#include "sales/audit_fields.h"

namespace sd::http {

void DescribeAuditEntities() {
  static std::once_flag once;
  std::call_once(once, [] {
    org::DescribeForAudit();
    auth::DescribeForAudit();
    crm::DescribeForAudit();
    catalog::DescribeForAudit();
    sales::DescribeForAudit();
  });
}

void AddEntryText(const audit::EntryText& text, nlohmann::json* item) {
  nlohmann::json changes = nlohmann::json::array();
  for (const audit::ChangeText& c : text.changes) {
    changes.push_back(
        {{"field", c.field}, {"label", c.label}, {"before", c.before}, {"after", c.after}});
  }
  (*item)["entity_label"] = text.entity_label;
  (*item)["action_label"] = text.action_label;
  (*item)["subject"] = text.subject;
  (*item)["changes"] = std::move(changes);
}

}  // namespace sd::http
