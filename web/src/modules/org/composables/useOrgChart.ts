// The org chart page's data: the chart from GET /org/chart as an ECharts tree and as lists of
// positions per department.
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { getOrgChart } from '../api'
import type { OrgChart } from '../types'
import { chartTree, positionsByDepartment, treeShape } from './orgChart'

export function useOrgChart() {
  const { t } = useI18n()
  const chart = ref<OrgChart | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  const root = computed(() => (chart.value ? chartTree(chart.value, t('org.chart.vacant')) : null))
  const shape = computed(() => (root.value ? treeShape(root.value) : { depth: 0, width: 0 }))
  const groups = computed(() => (chart.value ? positionsByDepartment(chart.value) : []))
  const byId = computed(() => new Map(chart.value?.positions.map((p) => [p.id, p]) ?? []))

  async function load(): Promise<void> {
    loading.value = true
    try {
      chart.value = await getOrgChart()
      error.value = null
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  return { chart, root, shape, groups, byId, loading, error, load }
}
