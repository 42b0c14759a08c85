#pragma once
// SQL for crm_samples. Only sample_store.cc touches the table. Functions need a Tx (reads any,
// writes a write Tx) and return the db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "crm/sample.h"
#include "db/database.h"

namespace sd::crm::store {

struct SampleFilter {
  std::optional<int64_t> lead_id;
  std::optional<std::string> state;
  // Requested by any of these staff (nullopt: anyone).
  std::optional<std::vector<int64_t>> requesters;
};
// Newest first, at most 500.
Result<std::vector<Sample>> ListSamples(db::Tx& tx, const SampleFilter& f);
Result<std::optional<Sample>> LoadSample(db::Tx& tx, int64_t id);
Result<int64_t> InsertSample(db::Tx& tx, const Sample& s);
// Writes state, decision, shipping and feedback columns at expected_version; false otherwise.
Result<bool> UpdateSample(db::Tx& tx, const Sample& s, int64_t expected_version);

}  // namespace sd::crm::store
