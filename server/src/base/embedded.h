#pragma once
// Files compiled into the binary at build time (server/cmake/embed.cmake): schema migrations,
// message catalogues and data files (templates/*.json) of every module. Defined by the
// generated sd_embedded library.

#include <span>
#include <string_view>

namespace sd {

struct EmbeddedFile {
  // e.g. "10_001_auth_users.sql", "auth/messages.json", "org/templates/default_positions.json"
  std::string_view name;
  std::string_view text;
};

// All schema/*.sql files of all modules, in no particular order.
std::span<const EmbeddedFile> SchemaFiles();
// All messages.json files, named "<module>/messages.json".
std::span<const EmbeddedFile> MessageFiles();
// All server/src/<module>/templates/*.json files, named "<module>/templates/<file>".
std::span<const EmbeddedFile> ResourceFiles();

}  // namespace sd
