#include "crm/sample.h"

#include <array>

#include "base/text.h"

namespace sd::crm {
namespace {

constexpr std::array<const char*, 5> kStateNames = {"requested", "approved", "rejected", "shipped",
                                                    "feedback"};
constexpr std::array<const char*, 4> kActionNames = {"approve", "reject", "ship", "feedback"};

}  // namespace

const char* SampleStateName(SampleState s) { return kStateNames[static_cast<size_t>(s)]; }
const char* SampleActionName(SampleAction a) { return kActionNames[static_cast<size_t>(a)]; }

bool ParseSampleState(std::string_view s, SampleState* out) {
  for (size_t i = 0; i < kStateNames.size(); ++i) {
    if (s == kStateNames[i]) {
      *out = static_cast<SampleState>(i);
      return true;
    }
  }
  return false;
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
