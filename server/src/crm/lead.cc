#include "crm/lead.h"

#include <algorithm>

#include "base/clock.h"
#include "base/text.h"

namespace sd::crm {
// The names are string literals, so their data() ends in a NUL.
const char* LeadStateName(LeadState s) { return doc::NameOf(kLeadStateNames, s).data(); }
const char* LeadActionName(LeadAction a) { return doc::NameOf(kLeadActionNames, a).data(); }

bool ParseLeadState(std::string_view s, LeadState* out) {
  return doc::ParseName(kLeadStateNames, s, out);
}

bool ParseLeadAction(std::string_view s, LeadAction* out) {
  return doc::ParseName(kLeadActionNames, s, out);
}

const char* LeadKindName(LeadKind k) { return k == LeadKind::kLead ? "lead" : "inquiry"; }

bool ParseLeadKind(std::string_view s, LeadKind* out) {
  if (s == "lead") {
    *out = LeadKind::kLead;
  } else if (s == "inquiry") {
    *out = LeadKind::kInquiry;
  } else {
    return false;
  }
  return true;
}

void CheckLeadFields(const LeadFields& f, std::vector<FieldError>* errors) {
  CheckTextField("source", f.source, kLeadTextMax, false, errors);
  CheckTextField("company", f.company, kLeadTextMax, true, errors);
  CheckTextField("contact_name", f.contact_name, kLeadTextMax, false, errors);
  CheckTextField("phone", f.phone, kLeadTextMax, false, errors);
  CheckTextField("email", f.email, kLeadTextMax, false, errors);
  CheckTextField("wechat", f.wechat, kLeadTextMax, false, errors);
  CheckTextField("country", f.country, kLeadTextMax, false, errors);
  CheckTextField("products", f.products, kLeadMessageMax, false, errors);
  CheckTextField("message", f.message, kLeadMessageMax, false, errors);
  if (!f.email.empty()) {
    const size_t at = f.email.find('@');
    if (at == std::string::npos || at == 0 || at + 1 >= f.email.size()) {
      errors->push_back({"email", "crm.lead.email_invalid", {}});
    }
  }
}

std::optional<int64_t> ResponseMinutes(const Lead& lead) {
  if (!lead.contacted_at_us) return std::nullopt;
  return std::max<int64_t>(0, (*lead.contacted_at_us - lead.received_at_us) / kMicrosPerMinute);
}

ResponseFigures SummariseResponse(std::vector<int64_t> minutes) {
  ResponseFigures out;
  out.count = static_cast<int64_t>(minutes.size());
  if (minutes.empty()) return out;
  std::sort(minutes.begin(), minutes.end());
  int64_t sum = 0;
  for (int64_t m : minutes) sum += m;
  out.average_minutes = sum / out.count;
  // Nearest rank: the smallest value with at least 90% of the samples at or below it.
  const size_t rank = (minutes.size() * 90 + 99) / 100;
  out.p90_minutes = minutes[std::max<size_t>(rank, 1) - 1];
  return out;
}

audit::Snapshot LeadSnapshot(const Lead& l) {
  return {{"kind", std::string(LeadKindName(l.kind))},
          {"state", std::string(LeadStateName(l.state))},
          {"source", l.f.source},
          {"company", l.f.company},
          {"contact_name", l.f.contact_name},
          {"phone", l.f.phone},
          {"email", l.f.email},
          {"region_id", audit::OrNull(l.f.region_id)},
          {"country", l.f.country},
          {"time_zone", l.f.time_zone},
          {"assignee_staff_id", audit::OrNull(l.assignee_staff_id)},
          {"customer_id", audit::OrNull(l.customer_id)},
          {"discard_reason", l.discard_reason}};
}

}  // namespace sd::crm
