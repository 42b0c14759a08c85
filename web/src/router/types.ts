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
  }
}

export {}
