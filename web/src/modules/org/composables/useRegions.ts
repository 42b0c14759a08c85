// 片区 Regions: the flat list from the server as a province → city → county tree.
import { computed, ref } from 'vue'
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
  const items = ref<Region[]>([])
  const q = ref('')
  const loading = ref(false)
  const error = ref<unknown>(null)
  const tree = computed(() => buildTree(items.value, (r) => ({ ...r })) as RegionNode[])

  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = (await listRegions(q.value.trim() || undefined)).items
      error.value = null
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  return { items, tree, q, loading, error, load }
}
