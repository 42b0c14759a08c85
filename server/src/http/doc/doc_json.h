#pragma once
// JSON of attachments and comments, and the headers of a download.

#include <nlohmann/json.hpp>
#include <string>

#include "auth/actor.h"
#include "doc/attachment_service.h"
#include "doc/comment.h"
#include "http/router.h"

namespace sd::http {

nlohmann::json AttachmentJson(const doc::Attachment& a, const doc::DocAccess& access,
                              const auth::Actor& actor);
nlohmann::json CommentJson(const doc::Comment& c);

// `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 with
// RFC 5987), so every browser saves the file under its Chinese name and no name can break out
// of the header.
std::string ContentDisposition(const std::string& file_name);

// The OpenAPI schemas of the replies above (Attachment, AttachmentList, Comment, CommentList,
// NewComment), added to r unless there already.
void AddDocSchemas(Router& r);

}  // namespace sd::http
