#pragma once
// The readable side of audit records in JSON (audit/describe.h), shared by the audit log and
// every timeline: entity_label, action_label, subject and changes[{field, label, before,
// after}], added beside the raw before/after.

#include <nlohmann/json_fwd.hpp>

#include "audit/describe.h"

namespace sd::http {

// Registers every module's entity descriptions and reference resolvers, once per process.
// Thread-safe; called while the routes are added, before any request is served.
void DescribeAuditEntities();

// Adds the text's fields to item (a JSON object).
void AddEntryText(const audit::EntryText& text, nlohmann::json* item);

// The OpenAPI properties of AddEntryText, to splice into an object schema's properties.
inline constexpr const char* kEntryTextProperties = R"(
      "entity_label": {"type": "string", "description": "the entity in the reader's language"},
      "action_label": {"type": "string", "description": "the action in the reader's language"},
      "subject": {"type": "string", "description": "the record: code and name, or empty"},
      "changes": {"type": "array", "items": {"type": "object", "properties": {
        "field": {"type": "string"}, "label": {"type": "string"},
        "before": {"type": "string"}, "after": {"type": "string"}}}})";

}  // namespace sd::http
