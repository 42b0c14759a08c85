#include <nlohmann/json.hpp>

#include "audit/audit.h"

namespace sd::audit {

std::string SnapshotJson(const Snapshot& s) {
  nlohmann::ordered_json obj = nlohmann::ordered_json::object();
  for (const auto& [name, value] : s) {
    std::visit(
        [&](const auto& v) {
          using V = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<V, std::nullptr_t>) {
            obj[name] = nullptr;
          } else {
            obj[name] = v;
          }
        },
        value);
  }
  return obj.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace sd::audit
