#include "sales/invariants.h"

#include <string>

#include "sales/quotation_store.h"

namespace sd::sales {
namespace {

Result<void> Broken(std::string what) {
  Error e = MakeError(Code::kInternal, "doc.invariant");
  e.detail = std::move(what);
  return Fail(std::move(e));
}

}  // namespace

Result<void> CheckInvariants(db::Tx& tx) {
  SD_TRY_ASSIGN(int64_t totals, store::TotalsNotSumOfLines(tx));
  if (totals != 0)
    return Broken(std::to_string(totals) +
                  " quotations whose totals are not the sums of their lines");
  SD_TRY_ASSIGN(int64_t numbers, store::NumbersNotIssued(tx));
  if (numbers != 0)
    return Broken(std::to_string(numbers) + " quotation numbers not issued to them");
  SD_TRY_ASSIGN(int64_t steps, store::StepsOutOfState(tx));
  if (steps != 0) {
    return Broken(std::to_string(steps) +
                  " quotations whose pending approval step does not match their state");
  }
  return {};
}

}  // namespace sd::sales
