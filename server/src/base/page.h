#pragma once
// Paged lists: every list endpoint takes page/size and returns the total (STYLE §6: limits on
// everything; a size over kMaxPageSize is refused, not clamped).

#include <cstdint>
#include <vector>

namespace sd {

inline constexpr int kMaxPageSize = 200;

struct PageRequest {
  int page = 1;  // 1-based
  int size = 20;
  int64_t offset() const { return static_cast<int64_t>(page - 1) * size; }
};

template <typename T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;
  int page = 1;
  int size = 20;
};

}  // namespace sd
