// Confirm-then-run for list pages' row actions: asks, runs, says "done", reloads; on a version
// conflict or a vanished row (409/404) reloads too, so the user sees the current data.
import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { useProblem } from '@/composables/useProblem'

export function useRowAction(reload: () => Promise<void>) {
  const { t } = useI18n()
  const { notify, success } = useProblem()

  async function confirm(message: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, t('common.warning'), {
        type: 'warning',
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
      })
      return true
    } catch {
      return false
    }
  }

  /** Reports a failed action; someone else changed the row (409) or it is gone (404): reloads. */
  async function fail(e: unknown): Promise<void> {
    notify(e)
    if (e instanceof ApiError && (e.status === 409 || e.status === 404)) await reload()
  }

  /** Runs `action` (after confirming `question`, when given); true when it succeeded. */
  async function run(action: () => Promise<unknown>, done: string, question?: string) {
    if (question && !(await confirm(question))) return false
    try {
      await action()
      success(done)
      await reload()
      return true
    } catch (e) {
      await fail(e)
      return false
    }
  }

  return { confirm, run, fail, notify, success }
}
