#include "sales/fx_service.h"

#include "base/record.h"
#include "base/text.h"

namespace sd::sales {
namespace {

constexpr size_t kFxNoteMax = 200;

void CheckCurrency(const std::string& c, bool allow_base, std::vector<FieldError>* errors) {
  if (!IsCurrency(c) || (!allow_base && c == kBaseCurrency)) {
    errors->push_back({"currency", "sales.fx.currency_invalid", {{"choices", CurrencyChoices()}}});
  }
}

void CheckDate(std::string_view field, const std::optional<std::string>& d,
               std::vector<FieldError>* errors) {
  if (d && !ParseIsoDate(*d))
    errors->push_back({std::string(field), "common.field.invalid_date", {}});
}

}  // namespace

Result<std::vector<FxRate>> ListFxRates(db::Tx& tx, const FxFilter& f) {
  std::vector<FieldError> errors;
  if (f.currency) CheckCurrency(*f.currency, false, &errors);
  CheckDate("from", f.from, &errors);
  CheckDate("to", f.to, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  return store::ListFxRates(tx, f, kFxListMax);
}

Result<FxRate> SetFxRate(db::Tx& tx, const auth::Actor& actor, const FxRateInput& in) {
  std::vector<FieldError> errors;
  CheckCurrency(in.currency, false, &errors);
  if (in.rate_on.empty()) {
    errors.push_back({"rate_on", "common.field.required", {}});
  } else {
    CheckDate("rate_on", in.rate_on, &errors);
  }
  Result<int64_t> rate = ParseRate(in.rate);
  if (!rate) errors.push_back({"rate", "sales.fx.rate_invalid", {}});
  CheckTextField("note", in.note, kFxNoteMax, false, &errors);
  SD_TRY(FieldsOk(std::move(errors)));
  SD_TRY_ASSIGN(std::optional<FxRate> before, store::FxRateDated(tx, in.currency, in.rate_on));
  FxRate r;
  r.currency = in.currency;
  r.rate_on = in.rate_on;
  r.rate_e6 = *rate;
  r.note = in.note;
  if (!before) {
    SD_TRY_ASSIGN(r.id, store::InsertFxRate(tx, r, actor.audit.at_us));
  } else {
    r.id = before->id;
    SD_TRY_ASSIGN(bool ok, store::UpdateFxRate(tx, r, before->version, actor.audit.at_us));
    if (!ok) return Fail(Code::kAborted, "common.version_conflict");
  }
  SD_TRY_ASSIGN(FxRate after, JustWritten(store::LoadFxRate(tx, r.id)));
  std::optional<audit::Snapshot> old;
  if (before) old = FxRateSnapshot(*before);
  SD_TRY(audit::Record(tx, actor.audit, "fx_rate", after.id, before ? "update" : "create", old,
                       FxRateSnapshot(after)));
  return after;
}

Result<int64_t> RateFor(db::Tx& tx, const std::string& currency, const std::string& on) {
  if (currency == kBaseCurrency) return kRateScale;
  SD_TRY_ASSIGN(std::optional<FxRate> r, store::FxRateOn(tx, currency, on));
  if (!r) {
    return Fail(Code::kFailedPrecondition, "sales.fx.no_rate",
                {{"currency", currency}, {"date", on}});
  }
  return r->rate_e6;
}

}  // namespace sd::sales
