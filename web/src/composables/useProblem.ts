// Turns any thrown value into a message for the user: the server's localized problem detail,
// or a local text for network and unexpected failures.
import { ElMessage } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { i18n } from '@/locales'

export function problemMessage(e: unknown): string {
  const t = i18n.global.t
  if (e instanceof ApiError) {
    if (e.status === 0) return t('error.network')
    return e.detail || t('error.http', { status: e.status })
  }
  return e instanceof Error ? e.message : String(e)
}

export function useProblem() {
  const { t } = useI18n()
  function notify(e: unknown): void {
    if (e instanceof DOMException && e.name === 'AbortError') return
    ElMessage.error({ message: problemMessage(e), grouping: true })
  }
  function success(message?: string): void {
    ElMessage.success(message ?? t('common.success'))
  }
  return { notify, success, message: problemMessage }
}
