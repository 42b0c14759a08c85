#include "audit/describe.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "base/money.h"

namespace sd::audit {
namespace {

using nlohmann::json;

struct Registry {
  std::map<std::string, EntityDesc, std::less<>> entities;
  std::map<std::string, RefResolver, std::less<>> resolvers;
};

Registry& Reg() {
  static Registry r;
  return r;
}

const EntityDesc* FindEntity(std::string_view entity) {
  auto it = Reg().entities.find(entity);
  return it == Reg().entities.end() ? nullptr : &it->second;
}

// The field's description: the entity's own, else the common one, else a text field named by
// its key.
FieldDesc FindField(const EntityDesc* entity, std::string_view name) {
  if (entity) {
    for (const FieldDesc& f : entity->fields) {
      if (f.name == name) return f;
    }
  }
  if (const EntityDesc* common = FindEntity("*")) {
    for (const FieldDesc& f : common->fields) {
      if (f.name == name) return f;
    }
  }
  return FieldDesc{name, "", FieldKind::kText, ""};
}

json ParseObject(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  json j = json::parse(*text, nullptr, false);
  return j.is_object() ? j : json(nullptr);
}

// ids per resolver name, collected from every entry before one query per resolver.
using RefIds = std::map<std::string, std::set<int64_t>, std::less<>>;
using RefLabels = std::map<std::string, std::map<int64_t, std::string>, std::less<>>;

void CollectRefs(const EntityDesc* entity, const json& snapshot, RefIds* ids) {
  if (!snapshot.is_object()) return;
  for (const auto& [key, value] : snapshot.items()) {
    const FieldDesc f = FindField(entity, key);
    if (f.kind != FieldKind::kRef) continue;
    auto& set = (*ids)[std::string(f.arg)];
    if (value.is_number_integer()) set.insert(value.get<int64_t>());
    if (value.is_array()) {
      for (const json& v : value) {
        if (v.is_number_integer()) set.insert(v.get<int64_t>());
      }
    }
  }
}

Result<RefLabels> ResolveAll(db::Tx& tx, const RefIds& ids) {
  RefLabels out;
  for (const auto& [name, set] : ids) {
    auto it = Reg().resolvers.find(name);
    if (set.empty() || it == Reg().resolvers.end()) continue;
    SD_TRY_ASSIGN(out[name], it->second(tx, std::vector<int64_t>(set.begin(), set.end())));
  }
  return out;
}

class Renderer {
 public:
  Renderer(const RefLabels& refs, Locale locale) : refs_(refs), locale_(locale) {}

  std::string Label(std::string_view key, std::string_view fallback) const {
    if (key.empty() || !Catalog::Embedded().Has(key)) return std::string(fallback);
    return Catalog::Embedded().Text(key, locale_);
  }

  std::string Ref(std::string_view resolver, int64_t id) const {
    auto r = refs_.find(resolver);
    if (r != refs_.end()) {
      auto it = r->second.find(id);
      if (it != r->second.end()) return it->second;
    }
    return "#" + std::to_string(id);
  }

  std::string Value(const FieldDesc& f, const json& v) const {
    if (v.is_null()) return "";
    if (v.is_array()) {
      std::string out;
      for (const json& item : v) {
        std::string s = Value(f, item);
        if (s.empty()) continue;
        if (!out.empty()) out += locale_ == Locale::kZhCN ? "、" : ", ";
        out += s;
      }
      return out;
    }
    switch (f.kind) {
      case FieldKind::kRef:
        if (v.is_number_integer()) return Ref(f.arg, v.get<int64_t>());
        break;
      case FieldKind::kMoney:
        if (v.is_number_integer()) return Money::FromFen(v.get<int64_t>()).ToString();
        break;
      case FieldKind::kEnum:
        if (v.is_string()) {
          const std::string s = v.get<std::string>();
          return Label(std::string(f.arg) + "." + s, s);
        }
        break;
      case FieldKind::kBool:
        if (v.is_boolean() || v.is_number_integer()) {
          const bool yes = v.is_boolean() ? v.get<bool>() : v.get<int64_t>() != 0;
          return Label(yes ? "audit.yes" : "audit.no", yes ? "true" : "false");
        }
        break;
      default:
        break;
    }
    if (v.is_string()) return v.get<std::string>();
    return v.dump(-1, ' ', false, json::error_handler_t::replace);
  }

  std::vector<ChangeText> Changes(const EntityDesc* entity, const json& before,
                                  const json& after) const {
    std::vector<ChangeText> out;
    std::vector<std::string> keys;  // in recorded order: after's keys, then those only before
    for (const json* side : {&after, &before}) {
      if (!side->is_object()) continue;
      for (const auto& [key, value] : side->items()) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      }
    }
    for (const std::string& key : keys) {
      const FieldDesc f = FindField(entity, key);
      if (f.kind == FieldKind::kHidden) continue;
      const json none;
      const json& b = before.is_object() && before.contains(key) ? before[key] : none;
      const json& a = after.is_object() && after.contains(key) ? after[key] : none;
      if (before.is_object() && after.is_object() && b == a) continue;
      // A new record's zeros and noes are its defaults, not something the maker said.
      if (!before.is_object() && (a == json(0) || a == json(false))) continue;
      ChangeText c{key, Label(f.label_key, key), Value(f, b), Value(f, a)};
      if (c.before.empty() && c.after.empty()) continue;
      out.push_back(std::move(c));
    }
    return out;
  }

 private:
  const RefLabels& refs_;
  Locale locale_;
};

}  // namespace

void Describe(const EntityDesc& entity) { Reg().entities[std::string(entity.entity)] = entity; }

void AddRefResolver(std::string_view name, RefResolver resolver) {
  Reg().resolvers[std::string(name)] = std::move(resolver);
}

Result<std::vector<EntryText>> Render(db::Tx& tx, std::span<const Entry> entries, Locale locale) {
  std::vector<std::pair<json, json>> parsed;
  parsed.reserve(entries.size());
  RefIds ids;
  for (const Entry& e : entries) {
    const EntityDesc* entity = FindEntity(e.entity);
    parsed.emplace_back(ParseObject(e.before_json), ParseObject(e.after_json));
    CollectRefs(entity, parsed.back().first, &ids);
    CollectRefs(entity, parsed.back().second, &ids);
    if (entity && !entity->ref.empty() && e.entity_id != 0) {
      ids[std::string(entity->ref)].insert(e.entity_id);
    }
  }
  SD_TRY_ASSIGN(RefLabels refs, ResolveAll(tx, ids));
  const Renderer r(refs, locale);
  std::vector<EntryText> out;
  out.reserve(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const EntityDesc* entity = FindEntity(e.entity);
    EntryText t;
    t.entity_label = r.Label(entity ? entity->label_key : "", e.entity);
    const std::string specific = "audit.action." + e.entity + "." + e.action;
    t.action_label = Catalog::Embedded().Has(specific)
                         ? r.Label(specific, e.action)
                         : r.Label("audit.action." + e.action, e.action);
    if (entity && !entity->ref.empty() && e.entity_id != 0) {
      t.subject = r.Ref(entity->ref, e.entity_id);
    }
    t.changes = r.Changes(entity, parsed[i].first, parsed[i].second);
    out.push_back(std::move(t));
  }
  return out;
}

Result<TextPage> ListWithText(db::Tx& tx, const Filter& filter, Locale locale) {
  TextPage out;
  SD_TRY_ASSIGN(out.page, List(tx, filter));
  SD_TRY_ASSIGN(out.texts, Render(tx, out.page.items, locale));
  return out;
}

}  // namespace sd::audit
