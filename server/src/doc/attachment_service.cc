#include "doc/attachment_service.h"

#include "audit/audit.h"
#include "doc/attachment_store.h"
#include "doc/attachment_type.h"
#include "doc/blob.h"
#include "doc/blob_store.h"

namespace sd::doc {
namespace {

audit::Snapshot SnapshotOf(const Attachment& a) {
  return {{"doc_type", a.doc_type},     {"doc_id", a.doc_id},         {"file_name", a.file_name},
          {"media_type", a.media_type}, {"size_bytes", a.size_bytes}, {"sha256", a.sha256}};
}

// The actor's name as the attachment keeps it: display name, else login.
std::string NameOf(const auth::Actor& actor) {
  return actor.display_name.empty() ? actor.login : actor.display_name;
}

Result<Attachment> Require(db::Tx& tx, const DocType& type, int64_t doc_id, int64_t id) {
  SD_TRY_ASSIGN(std::optional<Attachment> a, store::FindAttachment(tx, type.name, doc_id, id));
  if (!a) return Fail(Code::kNotFound, "common.not_found");
  return std::move(*a);
}

}  // namespace

Result<AttachmentList> ListAttachments(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                       int64_t doc_id) {
  SD_TRY_ASSIGN(DocAccess access, type.resolve(tx, actor, doc_id));
  SD_TRY_ASSIGN(std::vector<Attachment> items, store::ListAttachments(tx, type.name, doc_id));
  return AttachmentList{std::move(items), access};
}

bool MayDeleteAttachment(const DocAccess& access, const Attachment& a, const auth::Actor& actor) {
  return access.deletable && (access.may_change || a.uploaded_by_user_id == actor.user_id);
}

Result<PreparedFile> PrepareAttachment(std::string_view file_name, std::string_view bytes,
                                       size_t bytes_max) {
  if (bytes.size() > bytes_max) {
    return Fail(Code::kResourceExhausted, "doc.attachment.too_large",
                {{"max", std::to_string(bytes_max)}});
  }
  PreparedFile out;
  SD_TRY_ASSIGN(out.file_name, CleanFileName(file_name));
  SD_TRY_ASSIGN(FileType kind, SniffFileType(bytes, out.file_name));
  out.media_type = std::string(kind.media_type);
  out.size_bytes = static_cast<int64_t>(bytes.size());
  out.sha256 = Sha256Hex(bytes);
  out.parts = BlobParts(bytes);
  return out;
}

Result<Attachment> AddAttachment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                 int64_t doc_id, const PreparedFile& file) {
  SD_TRY_ASSIGN(DocAccess access, type.resolve(tx, actor, doc_id));
  if (!access.may_change) return Fail(Code::kPermissionDenied, "doc.attachment.change_denied");
  SD_TRY_ASSIGN(int64_t count, store::CountAttachments(tx, type.name, doc_id));
  if (count >= kAttachmentsPerDocMax) {
    return Fail(Code::kResourceExhausted, "doc.attachment.too_many",
                {{"max", std::to_string(kAttachmentsPerDocMax)}});
  }
  Attachment a;
  a.doc_type = std::string(type.name);
  a.doc_id = doc_id;
  a.file_name = file.file_name;
  a.media_type = file.media_type;
  a.size_bytes = file.size_bytes;
  a.sha256 = file.sha256;
  a.uploaded_by_user_id = actor.user_id;
  a.uploaded_by = NameOf(actor);
  a.created_at_us = actor.audit.at_us;
  SD_TRY(store::PutBlob(tx, a.sha256, a.size_bytes, file.parts, a.created_at_us));
  SD_TRY_ASSIGN(a, store::InsertAttachment(tx, std::move(a)));
  SD_TRY(audit::Record(tx, actor.audit, "attachment", a.id, "upload", std::nullopt, SnapshotOf(a)));
  return a;
}

Result<AttachmentFile> ReadAttachment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                      int64_t doc_id, int64_t id) {
  SD_TRY(type.resolve(tx, actor, doc_id));
  SD_TRY_ASSIGN(Attachment a, Require(tx, type, doc_id, id));
  SD_TRY_ASSIGN(std::optional<std::string> bytes, store::ReadBlob(tx, a.sha256));
  if (!bytes) {
    return Fail(Error{Code::kInternal, "doc.blob.corrupt", {}, {}, "no blob " + a.sha256});
  }
  return AttachmentFile{std::move(a), std::move(*bytes)};
}

Result<void> RecordDownload(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                            const Attachment& a) {
  SD_TRY(type.resolve(tx, actor, a.doc_id));
  return audit::Record(tx, actor.audit, "attachment", a.id, "download", std::nullopt,
                       SnapshotOf(a));
}

Result<void> DeleteAttachment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                              int64_t doc_id, int64_t id) {
  SD_TRY_ASSIGN(DocAccess access, type.resolve(tx, actor, doc_id));
  SD_TRY_ASSIGN(Attachment a, Require(tx, type, doc_id, id));
  if (!access.deletable) return Fail(Code::kFailedPrecondition, "doc.attachment.not_deletable");
  if (!MayDeleteAttachment(access, a, actor)) {
    return Fail(Code::kPermissionDenied, "doc.attachment.delete_denied");
  }
  SD_TRY_ASSIGN(bool deleted, store::MarkAttachmentDeleted(tx, a.id, actor.user_id, NameOf(actor),
                                                           actor.audit.at_us));
  if (!deleted) return Fail(Code::kNotFound, "common.not_found");
  SD_TRY(store::DropBlobIfUnused(tx, a.sha256));
  SD_TRY(audit::Record(tx, actor.audit, "attachment", a.id, "delete", SnapshotOf(a), std::nullopt));
  return Ok();
}

}  // namespace sd::doc
