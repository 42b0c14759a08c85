// Row operations of the editable tables (duties, authorities, indicators): add, remove and move
// rows of a reactive array in place. onChange lets the caller drop field errors whose row
// indexes no longer match.
import type { Ref } from 'vue'

export function addRow<T>(list: T[], row: T, at = list.length): number {
  const i = Math.max(0, Math.min(at, list.length))
  list.splice(i, 0, row)
  return i
}

export function removeRow<T>(list: T[], index: number): T | undefined {
  if (index < 0 || index >= list.length) return undefined
  return list.splice(index, 1)[0]
}

/** Moves a row by `delta` (−1 up, +1 down); false when it would leave the table. */
export function moveRow<T>(list: T[], index: number, delta: number): boolean {
  const to = index + delta
  if (index < 0 || index >= list.length || to < 0 || to >= list.length || delta === 0) return false
  const [row] = list.splice(index, 1)
  list.splice(to, 0, row!)
  return true
}

export function useEditableRows<T>(rows: Ref<T[]>, make: () => T, onChange?: () => void) {
  function add(after?: number): void {
    addRow(rows.value, make(), after === undefined ? rows.value.length : after + 1)
    onChange?.()
  }
  function remove(index: number): void {
    if (removeRow(rows.value, index) !== undefined) onChange?.()
  }
  function move(index: number, delta: number): void {
    if (moveRow(rows.value, index, delta)) onChange?.()
  }
  return { add, remove, move }
}
