#pragma once
// SQL for crm_follow_up_plans and crm_follow_ups. Only follow_up_store.cc touches them.
// Functions need a Tx (reads any, writes a write Tx) and return the db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "crm/follow_up.h"
#include "db/database.h"

namespace sd::crm::store {

struct PlanFilter {
  std::optional<std::vector<int64_t>> staff_ids;  // any of these (nullopt: everyone)
  std::optional<int64_t> customer_id;
  std::optional<std::string> from;  // planned_on >= from
  std::optional<std::string> to;    // planned_on <= to
  std::optional<std::string> kind;
  std::optional<std::string> state;
};

// Plans ordered by planned_on, planned_time, id; at most kPlansMax.
inline constexpr int64_t kPlansMax = 2000;
Result<std::vector<Plan>> ListPlans(db::Tx& tx, const PlanFilter& f);
Result<std::optional<Plan>> LoadPlan(db::Tx& tx, int64_t id);
Result<int64_t> InsertPlan(db::Tx& tx, const PlanFields& f, int64_t now_us);
// Writes the fields and state if the row is at expected_version (bumping it); false otherwise.
Result<bool> UpdatePlan(db::Tx& tx, int64_t id, int64_t expected_version, const PlanFields& f,
                        PlanState state);

// Records of a customer, newest first (happened_on, id).
Result<std::vector<FollowUp>> ListFollowUps(db::Tx& tx, int64_t customer_id, int64_t limit);
Result<std::optional<FollowUp>> LoadFollowUp(db::Tx& tx, int64_t id);
Result<int64_t> InsertFollowUp(db::Tx& tx, const FollowUpFields& f, int64_t now_us);

// Whether contact_id is a contact of customer_id.
Result<bool> ContactOfCustomer(db::Tx& tx, int64_t contact_id, int64_t customer_id);

// For the inbox: open plans of staff_id planned on or before `on`.
Result<std::vector<Plan>> DuePlans(db::Tx& tx, int64_t staff_id, const std::string& on);

struct DueCustomer {
  int64_t id = 0;
  std::string code;
  std::string name;
  std::string next_follow_up_on;
};
// For the inbox: customers owned by staff_id with next_follow_up_on on or before `on`.
Result<std::vector<DueCustomer>> DueCustomers(db::Tx& tx, int64_t staff_id, const std::string& on);

}  // namespace sd::crm::store
