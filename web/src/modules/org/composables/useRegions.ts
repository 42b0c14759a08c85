// 片区 Regions: the flat list from the server as a province → city → county tree.
import { computed, ref } from 'vue'
import { useList } from '@/composables/useList'
import { listRegions } from '../api'
import { REGION_LEVELS, type Region, type RegionLevel } from '../types'
import { buildTree } from './tree'

export type RegionNode = Region & { children: RegionNode[] }

/** The level a child of `parent` has (a province at the top); null below a county. */
export function childLevel(parent: Pick<Region, 'level'> | null): RegionLevel | null {
  if (!parent) return 'province'
  return REGION_LEVELS[REGION_LEVELS.indexOf(parent.level) + 1] ?? null
}

export function useRegions() {
  const q = ref('')
  const list = useList(async () => (await listRegions(q.value.trim() || undefined)).items)
  const tree = computed(() => buildTree(list.items.value, (r) => ({ ...r })) as RegionNode[])

  return { ...list, tree, q }
}
