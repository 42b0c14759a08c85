// The document pattern's attachments and comments, as the server sends them
// (GET …/{id}/attachments, …/{id}/comments; schemas Attachment, AttachmentList, Comment,
// CommentList in /api/v1/openapi.json).

export interface Attachment {
  id: number
  file_name: string
  /** From the file's content, not from the browser. */
  media_type: string
  size_bytes: number
  /** Content address: equal files share it. */
  sha256: string
  uploaded_by: string
  uploaded_by_user_id: number
  created_at: string
  actions: Array<'download' | 'delete'>
}

export interface AttachmentList {
  items: Attachment[]
  actions: Array<'upload'>
  /** The largest file the server accepts. */
  max_bytes: number
}

export interface DocComment {
  id: number
  body: string
  author: string
  author_user_id: number
  created_at: string
}

export interface CommentList {
  items: DocComment[]
  actions: Array<'add'>
}

/** The longest comment the server takes, in characters. */
export const COMMENT_MAX_CHARS = 2000
