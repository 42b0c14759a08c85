-- Attachments and comments of documents (DESIGN §2 doc). A document is named by its type
-- ("customer", later "quotation", "contract", …) and id; the owning module checks scope.
--
-- File bytes are content-addressed: doc_blobs holds each distinct content once, keyed by its
-- SHA-256, in base64 parts of at most 512 KiB (TEXT, so a logical backup carries them as JSON
-- strings on either backend and across them). Attachment rows name the blob by hash.
CREATE TABLE doc_blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
  parts BIGINT NOT NULL CHECK (parts >= 0),
  created_at_us BIGINT NOT NULL
);

CREATE TABLE doc_blob_parts (
  sha256 TEXT NOT NULL REFERENCES doc_blobs (sha256),
  seq BIGINT NOT NULL CHECK (seq >= 0),
  data_base64 TEXT NOT NULL,
  PRIMARY KEY (sha256, seq)
);

-- A deleted attachment keeps its row (the timeline shows it was there); its blob goes once no
-- live attachment names it.
CREATE TABLE doc_attachments (
  id @ID@,
  doc_type TEXT NOT NULL,
  doc_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  uploaded_by_user_id BIGINT NOT NULL REFERENCES auth_users (id),
  uploaded_by TEXT NOT NULL,
  created_at_us BIGINT NOT NULL,
  deleted_by_user_id BIGINT REFERENCES auth_users (id),
  deleted_by TEXT,
  deleted_at_us BIGINT
);
CREATE INDEX doc_attachments_doc ON doc_attachments (doc_type, doc_id, created_at_us);
CREATE INDEX doc_attachments_blob ON doc_attachments (sha256);

CREATE TABLE doc_comments (
  id @ID@,
  doc_type TEXT NOT NULL,
  doc_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  author_user_id BIGINT NOT NULL REFERENCES auth_users (id),
  author TEXT NOT NULL,
  created_at_us BIGINT NOT NULL
);
CREATE INDEX doc_comments_doc ON doc_comments (doc_type, doc_id, created_at_us);
