#pragma once
// Product lines (产品线: SBS改性沥青, 道路沥青 …): org data because the division of work and the
// staff's coverage name them. Types here; SQL in product_line_store.cc; use cases in
// product_line_service.h.

#include <cstdint>
#include <string>

#include "audit/audit.h"

namespace sd::org {

struct ProductLineFields {
  std::string code;
  std::string name;
  std::string notes;
  int64_t sort_order = 0;
};

struct ProductLine {
  int64_t id = 0;
  ProductLineFields f;
  int64_t version = 1;
};

inline constexpr size_t kProductLineCodeMax = 32;
inline constexpr size_t kProductLineNameMax = 64;
inline constexpr size_t kProductLineNotesMax = 1000;

inline audit::Snapshot ProductLineSnapshot(const ProductLine& p) {
  return {
      {"code", p.f.code}, {"name", p.f.name}, {"notes", p.f.notes}, {"sort_order", p.f.sort_order}};
}

}  // namespace sd::org
