#pragma once
// The state machine of a document type (STYLE §3). Each type declares `enum class XState`,
// `enum class XAction`, their names (EnumName rows) and one constexpr table of Transition rows
// that is the whole workflow; action functions look moves up with Find(), a GET's `actions` come
// from ActionsFrom(), and Describe() serves the table in OpenAPI (`x-transitions`) and to the UI.
// Pure; thread-safe.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sd::doc {

// Who may take a transition, beyond holding `permission` (when it is not empty) with a data
// scope that covers the document.
enum class Who : uint8_t {
  kPermission,  // any holder of the permission
  kOwner,       // the document's owner (its maker or assignee)
  kApprover,    // someone who may decide the document's pending approval step: never its maker
};

template <typename S, typename A>
struct Transition {
  S from;
  A action;
  S to;
  std::string_view permission;  // "" = no permission beyond `who`
  Who who = Who::kPermission;
};

template <typename E>
struct EnumName {
  E value;
  std::string_view name;  // stable, snake_case: the JSON and OpenAPI spelling
};

// The name of v; "" when the table lacks it (a programmer error the unit tests catch).
template <typename E, size_t N>
constexpr std::string_view NameOf(const EnumName<E> (&names)[N], E v) {
  for (const EnumName<E>& n : names) {
    if (n.value == v) return n.name;
  }
  return {};
}

// Parses a name; false when it is none of the table's.
template <typename E, size_t N>
constexpr bool ParseName(const EnumName<E> (&names)[N], std::string_view s, E* out) {
  for (const EnumName<E>& n : names) {
    if (n.name == s) {
      *out = n.value;
      return true;
    }
  }
  return false;
}

// The row for (from, action), or nullptr when the action is not allowed in that state.
template <typename S, typename A, size_t N>
constexpr const Transition<S, A>* Find(const Transition<S, A> (&table)[N], S from, A action) {
  for (const Transition<S, A>& t : table) {
    if (t.from == from && t.action == action) return &t;
  }
  return nullptr;
}

// Whether the table holds each (from, action) pair at most once: a static_assert for each table.
template <typename S, typename A, size_t N>
constexpr bool PairsUnique(const Transition<S, A> (&table)[N]) {
  for (size_t i = 0; i < N; ++i) {
    for (size_t j = i + 1; j < N; ++j) {
      if (table[i].from == table[j].from && table[i].action == table[j].action) return false;
    }
  }
  return true;
}

// One row as text, for OpenAPI `x-transitions` and the UI.
struct TransitionText {
  std::string_view from;
  std::string_view action;
  std::string_view to;
  std::string_view permission;
  std::string_view who;  // "permission" | "owner" | "approver"
};

std::string_view WhoName(Who w);

template <typename S, typename A, size_t N, size_t NS, size_t NA>
std::vector<TransitionText> Describe(const Transition<S, A> (&table)[N],
                                     const EnumName<S> (&states)[NS],
                                     const EnumName<A> (&actions)[NA]) {
  std::vector<TransitionText> out;
  out.reserve(N);
  for (const Transition<S, A>& t : table) {
    out.push_back({NameOf(states, t.from), NameOf(actions, t.action), NameOf(states, t.to),
                   t.permission, WhoName(t.who)});
  }
  return out;
}

}  // namespace sd::doc
