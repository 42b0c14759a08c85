#include "catalog/invariants.h"

#include <string>

#include "catalog/price_store.h"
#include "catalog/product_store.h"

namespace sd::catalog {
namespace {

Result<void> Broken(std::string what) {
  Error e = MakeError(Code::kInternal, "doc.invariant");
  e.detail = std::move(what);
  return Fail(std::move(e));
}

}  // namespace

Result<void> CheckInvariants(db::Tx& tx) {
  SD_TRY_ASSIGN(int64_t orphans, store::ProductsWithoutLine(tx));
  if (orphans != 0) return Broken(std::to_string(orphans) + " products without a product line");
  SD_TRY_ASSIGN(int64_t bad_units, store::BadUnits(tx));
  if (bad_units != 0) {
    return Broken(std::to_string(bad_units) +
                  " secondary units not positive or equal to their product's base unit");
  }
  SD_TRY_ASSIGN(int64_t overlapping, store::OverlappingActiveLists(tx));
  if (overlapping != 0) {
    return Broken(std::to_string(overlapping) +
                  " pairs of active price lists with the same key overlap in validity");
  }
  SD_TRY_ASSIGN(int64_t reversed, store::ReversedCustomerPrices(tx));
  if (reversed != 0)
    return Broken(std::to_string(reversed) + " customer prices end before they start");
  return {};
}

}  // namespace sd::catalog
