#include "doc/comment_store.h"

namespace sd::doc::store {

Result<Comment> InsertComment(db::Tx& tx, Comment c) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("INSERT INTO doc_comments (doc_type, doc_id, body, author_user_id, "
               "author, created_at_us) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
               {c.doc_type, c.doc_id, c.body, c.author_user_id, c.author, c.created_at_us}));
  c.id = rows[0].Int(0);
  return c;
}

Result<std::vector<Comment>> ListComments(db::Tx& tx, std::string_view doc_type, int64_t doc_id,
                                          int max) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT id, doc_type, doc_id, body, author_user_id, author, "
                         "created_at_us FROM doc_comments WHERE doc_type = $1 AND doc_id = $2 "
                         "ORDER BY created_at_us DESC, id DESC LIMIT $3",
                         {doc_type, doc_id, max}));
  return db::MapRows(rows, [](const db::Row& r) {
    return Comment{r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Int(4), r.Text(5), r.Int(6)};
  });
}

Result<int64_t> CountComments(db::Tx& tx, std::string_view doc_type, int64_t doc_id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM doc_comments WHERE doc_type = $1 AND doc_id = $2",
                         {doc_type, doc_id}));
  return rows[0].Int(0);
}

}  // namespace sd::doc::store
