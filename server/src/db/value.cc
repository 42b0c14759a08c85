#include "base/assert.h"
#include "db/database.h"

namespace sd::db {

int64_t Value::AsInt() const {
  SD_ASSERT(is_int(), "Value::AsInt on a NULL or text value");
  return std::get<1>(v_);
}

const std::string& Value::AsText() const {
  SD_ASSERT(is_text(), "Value::AsText on a NULL or integer value");
  return std::get<2>(v_);
}

const Value& Row::At(size_t i) const {
  SD_ASSERT(i < cells_.size(), "Row column index out of range");
  return cells_[i];
}

std::optional<int64_t> Row::OptInt(size_t i) const {
  const Value& v = At(i);
  if (v.is_null()) return std::nullopt;
  return v.AsInt();
}

std::optional<std::string> Row::OptText(size_t i) const {
  const Value& v = At(i);
  if (v.is_null()) return std::nullopt;
  return v.AsText();
}

}  // namespace sd::db
