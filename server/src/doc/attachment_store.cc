#include "doc/attachment_store.h"

namespace sd::doc::store {
namespace {

constexpr const char* kColumns =
    "id, doc_type, doc_id, file_name, media_type, size_bytes, sha256, uploaded_by_user_id, "
    "uploaded_by, created_at_us, deleted_at_us, deleted_by";

Attachment FromRow(const db::Row& r) {
  Attachment a;
  a.id = r.Int(0);
  a.doc_type = r.Text(1);
  a.doc_id = r.Int(2);
  a.file_name = r.Text(3);
  a.media_type = r.Text(4);
  a.size_bytes = r.Int(5);
  a.sha256 = r.Text(6);
  a.uploaded_by_user_id = r.Int(7);
  a.uploaded_by = r.Text(8);
  a.created_at_us = r.Int(9);
  a.deleted_at_us = r.OptInt(10);
  a.deleted_by = r.OptText(11);
  return a;
}

}  // namespace

Result<Attachment> InsertAttachment(db::Tx& tx, Attachment a) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO doc_attachments (doc_type, doc_id, file_name, media_type, "
                         "size_bytes, sha256, uploaded_by_user_id, uploaded_by, created_at_us) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                         {a.doc_type, a.doc_id, a.file_name, a.media_type, a.size_bytes, a.sha256,
                          a.uploaded_by_user_id, a.uploaded_by, a.created_at_us}));
  a.id = rows[0].Int(0);
  return a;
}

Result<std::vector<Attachment>> ListAttachments(db::Tx& tx, std::string_view doc_type,
                                                int64_t doc_id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string("SELECT ") + kColumns +
                             " FROM doc_attachments WHERE doc_type = $1 AND doc_id = $2 AND "
                             "deleted_at_us IS NULL ORDER BY created_at_us, id",
                         {doc_type, doc_id}));
  return db::MapRows(rows, FromRow);
}

Result<std::vector<Attachment>> AttachmentHistory(db::Tx& tx, std::string_view doc_type,
                                                  int64_t doc_id, int max) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string("SELECT ") + kColumns +
                             " FROM doc_attachments WHERE doc_type = $1 AND doc_id = $2 "
                             "ORDER BY created_at_us DESC, id DESC LIMIT $3",
                         {doc_type, doc_id, max}));
  return db::MapRows(rows, FromRow);
}

Result<std::optional<Attachment>> FindAttachment(db::Tx& tx, std::string_view doc_type,
                                                 int64_t doc_id, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string("SELECT ") + kColumns +
                             " FROM doc_attachments WHERE id = $1 AND doc_type = $2 AND "
                             "doc_id = $3 AND deleted_at_us IS NULL",
                         {id, doc_type, doc_id}));
  return db::FirstRow(rows, FromRow);
}

Result<int64_t> CountAttachments(db::Tx& tx, std::string_view doc_type, int64_t doc_id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT COUNT(*) FROM doc_attachments WHERE doc_type = "
                                        "$1 AND doc_id = $2 AND deleted_at_us IS NULL",
                                        {doc_type, doc_id}));
  return rows[0].Int(0);
}

Result<bool> MarkAttachmentDeleted(db::Tx& tx, int64_t id, int64_t by_user_id,
                                   const std::string& by, int64_t at_us) {
  SD_TRY_ASSIGN(int64_t n, tx.Exec("UPDATE doc_attachments SET deleted_by_user_id = $2, "
                                   "deleted_by = $3, deleted_at_us = $4 WHERE id = $1 AND "
                                   "deleted_at_us IS NULL",
                                   {id, by_user_id, by, at_us}));
  return n > 0;
}

}  // namespace sd::doc::store
