// 附件与备注 The attachments and comments of one document: loaded together, each change
// followed by a reload of its list; a file the server would refuse for its size or name is
// refused here first, with the same words.
import { computed, ref } from 'vue'
import { useLoad } from '@/composables/useList'
import * as docApi from '../api'
import type { Attachment, DocComment } from '../types'
import { fileProblem } from './docFiles'

export interface DocFilesDeps {
  api?: typeof docApi
  save?: (blob: Blob, filename: string) => void
}

/** `doc` is the document's API path: "/customers/12". */
export function useDocFiles(doc: () => string, deps: DocFilesDeps = {}) {
  const api = deps.api ?? docApi
  const attachments = ref<Attachment[]>([])
  const maxBytes = ref(0)
  const canUpload = ref(false)
  const comments = ref<DocComment[]>([])
  const canComment = ref(false)
  /** The last failed change (upload, delete, comment), for ProblemAlert. */
  const error = ref<unknown>(null)
  /** A file refused before sending: a doc.* message key. */
  const refused = ref<string | null>(null)
  const uploading = ref(false)
  const posting = ref(false)

  const fileLoad = useLoad(
    () => api.listAttachments(doc()),
    (r) => {
      attachments.value = r.items
      maxBytes.value = r.max_bytes
      canUpload.value = r.actions.includes('upload')
    },
  )
  const commentLoad = useLoad(
    () => api.listComments(doc()),
    (r) => {
      comments.value = r.items
      canComment.value = r.actions.includes('add')
    },
  )
  const loading = computed(() => fileLoad.loading.value || commentLoad.loading.value)
  const loadError = computed(() => fileLoad.error.value ?? commentLoad.error.value)

  async function load(): Promise<void> {
    await Promise.all([fileLoad.load(), commentLoad.load()])
  }

  async function change(run: () => Promise<unknown>, reload: () => Promise<void>) {
    error.value = null
    try {
      await run()
      await reload()
      return true
    } catch (e) {
      error.value = e
      return false
    }
  }

  /** Sends one file unless it is refused first; true when stored. */
  async function upload(file: File): Promise<boolean> {
    refused.value = fileProblem(file, maxBytes.value)
    if (refused.value) return false
    uploading.value = true
    try {
      return await change(() => api.uploadAttachment(doc(), file), fileLoad.load)
    } finally {
      uploading.value = false
    }
  }

  const remove = (a: Attachment) => change(() => api.deleteAttachment(doc(), a.id), fileLoad.load)

  async function download(a: Attachment): Promise<void> {
    error.value = null
    try {
      const { blob, filename } = await api.downloadAttachment(doc(), a)
      deps.save?.(blob, filename)
    } catch (e) {
      error.value = e
    }
  }

  /** Adds a comment; true when saved (the caller clears its box). */
  async function comment(body: string): Promise<boolean> {
    if (!body.trim()) return false
    posting.value = true
    try {
      return await change(() => api.addComment(doc(), body), commentLoad.load)
    } finally {
      posting.value = false
    }
  }

  return {
    attachments,
    comments,
    maxBytes,
    canUpload,
    canComment,
    loading,
    loadError,
    error,
    refused,
    uploading,
    posting,
    load,
    upload,
    remove,
    download,
    comment,
  }
}
