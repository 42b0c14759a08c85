#pragma once
// SQL for doc_attachments. Only attachment_store.cc touches the table. Reads need any Tx,
// writes a write Tx; db errors come back unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "db/database.h"
#include "doc/attachment.h"

namespace sd::doc::store {

// Inserts a (the id is ignored) and returns it with its id.
Result<Attachment> InsertAttachment(db::Tx& tx, Attachment a);

// The live attachments of a document, oldest first.
Result<std::vector<Attachment>> ListAttachments(db::Tx& tx, std::string_view doc_type,
                                                int64_t doc_id);
// Every attachment of a document with deleted ones, newest first, at most max (the timeline).
Result<std::vector<Attachment>> AttachmentHistory(db::Tx& tx, std::string_view doc_type,
                                                  int64_t doc_id, int max);

// One live attachment of that document, nullopt when none (or deleted).
Result<std::optional<Attachment>> FindAttachment(db::Tx& tx, std::string_view doc_type,
                                                 int64_t doc_id, int64_t id);

Result<int64_t> CountAttachments(db::Tx& tx, std::string_view doc_type, int64_t doc_id);

// Marks a live attachment deleted; false when it was deleted already.
Result<bool> MarkAttachmentDeleted(db::Tx& tx, int64_t id, int64_t by_user_id,
                                   const std::string& by, int64_t at_us);

}  // namespace sd::doc::store
