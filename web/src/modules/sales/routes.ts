import type { RouteRecordRaw } from 'vue-router'

// 销售 Quotations (quotation.read to read; the buttons follow quotation.write and each
// quotation's `actions`) and finance's exchange rates (fx.read; fx.manage sets them).
export const salesRoutes: RouteRecordRaw[] = [
  {
    path: 'sales',
    meta: { title: 'sales.menu.group', icon: 'Document' },
    redirect: '/sales/quotations',
    children: [
      {
        path: 'quotations',
        name: 'sales-quotations',
        component: () => import('./views/QuotationListView.vue'),
        meta: { title: 'sales.menu.quotations', icon: 'Tickets', permission: 'quotation.read' },
      },
      {
        path: 'quotations/new',
        name: 'sales-quotation-new',
        component: () => import('./views/QuotationEditView.vue'),
        meta: { title: 'sales.menu.newQuotation', permission: 'quotation.write', menu: false },
      },
      {
        path: 'quotations/:id(\\d+)/edit',
        name: 'sales-quotation-edit',
        component: () => import('./views/QuotationEditView.vue'),
        meta: { title: 'sales.menu.editQuotation', permission: 'quotation.write', menu: false },
      },
      {
        path: 'quotations/:id(\\d+)',
        name: 'sales-quotation',
        component: () => import('./views/QuotationView.vue'),
        meta: { title: 'sales.menu.quotation', permission: 'quotation.read', menu: false },
      },
      {
        path: 'fx-rates',
        name: 'sales-fx-rates',
        component: () => import('./views/FxRateView.vue'),
        meta: { title: 'sales.menu.fxRates', icon: 'Money', permission: 'fx.read' },
      },
    ],
  },
]

// The printable quotation on its own page (no menu): an A4 sheet, in Chinese or English.
export const salesDocumentRoutes: RouteRecordRaw[] = [
  {
    path: '/sales/quotations/:id(\\d+)/print',
    name: 'sales-quotation-print',
    component: () => import('./views/QuotationPrintView.vue'),
    meta: { title: 'sales.menu.print', permission: 'quotation.read', menu: false },
  },
]
