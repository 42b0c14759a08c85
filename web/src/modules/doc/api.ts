// Attachments and comments of one document. `doc` is the document's API path without
// /api/v1: "/customers/12" (later "/quotations/7", …); every document type offers the same
// routes under its own path.
import { api, ApiError, buildUrl, download, newIdempotencyKey } from '@/api/client'
import type { Problem } from '@/api/types'
import { usePreferencesStore } from '@/stores/preferences'
import { useSessionStore } from '@/stores/session'
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
export async function uploadAttachment(doc: string, file: File): Promise<Attachment> {
  const session = useSessionStore()
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': usePreferencesStore().locale,
    'Idempotency-Key': newIdempotencyKey(),
  }
  if (session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken
  const form = new FormData()
  form.append('file', file, file.name)
  let res: Response
  try {
    res = await fetch(buildUrl(`${doc}/attachments`), {
      method: 'POST',
      headers,
      body: form,
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError(0, { code: 'client.network', detail: '' })
  }
  const text = await res.text()
  let body: unknown = undefined
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = undefined
  }
  if (res.ok) return body as Attachment
  throw new ApiError(res.status, {
    status: res.status,
    title: res.statusText,
    ...(body as Problem),
  })
}
