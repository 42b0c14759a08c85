#include "crm/inbox.h"

#include <algorithm>
#include <tuple>

#include "crm/credit_service.h"
#include "crm/follow_up_store.h"
#include "crm/lead_store.h"
#include "crm/notice_store.h"
#include "crm/sample_service.h"
#include "crm/transfer_service.h"

namespace sd::crm {
namespace {

InboxItem Item(std::string_view kind, std::string key, Params params,
               std::optional<std::string> due_on, std::string link_type, int64_t link_id,
               int64_t at_us) {
  InboxItem i;
  i.kind = std::string(kind);
  i.title_key = std::move(key);
  i.params = std::move(params);
  i.due_on = std::move(due_on);
  i.link_type = std::move(link_type);
  i.link_id = link_id;
  i.at_us = at_us;
  return i;
}

Result<void> AddFollowUpsDue(db::Tx& tx, int64_t staff_id, const std::string& today,
                             std::vector<InboxItem>* out) {
  SD_TRY_ASSIGN(std::vector<store::DueCustomer> customers,
                store::DueCustomers(tx, staff_id, today));
  for (const store::DueCustomer& c : customers) {
    out->push_back(Item(kInboxFollowUpDue, "crm.inbox.follow_up_due",
                        {{"code", c.code}, {"name", c.name}}, c.next_follow_up_on, "customer", c.id,
                        0));
  }
  SD_TRY_ASSIGN(std::vector<Plan> plans, store::DuePlans(tx, staff_id, today));
  for (const Plan& p : plans) {
    out->push_back(Item(
        kInboxFollowUpDue,
        p.f.kind == FollowUpKind::kVisit ? "crm.inbox.visit_planned" : "crm.inbox.call_planned",
        {{"name", p.customer_name}, {"time", p.f.planned_time}}, p.f.planned_on, "plan", p.id,
        p.created_at_us));
  }
  return Ok();
}

Result<void> AddLeads(db::Tx& tx, const auth::Actor& actor, std::vector<InboxItem>* out) {
  if (actor.staff_id) {
    SD_TRY_ASSIGN(std::vector<Lead> mine,
                  store::LeadsToContact(tx, *actor.staff_id, kInboxKindMax));
    for (const Lead& l : mine) {
      out->push_back(Item(kInboxLeadToContact, "crm.inbox.lead_to_contact",
                          {{"company", l.f.company}, {"kind", LeadKindName(l.kind)}}, std::nullopt,
                          LeadKindName(l.kind), l.id, l.received_at_us));
    }
  }
  if (actor.Can("lead.assign")) {
    SD_TRY_ASSIGN(std::vector<Lead> open, store::UnassignedLeads(tx, kInboxKindMax));
    for (const Lead& l : open) {
      out->push_back(Item(kInboxLeadUnassigned, "crm.inbox.lead_unassigned",
                          {{"company", l.f.company}, {"region", l.region_name}}, std::nullopt,
                          LeadKindName(l.kind), l.id, l.received_at_us));
    }
  }
  return Ok();
}

Result<void> AddSamples(db::Tx& tx, const auth::Actor& actor, std::vector<InboxItem>* out) {
  if (!actor.Can("sample.approve")) return Ok();
  SD_TRY_ASSIGN(std::vector<Sample> samples,
                ListSamples(tx, actor, SampleQuery{std::nullopt, std::string("requested")}));
  for (const Sample& s : samples) {
    if (IsOwnRequest(s, actor.staff_id)) continue;
    out->push_back(
        Item(kInboxSampleToApprove, "crm.inbox.sample_to_approve",
             {{"product", s.f.product}, {"company", s.company}, {"requester", s.requested_by_name}},
             std::nullopt, "sample", s.id, s.created_at_us));
  }
  return Ok();
}

// Transfers and credit ratings waiting for the actor's decision (customers in scope, never
// the actor's own request).
Result<void> AddApprovals(db::Tx& tx, const auth::Actor& actor, std::vector<InboxItem>* out) {
  if (actor.Can("customer.transfer_approve")) {
    SD_TRY_ASSIGN(std::vector<Transfer> transfers, TransfersToDecide(tx, actor));
    for (const Transfer& t : transfers) {
      out->push_back(Item(kInboxTransferToApprove, "crm.inbox.transfer_to_approve",
                          {{"code", t.customer_code},
                           {"name", t.customer_name},
                           {"from", t.from_name},
                           {"to", t.to_name}},
                          std::nullopt, "transfer", t.id, t.requested_at_us));
    }
  }
  if (actor.Can("customer.credit_approve")) {
    SD_TRY_ASSIGN(std::vector<CreditRatingRecord> ratings, PendingCreditRatings(tx, actor));
    for (const CreditRatingRecord& r : ratings) {
      out->push_back(Item(kInboxCreditToApprove, "crm.inbox.credit_to_approve",
                          {{"code", r.customer_code},
                           {"name", r.customer_name},
                           {"rating", r.rating},
                           {"by", r.proposed_by_name}},
                          std::nullopt, "credit_rating", r.id, r.proposed_at_us));
    }
  }
  return Ok();
}

Result<void> AddNotices(db::Tx& tx, int64_t staff_id, std::vector<InboxItem>* out) {
  SD_TRY_ASSIGN(std::vector<store::Notice> notices, store::ListNotices(tx, staff_id, true));
  for (const store::Notice& n : notices) {
    InboxItem i = Item(kInboxNotice, "crm.notice." + n.kind, {}, std::nullopt,
                       n.customer_id ? "customer" : "notice", n.customer_id ? *n.customer_id : n.id,
                       n.created_at_us);
    if (n.kind == "lead_assigned" && n.ref_id) {
      i.link_type = "lead";
      i.link_id = *n.ref_id;
    }
    i.params_json = n.params;
    i.notice_id = n.id;
    out->push_back(std::move(i));
  }
  return Ok();
}

}  // namespace

Inbox ComposeInbox(std::vector<InboxItem> items) {
  std::stable_sort(items.begin(), items.end(), [](const InboxItem& a, const InboxItem& b) {
    // Dated items first (by date), then undated; within each, oldest first.
    return std::make_tuple(!a.due_on.has_value(), a.due_on.value_or(""), a.at_us, a.kind,
                           a.link_id) < std::make_tuple(!b.due_on.has_value(),
                                                        b.due_on.value_or(""), b.at_us, b.kind,
                                                        b.link_id);
  });
  Inbox out;
  for (const InboxItem& i : items) ++out.counts[i.kind];
  out.items = std::move(items);
  return out;
}

Result<Inbox> LoadInbox(db::Tx& tx, const auth::Actor& actor, const std::string& today) {
  std::vector<InboxItem> items;
  if (actor.staff_id) SD_TRY(AddFollowUpsDue(tx, *actor.staff_id, today, &items));
  SD_TRY(AddLeads(tx, actor, &items));
  SD_TRY(AddSamples(tx, actor, &items));
  SD_TRY(AddApprovals(tx, actor, &items));
  if (actor.staff_id) SD_TRY(AddNotices(tx, *actor.staff_id, &items));
  return ComposeInbox(std::move(items));
}

Result<void> ReadNotice(db::Tx& tx, const auth::Actor& actor, int64_t notice_id) {
  if (!actor.staff_id) return Fail(Code::kNotFound, "common.not_found");
  return store::MarkNoticeRead(tx, *actor.staff_id, notice_id, actor.audit.at_us);
}

}  // namespace sd::crm
