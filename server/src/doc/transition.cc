#include "doc/transition.h"

namespace sd::doc {

std::string_view WhoName(Who w) {
  switch (w) {
    case Who::kPermission:
      return "permission";
    case Who::kOwner:
      return "owner";
    case Who::kApprover:
      return "approver";
  }
  return {};
}

}  // namespace sd::doc
