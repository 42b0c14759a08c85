#include "http/doc/doc_json.h"

#include <cstdio>

#include "http/reply.h"

namespace sd::http {

using nlohmann::json;

json AttachmentJson(const doc::Attachment& a, const doc::DocAccess& access,
                    const auth::Actor& actor) {
  json actions = json::array({"download"});
  if (doc::MayDeleteAttachment(access, a, actor)) actions.push_back("delete");
  return {{"id", a.id},
          {"file_name", a.file_name},
          {"media_type", a.media_type},
          {"size_bytes", a.size_bytes},
          {"sha256", a.sha256},
          {"uploaded_by", a.uploaded_by},
          {"uploaded_by_user_id", a.uploaded_by_user_id},
          {"created_at", FormatTimestamp(a.created_at_us)},
          {"actions", std::move(actions)}};
}

json CommentJson(const doc::Comment& c) {
  return {{"id", c.id},
          {"body", c.body},
          {"author", c.author},
          {"author_user_id", c.author_user_id},
          {"created_at", FormatTimestamp(c.created_at_us)}};
}

std::string ContentDisposition(const std::string& file_name) {
  std::string ascii;
  std::string encoded;
  for (char ch : file_name) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    ascii += c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? ch : '_';
    if (plain) {
      encoded += ch;
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      encoded += buf;
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

void AddDocSchemas(Router& r) {
  for (const auto& [name, schema] : r.schemas()) {
    if (name == "Attachment") return;
  }
  r.AddSchema("Attachment", R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "file_name": {"type": "string"},
    "media_type": {"type": "string", "description": "from the content, not the client"},
    "size_bytes": {"type": "integer"},
    "sha256": {"type": "string", "description": "content address: equal files share it"},
    "uploaded_by": {"type": "string"}, "uploaded_by_user_id": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"},
    "actions": {"type": "array", "items": {"type": "string", "enum": ["download", "delete"]}}}})");
  r.AddSchema("AttachmentList", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Attachment"}},
    "actions": {"type": "array", "items": {"type": "string", "enum": ["upload"]}},
    "max_bytes": {"type": "integer", "description": "the largest file the server accepts"}}})");
  r.AddSchema("Comment", R"({"type": "object", "properties": {
    "id": {"type": "integer"}, "body": {"type": "string"}, "author": {"type": "string"},
    "author_user_id": {"type": "integer"},
    "created_at": {"type": "string", "format": "date-time"}}})");
  r.AddSchema("CommentList", R"({"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}},
    "actions": {"type": "array", "items": {"type": "string", "enum": ["add"]}}}})");
  r.AddSchema("NewComment", R"({"type": "object", "additionalProperties": false,
    "required": ["body"], "properties": {"body": {"type": "string", "maxLength": 2000}}})");
}

}  // namespace sd::http
