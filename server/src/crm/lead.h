#pragma once
// Leads (线索) from online platforms and the website, and foreign inquiries (外贸询盘, kind
// inquiry) in the same table. Types and pure rules only; SQL in lead_store.cc, use cases in
// lead_service.h, the workflow in lead_states.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"
#include "crm/lead_states.h"

namespace sd::crm {

enum class LeadKind : uint8_t { kLead, kInquiry };
const char* LeadKindName(LeadKind k);  // "lead" | "inquiry"
bool ParseLeadKind(std::string_view s, LeadKind* out);

// What the creator writes.
struct LeadFields {
  std::string source;  // platform: "1688", "website", "alibaba.com", …
  std::string company;
  std::string contact_name;
  std::string phone;
  std::string email;
  std::string wechat;
  std::optional<int64_t> region_id;
  std::string country;    // inquiries
  std::string time_zone;  // inquiries: IANA zone of the buyer
  std::string products;
  std::string message;
};

struct Lead {
  int64_t id = 0;
  LeadKind kind = LeadKind::kLead;
  LeadState state = LeadState::kNew;
  LeadFields f;
  std::string region_name;
  std::string analysis;  // inquiries: 询盘分析
  std::string reply;     // inquiries: the answer sent
  std::string discard_reason;
  std::optional<int64_t> assignee_staff_id;
  std::string assignee_name;
  std::optional<int64_t> created_by_staff_id;
  std::optional<int64_t> customer_id;
  int64_t received_at_us = 0;
  std::optional<int64_t> assigned_at_us;
  std::optional<int64_t> contacted_at_us;
  std::optional<int64_t> closed_at_us;
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

inline constexpr size_t kLeadTextMax = 200;      // company, names, contact fields
inline constexpr size_t kLeadMessageMax = 8000;  // message, products, analysis, reply

// Field rules: company required; lengths; email shape when given. Appends FieldErrors.
void CheckLeadFields(const LeadFields& f, std::vector<FieldError>* errors);

// Minutes from receipt to first contact (rounded down), nullopt before contact.
std::optional<int64_t> ResponseMinutes(const Lead& lead);

// Average and 90th percentile (nearest rank) of response minutes; nullopt for no samples.
struct ResponseFigures {
  int64_t count = 0;
  std::optional<int64_t> average_minutes;  // rounded down
  std::optional<int64_t> p90_minutes;
};
ResponseFigures SummariseResponse(std::vector<int64_t> minutes);

audit::Snapshot LeadSnapshot(const Lead& l);

}  // namespace sd::crm
