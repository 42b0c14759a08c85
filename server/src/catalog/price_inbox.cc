#include "catalog/price_inbox.h"

#include "base/money.h"
#include "catalog/price_request_service.h"

namespace sd::catalog {

Result<crm::Inbox> LoadInboxWithPrices(db::Tx& tx, const auth::Actor& actor,
                                       const std::string& today) {
  SD_TRY_ASSIGN(crm::Inbox inbox, crm::LoadInbox(tx, actor, today));
  if (!actor.Can("price.set")) return inbox;
  SD_TRY_ASSIGN(std::vector<PriceRequest> requests, PriceRequestsToDecide(tx, actor));
  if (requests.empty()) return inbox;
  std::vector<crm::InboxItem> items = std::move(inbox.items);
  int64_t listed = 0;
  for (const PriceRequest& r : requests) {
    if (++listed > crm::kInboxKindMax) break;
    crm::InboxItem i;
    i.kind = std::string(kInboxPriceChangeToApprove);
    i.title_key = "catalog.inbox.price_change_to_approve";
    auto price = [](const std::optional<int64_t>& e4) {
      return e4 ? Decimal4::FromRaw(*e4).ToString() : std::string("-");
    };
    i.params = {{"product", r.product_code + " " + r.product_name},
                {"customer", r.customer_name},
                {"kind", std::string(RuleKindName(r.f.kind))},
                {"old_price", price(r.old_e4)},
                {"new_price", price(r.f.new_e4)},
                {"by", r.proposed_by_name}};
    i.due_on = r.f.effective_from;
    i.link_type = "price_request";
    i.link_id = r.id;
    i.at_us = r.created_at_us;
    items.push_back(std::move(i));
  }
  return crm::ComposeInbox(std::move(items));
}

}  // namespace sd::catalog
