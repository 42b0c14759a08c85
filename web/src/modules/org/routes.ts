import type { RouteRecordRaw } from 'vue-router'

// Reading needs org.read; the editor of a new position needs org.manage (edit buttons elsewhere
// are hidden by v-permission="'org.manage'").
export const orgRoutes: RouteRecordRaw[] = [
  {
    path: 'org',
    meta: { title: 'org.menu.group', icon: 'OfficeBuilding' },
    redirect: '/org/chart',
    children: [
      {
        path: 'chart',
        name: 'org-chart',
        component: () => import('./views/OrgChartView.vue'),
        meta: { title: 'org.menu.chart', icon: 'Share', permission: 'org.read' },
      },
      {
        path: 'departments',
        name: 'org-departments',
        component: () => import('./views/DepartmentTreeView.vue'),
        meta: { title: 'org.menu.departments', icon: 'OfficeBuilding', permission: 'org.read' },
      },
      {
        path: 'positions',
        name: 'org-positions',
        component: () => import('./views/PositionListView.vue'),
        meta: { title: 'org.menu.positions', icon: 'Briefcase', permission: 'org.read' },
      },
      {
        path: 'positions/new',
        name: 'org-position-new',
        component: () => import('./views/PositionEditView.vue'),
        meta: {
          title: 'org.menu.positionNew',
          permission: 'org.manage',
          menu: false,
          activeMenu: '/org/positions',
        },
      },
      {
        path: 'positions/:id(\\d+)',
        name: 'org-position',
        component: () => import('./views/PositionEditView.vue'),
        meta: {
          title: 'org.menu.positionEdit',
          permission: 'org.read',
          menu: false,
          activeMenu: '/org/positions',
        },
      },
      {
        path: 'staff',
        name: 'org-staff',
        component: () => import('./views/StaffListView.vue'),
        meta: { title: 'org.menu.staff', icon: 'Avatar', permission: 'org.read' },
      },
      {
        path: 'assignments',
        name: 'org-assignments',
        component: () => import('./views/AssignmentListView.vue'),
        meta: { title: 'org.menu.assignments', icon: 'Connection', permission: 'org.read' },
      },
      {
        path: 'regions',
        name: 'org-regions',
        component: () => import('./views/RegionListView.vue'),
        meta: { title: 'org.menu.regions', icon: 'Location', permission: 'org.read' },
      },
      {
        path: 'product-lines',
        name: 'org-product-lines',
        component: () => import('./views/ProductLineListView.vue'),
        meta: { title: 'org.menu.productLines', icon: 'Goods', permission: 'org.read' },
      },
    ],
  },
]

/** Outside the main layout: the printable job description is the whole page. */
export const orgDocumentRoutes: RouteRecordRaw[] = [
  {
    path: '/org/positions/:id(\\d+)/print',
    name: 'org-position-print',
    component: () => import('./views/PositionPrintView.vue'),
    meta: { title: 'org.menu.positionPrint', permission: 'org.read', menu: false },
  },
]
