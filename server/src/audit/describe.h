#pragma once
// Audit records as a reader reads them: the entity, action and every changed field named in the
// reader's language, enum values by their labels and referenced records by code and name
// ("负责人：E001 王强 → E005 陈磊"). One mechanism for every document: each module describes
// its entities' fields (label key and kind) and resolves its own references in bulk; the audit
// log and every timeline render through it.
//
// Descriptions and resolvers are registered once at start-up, before any request is served
// (http::RegisterAuditDescriptions), and only read afterwards, so reads need no lock.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "base/i18n.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::audit {

enum class FieldKind : uint8_t {
  kText,    // shown as recorded; a list is joined
  kEnum,    // the value's label: key "<arg>.<value>", the value itself when there is none
  kRef,     // a record of the resolver named by arg ("staff", "region", …): "E005 陈磊"
  kMoney,   // integer fen shown as yuan, "1234.50"
  kDate,    // "YYYY-MM-DD", as recorded
  kBool,    // 是/否, yes/no
  kHidden,  // not shown (versions, texts kept beside a reference)
};

struct FieldDesc {
  std::string_view name;       // the snapshot key
  std::string_view label_key;  // message key of the field's label
  FieldKind kind = FieldKind::kText;
  std::string_view arg;  // kEnum: key prefix of the value labels; kRef: the resolver's name
};

struct EntityDesc {
  std::string_view entity;     // as recorded: "customer"
  std::string_view label_key;  // "audit.entity.customer"
  std::string_view ref;        // the resolver naming a record of this entity, "" for none
  std::span<const FieldDesc> fields;
};

// Labels ("E005 陈磊") of the records with the given ids; ids not found are left out. One query
// for all ids. Needs any Tx.
using RefResolver = std::function<Result<std::map<int64_t, std::string>>(
    db::Tx& tx, const std::vector<int64_t>& ids)>;

// Registration, at start-up only (not thread-safe). A second registration of a name replaces
// the first. Fields of the entity "*" describe keys common to every entity (name, status, …).
void Describe(const EntityDesc& entity);
void AddRefResolver(std::string_view name, RefResolver resolver);

struct ChangeText {
  std::string field;  // the snapshot key
  std::string label;
  std::string before;  // "" when the field had no value (or the record none)
  std::string after;
};

struct EntryText {
  std::string entity_label;  // "客户"
  std::string action_label;  // "修改"
  std::string subject;  // the record: "C0001 湖南路桥建设集团有限公司", "" when unknown
  std::vector<ChangeText> changes;
};

// Renders entries in locale, in order: for a creation the values set, for a deletion the values
// held, otherwise the fields whose value changed. References of all entries are resolved
// together, one query per resolver. Needs any Tx. Errors: those of the resolvers.
Result<std::vector<EntryText>> Render(db::Tx& tx, std::span<const Entry> entries, Locale locale);

struct TextPage {
  Page<Entry> page;
  std::vector<EntryText> texts;  // one per page item, in order
};
// List (audit.h) with each entry rendered in locale. Needs any Tx.
Result<TextPage> ListWithText(db::Tx& tx, const Filter& filter, Locale locale);

}  // namespace sd::audit
