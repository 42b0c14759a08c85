-- Document numbers (STYLE §3): one counter row per (document type, year), taken with an upsert
-- in the transaction that takes a document out of draft, so a rolled-back transaction or an
-- abandoned draft burns no number. The row lock (PostgreSQL) or the single writer (SQLite)
-- keeps concurrent takers in line.
CREATE TABLE doc_number_counters (
  doc_type TEXT NOT NULL,
  year BIGINT NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_seq BIGINT NOT NULL CHECK (last_seq >= 1),
  PRIMARY KEY (doc_type, year)
);

-- Every number issued, with the document it went to: the pair assertion of the counter
-- (doc::CheckInvariants: seq 1..last_seq each once, no gap, no duplicate).
CREATE TABLE doc_numbers (
  doc_type TEXT NOT NULL,
  year BIGINT NOT NULL,
  seq BIGINT NOT NULL CHECK (seq >= 1),
  number TEXT NOT NULL,
  doc_id BIGINT NOT NULL,
  issued_at_us BIGINT NOT NULL,
  PRIMARY KEY (doc_type, year, seq)
);
CREATE UNIQUE INDEX doc_numbers_number ON doc_numbers (number);
CREATE UNIQUE INDEX doc_numbers_doc ON doc_numbers (doc_type, doc_id);
