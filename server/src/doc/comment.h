#pragma once
// Comments on documents (备注): who said what, when. Append-only: a comment is never edited or
// deleted (it is part of the document's history); adding one is scope-checked through the
// document's type and audited (entity "comment").

#include <cstdint>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "base/result.h"
#include "db/database.h"
#include "doc/attachment_scope.h"

namespace sd::doc {

struct Comment {
  int64_t id = 0;
  std::string doc_type;
  int64_t doc_id = 0;
  std::string body;
  int64_t author_user_id = 0;
  std::string author;  // display name at the time
  int64_t created_at_us = 0;
};

inline constexpr size_t kCommentCharsMax = 2000;     // code points
inline constexpr int64_t kCommentsPerDocMax = 1000;  // a document's comments, at most
inline constexpr int kCommentListMax = 500;          // the newest listed

struct CommentList {
  std::vector<Comment> items;
  DocAccess access;  // for the reply's actions
};

// The newest kCommentListMax comments of the document, newest first. Any Tx. Errors:
// kNotFound (out of scope).
Result<CommentList> ListComments(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                                 int64_t doc_id);

// Adds a comment. Write Tx. Errors: kNotFound; kPermissionDenied "doc.comment.change_denied"
// without may_change; kInvalidArgument field "body" "common.field.required" (blank) or
// "common.field.too_long" (param max); kResourceExhausted "doc.comment.too_many" (param max).
Result<Comment> AddComment(db::Tx& tx, const auth::Actor& actor, const DocType& type,
                           int64_t doc_id, const std::string& body);

}  // namespace sd::doc
