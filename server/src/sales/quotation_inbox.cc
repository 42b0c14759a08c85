#include "sales/quotation_inbox.h"

#include "catalog/price_inbox.h"
#include "doc/approval_service.h"
#include "doc/timeline.h"
#include "sales/quotation_doc.h"
#include "sales/quotation_service.h"

namespace sd::sales {

Result<std::vector<Quotation>> QuotationsToDecide(db::Tx& tx, const auth::Actor& actor) {
  SD_TRY_ASSIGN(std::vector<doc::ApprovalStep> steps,
                doc::StepsToDecide(tx, actor, kQuotationDocType));
  std::vector<Quotation> out;
  for (const doc::ApprovalStep& s : steps) {
    SD_TRY_ASSIGN(std::optional<Quotation> q, store::LoadQuotation(tx, s.doc_id));
    if (q && q->state == QuotationState::kSubmitted) out.push_back(std::move(*q));
  }
  return out;
}

Result<crm::Inbox> LoadInbox(db::Tx& tx, const auth::Actor& actor, const std::string& today) {
  SD_TRY_ASSIGN(crm::Inbox inbox, catalog::LoadInboxWithPrices(tx, actor, today));
  SD_TRY_ASSIGN(std::vector<Quotation> to_decide, QuotationsToDecide(tx, actor));
  if (to_decide.empty()) return inbox;
  std::vector<crm::InboxItem> items = std::move(inbox.items);
  for (const Quotation& q : to_decide) {
    crm::InboxItem i;
    i.kind = std::string(kInboxQuotationToApprove);
    i.title_key = "sales.inbox.quotation_to_approve";
    i.params = {{"number", q.number.value_or("")},
                {"customer", q.customer_name},
                {"owner", q.owner_name},
                {"total", q.totals.gross.ToString()},
                {"currency", q.f.currency}};
    i.link_type = "quotation";
    i.link_id = q.id;
    i.at_us = q.updated_at_us;
    items.push_back(std::move(i));
  }
  return crm::ComposeInbox(std::move(items));
}

Result<std::vector<crm::TimelineEvent>> QuotationTimeline(db::Tx& tx, const auth::Actor& actor,
                                                          int64_t id, Locale locale) {
  SD_TRY(GetQuotation(tx, actor, id));
  SD_TRY_ASSIGN(std::vector<doc::TimelineEvent> events,
                doc::Timeline(tx, kQuotationDoc.name, id, crm::kTimelineMax));
  std::vector<audit::Entry> entries;
  for (const doc::TimelineEvent& e : events) {
    if (e.type != "audit") continue;
    audit::Entry a;
    a.id = e.ref_id;
    a.at_us = e.at_us;
    a.user_login = e.by;
    a.entity = "quotation";
    a.entity_id = id;
    a.action = e.action;
    a.before_json = e.before_json;
    a.after_json = e.after_json;
    entries.push_back(std::move(a));
  }
  SD_TRY_ASSIGN(std::vector<audit::EntryText> texts, audit::Render(tx, entries, locale));
  std::vector<crm::TimelineEvent> out;
  size_t next = 0;
  for (doc::TimelineEvent& e : events) {
    std::optional<audit::EntryText> text;
    if (e.type == "audit" && next < texts.size()) text = std::move(texts[next++]);
    out.push_back({e.at_us, std::move(e.type), std::move(e.action), std::move(e.by),
                   std::move(e.before_json), std::move(e.after_json), std::move(e.summary),
                   e.ref_id, std::move(text)});
  }
  return out;
}

}  // namespace sd::sales
