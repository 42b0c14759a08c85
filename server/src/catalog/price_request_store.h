#pragma once
// SQL for catalog_price_requests. Only price_request_store.cc touches it. Functions need a Tx
// (reads any, writes a write Tx) and return the db errors unchanged.

#include <cstdint>
#include <optional>
#include <vector>

#include "base/page.h"
#include "catalog/price_request.h"
#include "db/database.h"

namespace sd::catalog {

struct PriceRequestQuery {
  std::optional<PriceRequestState> state;
  std::optional<int64_t> proposed_by_user_id;  // set: only this proposer's
  std::optional<std::vector<int64_t>> ids;     // set: only these
  PageRequest page;
};

namespace store {

Result<Page<PriceRequest>> QueryPriceRequests(db::Tx& tx, const PriceRequestQuery& q);
Result<std::optional<PriceRequest>> LoadPriceRequest(db::Tx& tx, int64_t id);
Result<int64_t> InsertPriceRequest(db::Tx& tx, const PriceRequest& r);
// Writes the state and decision at r.version; false on a mismatch.
Result<bool> UpdatePriceRequest(db::Tx& tx, const PriceRequest& r, int64_t now_us);

}  // namespace store
}  // namespace sd::catalog
