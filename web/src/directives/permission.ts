// v-permission="'user.manage'" (or an array: any of) removes the element when the logged-in
// user lacks the permission. It only hides; the server checks every request anyway.
import type { Directive, DirectiveBinding } from 'vue'
import { useSessionStore } from '@/stores/session'

type PermissionValue = string | readonly string[]

function check(el: HTMLElement, binding: DirectiveBinding<PermissionValue>): void {
  const session = useSessionStore()
  if (!session.hasPermission(binding.value)) el.parentNode?.removeChild(el)
}

export const vPermission: Directive<HTMLElement, PermissionValue> = {
  mounted: check,
}
