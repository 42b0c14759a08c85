#include "crm/customer_doc.h"

#include "crm/scope.h"

namespace sd::crm {

Result<doc::DocAccess> CustomerDocAccess(db::Tx& tx, const auth::Actor& actor, int64_t id) {
  SD_TRY_ASSIGN(CustomerScope scope, ScopeOf(tx, actor));
  SD_TRY(RequireVisibleCustomer(tx, scope, id));
  return doc::DocAccess{actor.Can("customer.update"), true};
}

}  // namespace sd::crm
