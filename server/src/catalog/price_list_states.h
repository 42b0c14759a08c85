#pragma once
// The life of a price list (STYLE §3): draft → active → closed. Lines are edited in draft;
// an active list prices quotations; a closed list is kept as history and prices nothing.
// Activation refuses a list whose key (kind, level, region, season) overlaps an active list's
// validity (price_service.cc), so that resolution never ties. Pure; thread-safe.

#include <cstdint>

#include "doc/transition.h"

namespace sd::catalog {

enum class PriceListState : uint8_t { kDraft, kActive, kClosed };
enum class PriceListAction : uint8_t { kActivate, kClose };

using PriceListTransition = doc::Transition<PriceListState, PriceListAction>;

inline constexpr doc::EnumName<PriceListState> kPriceListStateNames[] = {
    {PriceListState::kDraft, "draft"},
    {PriceListState::kActive, "active"},
    {PriceListState::kClosed, "closed"}};
inline constexpr doc::EnumName<PriceListAction> kPriceListActionNames[] = {
    {PriceListAction::kActivate, "activate"}, {PriceListAction::kClose, "close"}};

// The whole workflow. (state, action) pairs are unique.
inline constexpr PriceListTransition kPriceListTransitions[] = {
    {PriceListState::kDraft, PriceListAction::kActivate, PriceListState::kActive, "price.set"},
    {PriceListState::kDraft, PriceListAction::kClose, PriceListState::kClosed, "price.set"},
    {PriceListState::kActive, PriceListAction::kClose, PriceListState::kClosed, "price.set"},
};
static_assert(doc::PairsUnique(kPriceListTransitions));

}  // namespace sd::catalog
