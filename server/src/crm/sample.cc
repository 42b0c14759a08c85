#include "crm/sample.h"

#include "base/text.h"

namespace sd::crm {
// The names are string literals, so their data() ends in a NUL.
const char* SampleStateName(SampleState s) { return doc::NameOf(kSampleStates, s).data(); }
const char* SampleActionName(SampleAction a) { return doc::NameOf(kSampleActions, a).data(); }

bool ParseSampleState(std::string_view s, SampleState* out) {
  return doc::ParseName(kSampleStates, s, out);
}

void CheckSampleFields(const SampleFields& f, std::vector<FieldError>* errors) {
  CheckTextField("product", f.product, kSampleTextMax, true, errors);
  CheckTextField("qty", f.qty, kSampleTextMax, false, errors);
  CheckTextField("notes", f.notes, kSampleNotesMax, false, errors);
  if (f.cost_fen < 0) errors->push_back({"cost", "common.field.out_of_range", {}});
}

audit::Snapshot SampleSnapshot(const Sample& s) {
  return {{"lead_id", audit::OrNull(s.lead_id)},
          {"product", s.f.product},
          {"qty", s.f.qty},
          {"cost_fen", s.f.cost_fen},
          {"state", std::string(SampleStateName(s.state))},
          {"decision_note", s.decision_note},
          {"courier", s.courier},
          {"tracking_no", s.tracking_no},
          {"shipped_on", audit::OrNull(s.shipped_on)},
          {"feedback", s.feedback}};
}

}  // namespace sd::crm
