#pragma once
// Competitors (竞争对手) and the prices seen of them in the market (brand, product, price,
// where, at which customer). Types and pure rules only; SQL in competitor_store.cc, use cases
// in competitor_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "base/result.h"

namespace sd::crm {

struct CompetitorFields {
  std::string name;
  std::string brands;
  std::optional<int64_t> region_id;  // where it is strongest
  std::string strengths;
  std::string weaknesses;
  std::string notes;
};

struct Competitor {
  int64_t id = 0;
  CompetitorFields f;
  std::string region_name;
  int64_t price_count = 0;
  std::optional<std::string> last_seen_on;
  int64_t version = 1;
  int64_t created_at_us = 0;
  int64_t updated_at_us = 0;
};

struct PriceFields {
  std::string product;
  std::string brand;
  std::optional<int64_t> price_e4;  // ×10⁴ per unit
  std::string unit;
  std::string seen_on;  // YYYY-MM-DD
  std::optional<int64_t> region_id;
  std::optional<int64_t> customer_id;
  std::string notes;
};

struct CompetitorPrice {
  int64_t id = 0;
  int64_t competitor_id = 0;
  PriceFields f;
  std::string region_name;
  std::string customer_name;
  std::optional<int64_t> recorded_by_staff_id;
  std::string recorded_by_name;
  int64_t created_at_us = 0;
};

inline constexpr size_t kCompetitorNameMax = 128;
inline constexpr size_t kCompetitorTextMax = 4000;

void CheckCompetitorFields(const CompetitorFields& f, std::vector<FieldError>* errors);
void CheckPriceFields(const PriceFields& f, std::vector<FieldError>* errors);

audit::Snapshot CompetitorSnapshot(const Competitor& c);
audit::Snapshot PriceSnapshot(const CompetitorPrice& p);

}  // namespace sd::crm
