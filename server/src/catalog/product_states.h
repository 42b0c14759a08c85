#pragma once
// The life of a product (STYLE §3): active ⇄ discontinued. A discontinued product stays in the
// catalog (quotations and orders name it) but is offered no more. Pure; thread-safe.

#include <cstdint>

#include "doc/transition.h"

namespace sd::catalog {

enum class ProductState : uint8_t { kActive, kDiscontinued };
enum class ProductAction : uint8_t { kDiscontinue, kReactivate };

using ProductTransition = doc::Transition<ProductState, ProductAction>;

inline constexpr doc::EnumName<ProductState> kProductStateNames[] = {
    {ProductState::kActive, "active"}, {ProductState::kDiscontinued, "discontinued"}};
inline constexpr doc::EnumName<ProductAction> kProductActionNames[] = {
    {ProductAction::kDiscontinue, "discontinue"}, {ProductAction::kReactivate, "reactivate"}};

// The whole workflow. (state, action) pairs are unique.
inline constexpr ProductTransition kProductTransitions[] = {
    {ProductState::kActive, ProductAction::kDiscontinue, ProductState::kDiscontinued,
     "product.manage"},
    {ProductState::kDiscontinued, ProductAction::kReactivate, ProductState::kActive,
     "product.manage"},
};
static_assert(doc::PairsUnique(kProductTransitions));

}  // namespace sd::catalog
