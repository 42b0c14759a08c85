// The attachments and comments panel's logic: files refused before sending, each change
// followed by a reload, failures kept for the alert.
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { fileProblem, formatBytes } from '@/modules/doc/composables/docFiles'
import { useDocFiles } from '@/modules/doc/composables/useDocFiles'
import type * as docApi from '@/modules/doc/api'
import type { Attachment } from '@/modules/doc/types'

const MB = 1024 * 1024

function attachment(id: number, name: string): Attachment {
  return {
    id,
    file_name: name,
    media_type: 'application/pdf',
    size_bytes: 10,
    sha256: 'a'.repeat(64),
    uploaded_by: '陈',
    uploaded_by_user_id: 3,
    created_at: '2026-05-28T08:00:00.000Z',
    actions: ['download', 'delete'],
  }
}

function fakeApi(files: Attachment[] = []) {
  const stored = [...files]
  return {
    listAttachments: vi.fn(async () => ({
      items: [...stored],
      actions: ['upload' as const],
      max_bytes: 20 * MB,
    })),
    uploadAttachment: vi.fn(async (_doc: string, f: File) => {
      const a = attachment(stored.length + 1, f.name)
      stored.push(a)
      return a
    }),
    deleteAttachment: vi.fn(async (_doc: string, id: number) => {
      stored.splice(
        stored.findIndex((a) => a.id === id),
        1,
      )
    }),
    downloadAttachment: vi.fn(async (_doc: string, a: Attachment) => ({
      blob: new Blob(['x']),
      filename: a.file_name,
    })),
    listComments: vi.fn(async () => ({ items: [], actions: ['add' as const] })),
    addComment: vi.fn(async () => ({
      id: 1,
      body: 'b',
      author: '陈',
      author_user_id: 3,
      created_at: '2026-05-28T08:00:00.000Z',
    })),
  }
}

const asApi = (f: ReturnType<typeof fakeApi>) => f as unknown as typeof docApi

describe('fileProblem', () => {
  it('refuses empty, oversized and unsupported files, and takes the rest', () => {
    expect(fileProblem({ name: 'a.pdf', size: 0 }, MB)).toBe('doc.refuse.empty')
    expect(fileProblem({ name: 'a.pdf', size: MB + 1 }, MB)).toBe('doc.refuse.tooLarge')
    expect(fileProblem({ name: 'setup.exe', size: 10 }, MB)).toBe('doc.refuse.typeRefused')
    expect(fileProblem({ name: 'noext', size: 10 }, MB)).toBe('doc.refuse.typeRefused')
    expect(fileProblem({ name: '合同扫描.PDF', size: MB }, MB)).toBeNull()
    expect(fileProblem({ name: 'photo.jpeg', size: 10 }, 0)).toBeNull()
  })
})

describe('formatBytes', () => {
  it('reads as people read sizes', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(20 * MB)).toBe('20 MB')
  })
})

describe('useDocFiles', () => {
  it('loads both lists with what the user may do', async () => {
    const api = fakeApi([attachment(1, '营业执照.pdf')])
    const files = useDocFiles(() => '/customers/7', { api: asApi(api) })
    await files.load()
    expect(api.listAttachments).toHaveBeenCalledWith('/customers/7')
    expect(files.attachments.value.map((a) => a.file_name)).toEqual(['营业执照.pdf'])
    expect(files.maxBytes.value).toBe(20 * MB)
    expect(files.canUpload.value).toBe(true)
    expect(files.canComment.value).toBe(true)
  })

  it('uploads and reloads, but never sends a file the server would refuse', async () => {
    const api = fakeApi()
    const files = useDocFiles(() => '/customers/7', { api: asApi(api) })
    await files.load()
    expect(await files.upload(new File(['%PDF-1.7'], '合同.pdf'))).toBe(true)
    expect(files.attachments.value.map((a) => a.file_name)).toEqual(['合同.pdf'])
    expect(await files.upload(new File(['MZ'], 'virus.exe'))).toBe(false)
    expect(files.refused.value).toBe('doc.refuse.typeRefused')
    expect(api.uploadAttachment).toHaveBeenCalledTimes(1)
    expect(files.uploading.value).toBe(false)
  })

  it('keeps a refused change for the alert and the list as it was', async () => {
    const api = fakeApi([attachment(1, 'a.pdf')])
    api.deleteAttachment.mockRejectedValueOnce(
      new ApiError(403, { code: 'doc.attachment.delete_denied', detail: '只有上传人…' }),
    )
    const files = useDocFiles(() => '/customers/7', { api: asApi(api) })
    await files.load()
    expect(await files.remove(files.attachments.value[0]!)).toBe(false)
    expect(files.error.value).toBeInstanceOf(ApiError)
    expect(files.attachments.value).toHaveLength(1)
    expect(await files.remove(files.attachments.value[0]!)).toBe(true)
    expect(files.error.value).toBeNull()
    expect(files.attachments.value).toHaveLength(0)
  })

  it('saves a download under the server name and skips blank comments', async () => {
    const api = fakeApi([attachment(1, '报价单.pdf')])
    const save = vi.fn()
    const files = useDocFiles(() => '/customers/7', { api: asApi(api), save })
    await files.load()
    await files.download(files.attachments.value[0]!)
    expect(save).toHaveBeenCalledWith(expect.any(Blob), '报价单.pdf')
    expect(await files.comment('   ')).toBe(false)
    expect(api.addComment).not.toHaveBeenCalled()
    expect(await files.comment('客户要求月底前发货')).toBe(true)
    expect(api.addComment).toHaveBeenCalledWith('/customers/7', '客户要求月底前发货')
    expect(api.listComments).toHaveBeenCalledTimes(2)
  })
})
