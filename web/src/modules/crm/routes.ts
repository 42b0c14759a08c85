import type { RouteRecordRaw } from 'vue-router'

// 客户 The crm pages. Reading customers needs customer.read; leads are seen by their creators
// and assignees and by lead.assign holders; inquiries by foreign trade and sample approvers.
// Buttons inside the pages follow the records' `actions` or v-permission.
export const INBOX_PERMISSIONS = [
  'customer.read',
  'lead.create',
  'lead.assign',
  'inquiry.manage',
  'sample.approve',
]

export const crmRoutes: RouteRecordRaw[] = [
  {
    path: 'crm',
    meta: { title: 'crm.menu.group', icon: 'UserFilled' },
    redirect: '/crm/customers',
    children: [
      {
        path: 'inbox',
        name: 'crm-inbox',
        component: () => import('./views/InboxView.vue'),
        meta: { title: 'crm.menu.inbox', icon: 'Bell', permission: INBOX_PERMISSIONS },
      },
      {
        path: 'customers',
        name: 'crm-customers',
        component: () => import('./views/CustomerListView.vue'),
        meta: { title: 'crm.menu.customers', icon: 'Postcard', permission: 'customer.read' },
      },
      {
        path: 'customers/:id(\\d+)',
        name: 'crm-customer',
        component: () => import('./views/CustomerView.vue'),
        meta: {
          title: 'crm.menu.customer',
          permission: 'customer.read',
          menu: false,
          activeMenu: '/crm/customers',
        },
      },
      {
        path: 'pool',
        name: 'crm-pool',
        component: () => import('./views/PoolView.vue'),
        meta: {
          title: 'crm.menu.pool',
          icon: 'Box',
          permission: ['customer.claim', 'crm.settings'],
        },
      },
      {
        path: 'leads',
        name: 'crm-leads',
        component: () => import('./views/LeadBoardView.vue'),
        meta: {
          title: 'crm.menu.leads',
          icon: 'Guide',
          permission: ['lead.create', 'lead.assign', 'customer.follow_up'],
        },
      },
      {
        path: 'inquiries',
        name: 'crm-inquiries',
        component: () => import('./views/InquiryListView.vue'),
        meta: {
          title: 'crm.menu.inquiries',
          icon: 'Ship',
          permission: ['inquiry.manage', 'sample.approve'],
        },
      },
      {
        path: 'calendar',
        name: 'crm-calendar',
        component: () => import('./views/VisitCalendarView.vue'),
        meta: { title: 'crm.menu.calendar', icon: 'Calendar', permission: 'customer.follow_up' },
      },
      {
        path: 'competitors',
        name: 'crm-competitors',
        component: () => import('./views/CompetitorListView.vue'),
        meta: { title: 'crm.menu.competitors', icon: 'Aim', permission: 'customer.read' },
      },
    ],
  },
]
