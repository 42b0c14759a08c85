#include "doc/blob_store.h"

#include <vector>

#include "doc/blob.h"

namespace sd::doc::store {

Result<bool> PutBlob(db::Tx& tx, const std::string& sha256, int64_t size_bytes,
                     const std::vector<std::string>& parts, int64_t now_us) {
  SD_TRY_ASSIGN(int64_t added,
                tx.Exec("INSERT INTO doc_blobs (sha256, size_bytes, parts, created_at_us) "
                        "VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING",
                        {sha256, size_bytes, static_cast<int64_t>(parts.size()), now_us}));
  if (added == 0) return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    SD_TRY(tx.Exec("INSERT INTO doc_blob_parts (sha256, seq, data_base64) VALUES ($1, $2, $3)",
                   {sha256, static_cast<int64_t>(i), std::string_view(parts[i])}));
  }
  return true;
}

Result<std::optional<std::string>> ReadBlob(db::Tx& tx, const std::string& sha256) {
  SD_TRY_ASSIGN(db::Rows head,
                tx.Query("SELECT size_bytes, parts FROM doc_blobs WHERE sha256 = $1", {sha256}));
  if (head.empty()) return std::optional<std::string>();
  const int64_t size = head[0].Int(0);
  const int64_t parts = head[0].Int(1);
  auto corrupt = [&] {
    return Fail(Error{Code::kInternal, "doc.blob.corrupt", {}, {}, "blob " + sha256});
  };
  std::string bytes;
  bytes.reserve(static_cast<size_t>(size));
  // One part at a time, so no more than one part's text is held beside the bytes.
  for (int64_t seq = 0; seq < parts; ++seq) {
    SD_TRY_ASSIGN(db::Rows part,
                  tx.Query("SELECT data_base64 FROM doc_blob_parts WHERE sha256 = $1 AND seq = $2",
                           {sha256, seq}));
    if (part.empty() || !AppendBlobPart(part[0].Text(0), &bytes)) return corrupt();
  }
  if (static_cast<int64_t>(bytes.size()) != size || Sha256Hex(bytes) != sha256) return corrupt();
  return std::optional<std::string>(std::move(bytes));
}

Result<void> DropBlobIfUnused(db::Tx& tx, const std::string& sha256) {
  SD_TRY_ASSIGN(db::Rows live, tx.Query("SELECT 1 FROM doc_attachments WHERE sha256 = $1 AND "
                                        "deleted_at_us IS NULL LIMIT 1",
                                        {sha256}));
  if (!live.empty()) return Ok();
  SD_TRY(tx.Exec("DELETE FROM doc_blob_parts WHERE sha256 = $1", {sha256}));
  SD_TRY(tx.Exec("DELETE FROM doc_blobs WHERE sha256 = $1", {sha256}));
  return Ok();
}

}  // namespace sd::doc::store
