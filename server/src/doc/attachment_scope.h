#pragma once
// What hangs off a document (attachments, comments, its timeline) is visible exactly when the
// document is. doc cannot know how each type decides that (a customer's scope is crm's, a
// contract's will be sales'), so the owning module hands its rule in as a DocType: the HTTP
// layer, which sees both modules, passes crm::kCustomerDoc to doc's services. doc never includes
// the modules above it.

#include <cstdint>
#include <string_view>

#include "auth/actor.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::doc {

// What the actor may do with the things hanging off one document, as its type decides.
struct DocAccess {
  // Add attachments and comments, and delete anyone's attachment (the uploader may always
  // delete their own while deletable).
  bool may_change = false;
  // Whether the document's state still lets attachments be deleted (false once submitted:
  // after draft nothing is deleted, DESIGN §3). Adding stays possible (a signed scan).
  bool deletable = true;
};

// Loads document `id` within the actor's data scope. Errors: kNotFound "common.not_found" when
// it does not exist or is out of scope (404, never 403, so existence does not leak); db errors.
using ResolveFn = Result<DocAccess> (*)(db::Tx& tx, const auth::Actor& actor, int64_t id);

struct DocType {
  std::string_view name;  // "customer": stored in doc_type columns; stable
  ResolveFn resolve = nullptr;
};

}  // namespace sd::doc
