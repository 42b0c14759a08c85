// Saving a customer (create, edit, or a lead's conversion) through FormDialog: the usual
// submit, plus the duplicate refusals (409): a similar name asks "save anyway?" and resends
// with confirm_similar; a taken credit code is shown at the credit-code input.
import { ElMessageBox } from 'element-plus'
import type { Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { problemMessage } from '@/composables/useProblem'
import { duplicateKind } from './customerForm'

export function useCustomerSave(open: Ref<boolean>, fill: () => void) {
  const { t } = useI18n()
  const base = useFormSubmit(open, fill)

  function fieldError(name: string): string | undefined {
    if (name === 'credit_code' && duplicateKind(base.error.value) === 'credit_code')
      return problemMessage(base.error.value)
    return base.fieldError(name)
  }

  async function askSimilar(): Promise<boolean> {
    try {
      await ElMessageBox.confirm(
        `${problemMessage(base.error.value)} ${t('crm.customer.similarAsk')}`,
        t('crm.customer.similarTitle'),
        {
          type: 'warning',
          confirmButtonText: t('crm.customer.saveAnyway'),
          cancelButtonText: t('common.cancel'),
        },
      )
      return true
    } catch {
      return false
    }
  }

  /** Sends (confirm_similar false first); on a similar-name refusal asks, then resends. */
  async function save<T>(
    send: (confirmSimilar: boolean) => Promise<T>,
    done: (result: T) => void,
  ): Promise<void> {
    await base.submit(() => send(false), done)
    if (duplicateKind(base.error.value) !== 'similar_name') return
    if (await askSimilar()) await base.submit(() => send(true), done)
  }

  return { saving: base.saving, error: base.error, fieldError, save }
}
