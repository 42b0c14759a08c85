#pragma once
// SQL for doc_comments. Only comment_store.cc touches the table. Reads need any Tx, writes a
// write Tx; db errors come back unchanged.

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "db/database.h"
#include "doc/comment.h"

namespace sd::doc::store {

// Inserts c (the id is ignored) and returns it with its id.
Result<Comment> InsertComment(db::Tx& tx, Comment c);
// The document's comments, newest first, at most max.
Result<std::vector<Comment>> ListComments(db::Tx& tx, std::string_view doc_type, int64_t doc_id,
                                          int max);
Result<int64_t> CountComments(db::Tx& tx, std::string_view doc_type, int64_t doc_id);

}  // namespace sd::doc::store
