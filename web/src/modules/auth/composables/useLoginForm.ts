import { computed, reactive, ref, useTemplateRef } from 'vue'
import type { FormInstance, FormRules } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { safeRedirect } from '@/router/guards'
import { useSessionStore } from '@/stores/session'

export function useLoginForm() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()

  const formRef = useTemplateRef<FormInstance>('loginForm')
  const form = reactive({ login: '', password: '' })
  const submitting = ref(false)
  const error = ref<unknown>(null)
  const expired = computed(() => route.query.reason === 'expired' && !error.value)

  const rules = computed<FormRules>(() => ({
    login: [{ required: true, message: t('auth.login.loginRequired'), trigger: 'blur' }],
    password: [{ required: true, message: t('auth.login.passwordRequired'), trigger: 'blur' }],
  }))

  async function submit(): Promise<void> {
    if (!formRef.value || submitting.value) return
    const valid = await formRef.value.validate().catch(() => false)
    if (!valid) return
    submitting.value = true
    error.value = null
    try {
      await session.login(form.login.trim(), form.password)
      await router.replace(safeRedirect(route.query.redirect))
    } catch (e) {
      error.value = e
      form.password = ''
    } finally {
      submitting.value = false
    }
  }

  return { form, rules, submitting, error, expired, submit }
}
