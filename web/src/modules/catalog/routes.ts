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
    ],
  },
]
