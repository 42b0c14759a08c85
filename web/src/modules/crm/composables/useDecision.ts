// Approve / reject and the other one-step actions that take a short text (a note, a reason):
// ask for the text in a prompt, run, say done, reload (useRowAction's handling of 409/404).
import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { useRowAction } from '@/composables/useRowAction'

export type Verdict = 'approve' | 'reject'

export function useDecision(reload: () => Promise<void>) {
  const { t } = useI18n()
  const action = useRowAction(reload)

  /** The text typed, or null when the user cancelled. */
  async function ask(title: string, label: string, required: boolean): Promise<string | null> {
    try {
      const res = await ElMessageBox.prompt(label, title, {
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
        inputValidator: (v: string) => !required || !!v?.trim() || t('crm.common.required'),
      })
      return (res as { value: string }).value?.trim() ?? ''
    } catch {
      return null
    }
  }

  /** Asks for the text, then runs `run(text)`; true when it succeeded. */
  async function decide(
    title: string,
    run: (text: string) => Promise<unknown>,
    done: string,
    opts: { label?: string; required?: boolean } = {},
  ): Promise<boolean> {
    const text = await ask(title, opts.label ?? t('crm.common.note'), opts.required ?? false)
    if (text === null) return false
    return action.run(() => run(text), done)
  }

  /** 同意 / 驳回 a request: the note is asked for (needed to reject), then `run(note)`. */
  function verdict(
    title: string,
    what: Verdict,
    run: (note: string) => Promise<unknown>,
  ): Promise<boolean> {
    return decide(
      title,
      run,
      what === 'approve' ? t('crm.common.approved') : t('crm.common.rejected'),
      { required: what === 'reject' },
    )
  }

  return { ...action, ask, decide, verdict }
}
