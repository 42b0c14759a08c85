import type { RouteRecordRaw } from 'vue-router'

// 产品目录 The catalog: every sales position reads it (product.read); the buttons that change
// it follow product.manage and the products' `actions`.
export const catalogRoutes: RouteRecordRaw[] = [
  {
    path: 'catalog',
    meta: { title: 'catalog.menu.group', icon: 'Goods' },
    redirect: '/catalog/products',
    children: [
      {
        path: 'products',
        name: 'catalog-products',
        component: () => import('./views/ProductListView.vue'),
        meta: { title: 'catalog.menu.products', icon: 'Box', permission: 'product.read' },
      },
      {
        path: 'price-lists',
        name: 'catalog-price-lists',
        component: () => import('./views/PriceListView.vue'),
        meta: { title: 'catalog.menu.priceLists', icon: 'Document', permission: 'price.read' },
      },
      {
        path: 'seasons',
        name: 'catalog-seasons',
        component: () => import('./views/SeasonCalendarView.vue'),
        meta: { title: 'catalog.menu.seasons', icon: 'Calendar', permission: 'price.read' },
      },
      {
        path: 'price-rules',
        name: 'catalog-price-rules',
        component: () => import('./views/PriceRulesView.vue'),
        meta: { title: 'catalog.menu.priceRules', icon: 'Postcard', permission: 'price.read' },
      },
      {
        path: 'price-history',
        name: 'catalog-price-history',
        component: () => import('./views/PriceHistoryView.vue'),
        meta: { title: 'catalog.menu.priceHistory', icon: 'Tickets', permission: 'price.read' },
      },
      {
        path: 'price-requests',
        name: 'catalog-price-requests',
        component: () => import('./views/PriceRequestView.vue'),
        meta: { title: 'catalog.menu.priceRequests', icon: 'Bell', permission: 'price.read' },
      },
    ],
  },
]
