// Pure helpers of the attachments panel: what the file picker offers, the check before a file
// is sent (the server checks again, by content), and sizes as people read them.

/** The extensions the server accepts (it checks the content too), for the file picker. */
export const ACCEPTED_EXTENSIONS = [
  '.pdf',
  '.jpg',
  '.jpeg',
  '.png',
  '.gif',
  '.webp',
  '.tif',
  '.tiff',
  '.docx',
  '.xlsx',
  '.doc',
  '.xls',
  '.txt',
  '.csv',
] as const

export const ACCEPT = ACCEPTED_EXTENSIONS.join(',')

/**
 * Why a file cannot be sent, as a doc.* message key, or null when it may go: empty, over the
 * server's limit, or an extension the server refuses. Saves a 20 MB upload that would fail.
 */
export function fileProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  if (file.size === 0) return 'doc.refuse.empty'
  if (maxBytes > 0 && file.size > maxBytes) return 'doc.refuse.tooLarge'
  const dot = file.name.lastIndexOf('.')
  const ext = dot >= 0 ? file.name.slice(dot).toLowerCase() : ''
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) return 'doc.refuse.typeRefused'
  return null
}

/** 1536 → "1.5 KB", 20971520 → "20 MB" (binary units, one decimal below 10). */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let v = n
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  const digits = u === 0 || v >= 10 ? 0 : 1
  return `${Number(v.toFixed(digits))} ${units[u]}`
}
