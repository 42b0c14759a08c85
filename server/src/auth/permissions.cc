#include "auth/permissions.h"

#include <algorithm>

namespace sd::auth {
namespace {

// Sorted. Business permissions are listed with the modules that use them; the authorities of
// the job descriptions (seed 003 template) map onto these codes.
constexpr std::string_view kAll[] = {
    "audit.read",
    "commission.set_rate",
    "competitor.manage",
    "contract.review",
    "crm.settings",
    "customer.claim",
    "customer.create",
    "customer.credit_approve",
    "customer.credit_propose",
    "customer.export",
    "customer.follow_up",
    "customer.import",
    "customer.read",
    "customer.transfer",
    "customer.transfer_approve",
    "customer.update",
    "expense.first_review",
    "fx.manage",
    "fx.read",
    "inquiry.manage",
    "kpi.assess",
    "lead.assign",
    "lead.create",
    "order.confirm_date",
    "order.hold",
    "order.request_date_change",
    "org.manage",
    "org.read",
    "price.below_floor",
    "price.propose",
    "price.read",
    "price.set",
    "product.manage",
    "product.read",
    "quotation.read",
    "quotation.write",
    "role.manage",
    "sample.approve",
    "user.manage",
    "user.read",
};

}  // namespace

std::span<const std::string_view> AllPermissions() { return kAll; }

bool IsPermission(std::string_view code) {
  return std::binary_search(std::begin(kAll), std::end(kAll), code);
}

}  // namespace sd::auth
