import 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page / menu title. */
    title?: string
    /** Icon name from router/icons.ts. */
    icon?: string
    /** Required permission (any of, when an array). */
    permission?: string | string[]
    /** Reachable without logging in. */
    public?: boolean
    /** false: never shown in the side menu. */
    menu?: boolean
    /** Menu entry to highlight on a page that has none (a detail page → its list). */
    activeMenu?: string
  }
}

export {}
