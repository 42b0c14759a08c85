#pragma once
// A document type's transition table in OpenAPI (STYLE §3): the schema gains "x-transitions",
// one row per doc::Transition, so clients read the one table the server enforces, and its
// state and `actions` enums come from the same tables (one source: the web types follow).

#include <string>
#include <string_view>
#include <vector>

#include "doc/transition.h"

namespace sd::http {

// schema (a JSON object) with "x-transitions": [{"from", "action", "to", "by"}, …]. "by" is the
// permission, or owner_label (e.g. "assignee") for an owner row without one; rows whose `who`
// is not the permission alone also carry "who" ("owner" | "approver").
std::string WithTransitions(std::string_view schema, const std::vector<doc::TransitionText>& rows,
                            std::string_view owner_label = "owner");

// schema (a JSON object) with properties[property].enum = values (the property made a string
// when the schema lacks it), and, when actions is given and the schema has an `actions` array,
// its items' enum = *actions.
std::string WithEnums(std::string_view schema, std::string_view property,
                      const std::vector<std::string_view>& values,
                      const std::vector<std::string_view>* actions = nullptr);

template <typename E, size_t N>
std::vector<std::string_view> NamesOf(const doc::EnumName<E> (&names)[N]) {
  std::vector<std::string_view> out;
  for (const doc::EnumName<E>& n : names) out.push_back(n.name);
  return out;
}

// "a, b, c": the names for an invalid_choice field error.
template <typename E, size_t N>
std::string Choices(const doc::EnumName<E> (&names)[N]) {
  std::string out;
  for (const doc::EnumName<E>& n : names) out += (out.empty() ? "" : ", ") + std::string(n.name);
  return out;
}

struct DocEnums {
  std::string_view state_property = "state";
  std::vector<std::string_view> extra_actions;   // offered beside the table's ("update")
  std::vector<std::string_view> hidden_actions;  // the table's that no caller is offered
  std::string_view owner_label = "owner";
};

// WithTransitions, the state property's enum from `states` and the `actions` enum from
// extra_actions then `actions` less hidden_actions.
template <typename S, typename A, size_t N, size_t NS, size_t NA>
std::string DocSchema(std::string_view schema, const doc::Transition<S, A> (&table)[N],
                      const doc::EnumName<S> (&states)[NS], const doc::EnumName<A> (&actions)[NA],
                      const DocEnums& e = {}) {
  std::vector<std::string_view> offered = e.extra_actions;
  for (const doc::EnumName<A>& a : actions) {
    bool hidden = false;
    for (std::string_view h : e.hidden_actions) hidden = hidden || h == a.name;
    if (!hidden) offered.push_back(a.name);
  }
  return WithEnums(WithTransitions(schema, doc::Describe(table, states, actions), e.owner_label),
                   e.state_property, NamesOf(states), &offered);
}

}  // namespace sd::http
