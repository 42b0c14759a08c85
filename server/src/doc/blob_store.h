#pragma once
// SQL for doc_blobs and doc_blob_parts: file bytes keyed by their SHA-256 (doc/blob.h). Only
// blob_store.cc touches these tables. Reads need any Tx, writes a write Tx; db errors come back
// unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "db/database.h"

namespace sd::doc::store {

// Stores content under sha256 (its Sha256Hex), as parts (BlobParts of its size_bytes bytes),
// unless that content is there already; true when it was new. Two writers storing the same
// content at once both succeed (ON CONFLICT).
Result<bool> PutBlob(db::Tx& tx, const std::string& sha256, int64_t size_bytes,
                     const std::vector<std::string>& parts, int64_t now_us);

// The bytes stored under sha256, nullopt when none are. kInternal "doc.blob.corrupt" when a
// part is missing or not base64, or the bytes no longer hash to sha256.
Result<std::optional<std::string>> ReadBlob(db::Tx& tx, const std::string& sha256);

// Removes the content when no live (undeleted) attachment names it any more.
Result<void> DropBlobIfUnused(db::Tx& tx, const std::string& sha256);

}  // namespace sd::doc::store
