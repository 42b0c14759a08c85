#pragma once
// Use cases of attachments (doc/attachment.h). Each takes the document's type, whose resolver
// checks the actor's scope first: a document out of scope, or an attachment not on it, is
// kNotFound "common.not_found". Upload, download and delete write an audit record (entity
// "attachment") in the same transaction, so download needs a write Tx too.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "base/result.h"
#include "db/database.h"
#include "doc/attachment.h"
#include "doc/attachment_scope.h"

namespace sd::doc {

struct AttachmentList {
  std::vector<Attachment> items;
  DocAccess access;  // for the reply's actions
};

// The document's live attachments, oldest first. Any Tx. Errors: kNotFound.
Result<AttachmentList> ListAttachments(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                       int64_t doc_id);

// Whether the actor may delete a: the document still allows it, and the actor uploaded it or
// may change the document. Pure.
bool MayDeleteAttachment(const DocAccess& access, const Attachment& a, const auth::Actor& actor);

// A file checked, hashed and cut into its stored parts: the work that takes time in proportion
// to its size, done before the write transaction so the single writer never waits for it.
struct PreparedFile {
  std::string file_name;  // cleaned
  std::string media_type;
  int64_t size_bytes = 0;
  std::string sha256;
  std::vector<std::string> parts;  // BlobParts
};

// Checks and prepares an uploaded file. Pure; thread-safe. Errors: kResourceExhausted
// "doc.attachment.too_large" (param max) when bytes is longer than bytes_max; those of
// CleanFileName and SniffFileType (kInvalidArgument).
Result<PreparedFile> PrepareAttachment(std::string_view file_name, std::string_view bytes,
                                       size_t bytes_max);

// Stores a prepared file on the document (its content once, however often uploaded). Write
// Tx. Errors: kNotFound; kPermissionDenied "doc.attachment.change_denied" without may_change;
// kResourceExhausted "doc.attachment.too_many" (param max).
Result<Attachment> AddAttachment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                 int64_t doc_id, const PreparedFile& file);

struct AttachmentFile {
  Attachment meta;
  std::string bytes;
};

// One attachment with its bytes. Any Tx: a read, so the single writer never copies a large file.
// Errors: kNotFound; kInternal "doc.blob.corrupt".
Result<AttachmentFile> ReadAttachment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                      int64_t doc_id, int64_t id);

// Records that the actor downloaded a (read by ReadAttachment). Write Tx. Errors: kNotFound
// when the document went out of scope meanwhile; db errors.
Result<void> RecordDownload(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                            const Attachment& a);

// Deletes an attachment (its bytes go when no other attachment has the same content). Write
// Tx. Errors: kNotFound; kFailedPrecondition "doc.attachment.not_deletable" when the document's
// state no longer allows it; kPermissionDenied "doc.attachment.delete_denied" unless the actor
// uploaded it or may change the document.
Result<void> DeleteAttachment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                              int64_t doc_id, int64_t id);

}  // namespace sd::doc
