#pragma once
// The checks of an action function (STYLE §3), in their order, for every document type:
//   load within data scope (the caller: out of scope reads as kNotFound)
//   → version (kAborted) → table row (kFailedPrecondition) → permission and who
//   (kPermissionDenied) → rules (the caller) → write state, version + 1, audit in one Tx (the
//   caller's store and audit::Record).
// CheckAction is the middle part, ActionsFor the GET's `actions`. Pure; thread-safe.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "base/result.h"
#include "doc/transition.h"

namespace sd::doc {

// What the caller knows of the actor and the document, beyond permissions.
struct ActionContext {
  int64_t version = 0;           // the document's current version
  int64_t expected_version = 0;  // the version the request was made against
  bool is_owner = false;         // Who::kOwner rows
  bool may_approve = false;      // Who::kApprover rows: doc::MayDecide on the pending step
};

// The message keys a document type reports with; defaults are doc's own.
struct ActionKeys {
  std::string_view not_allowed = "doc.action_not_allowed";  // {state, action}
  std::string_view not_owner = "doc.not_owner";
};

// Whether the actor may take row t: holds its permission (if any) and is who it names.
template <typename S, typename A>
bool MayTake(const Transition<S, A>& t, const auth::Actor& actor, const ActionContext& c) {
  if (!t.permission.empty() && !actor.Can(t.permission)) return false;
  switch (t.who) {
    case Who::kPermission:
      return true;
    case Who::kOwner:
      return c.is_owner;
    case Who::kApprover:
      return c.may_approve;
  }
  return false;
}

// Version, table row, permission, who — the row to take, or the refusal. Approver rows check
// only the permission here: the approval step (doc::RequireDecider) reports maker-checker with
// the document's own keys at the caller's next step.
template <typename S, typename A, size_t N, size_t NS, size_t NA>
Result<const Transition<S, A>*> CheckAction(const Transition<S, A> (&table)[N],
                                            const EnumName<S> (&states)[NS],
                                            const EnumName<A> (&actions)[NA], S from, A action,
                                            const auth::Actor& actor, const ActionContext& c,
                                            const ActionKeys& keys = {}) {
  if (c.version != c.expected_version) return Fail(Code::kAborted, "common.version_conflict");
  const Transition<S, A>* t = Find(table, from, action);
  if (t == nullptr) {
    return Fail(Code::kFailedPrecondition, std::string(keys.not_allowed),
                {{"state", std::string(NameOf(states, from))},
                 {"action", std::string(NameOf(actions, action))}});
  }
  if (!t->permission.empty() && !actor.Can(t->permission)) {
    return Fail(Code::kPermissionDenied, "auth.permission_denied",
                {{"permission", std::string(t->permission)}});
  }
  if (t->who == Who::kOwner && !c.is_owner) {
    return Fail(Code::kPermissionDenied, std::string(keys.not_owner));
  }
  return t;
}

// The actions the actor may take now (a GET's `actions`): table ∩ permission ∩ who.
template <typename S, typename A, size_t N>
std::vector<A> ActionsFor(const Transition<S, A> (&table)[N], S from, const auth::Actor& actor,
                          const ActionContext& c) {
  std::vector<A> out;
  for (const Transition<S, A>& t : table) {
    if (t.from == from && MayTake(t, actor, c)) out.push_back(t.action);
  }
  return out;
}

}  // namespace sd::doc
