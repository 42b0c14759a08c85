#pragma once
// Files compiled into the binary at build time (server/cmake/embed.cmake): schema migrations
// and message catalogues of every module. Defined by the generated sd_embedded library.

#include <span>
#include <string_view>

namespace sd {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "10_001_auth_users.sql" or "auth/messages.json"
  std::string_view text;
};

// All schema/*.sql files of all modules, in no particular order.
std::span<const EmbeddedFile> SchemaFiles();
// All messages.json files, named "<module>/messages.json".
std::span<const EmbeddedFile> MessageFiles();

}  // namespace sd
