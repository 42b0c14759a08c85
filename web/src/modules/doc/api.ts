// Attachments and comments of one document. `doc` is the document's API path without
// /api/v1: "/customers/12" (later "/quotations/7", …); every document type offers the same
// routes under its own path.
import { api, download, request } from '@/api/client'
import type { Attachment, AttachmentList, CommentList, DocComment } from './types'

export const listAttachments = (doc: string) => api.get<AttachmentList>(`${doc}/attachments`)

export const deleteAttachment = (doc: string, id: number) =>
  api.del<void>(`${doc}/attachments/${id}`)

export const downloadAttachment = (doc: string, a: Attachment) =>
  download(`${doc}/attachments/${a.id}`, a.file_name)

export const listComments = (doc: string) => api.get<CommentList>(`${doc}/comments`)

export const addComment = (doc: string, body: string) =>
  api.post<DocComment>(`${doc}/comments`, { body })

/** Uploads as a form (the part "file"), as the server streams it; problem+json → ApiError. */
export function uploadAttachment(doc: string, file: File): Promise<Attachment> {
  const form = new FormData()
  form.append('file', file, file.name)
  return request<Attachment>('POST', `${doc}/attachments`, { raw: { body: form } })
}
