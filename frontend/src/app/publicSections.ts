/**
 * Where the public pages live (`publicPages.tsx`): every path under one of these sections is
 * served the public entry (public.html) in production, by `vite preview` and by nginx, and is
 * routed to the public side by `main.tsx` in development. Plain data, read by the build's
 * configuration too.
 */
export const PUBLIC_SECTIONS: readonly string[] = ['/live/', '/consent/', '/s/'];

/**
 * Public pages at a section's own address, served like the sections: `/consent` (the signing
 * page) and `/s` (a survey, its code after `#`). `/s/…` is a section too, so a link mistyped with
 * a slash gets the public page's "not found" rather than a sign-in.
 */
export const PUBLIC_PATHS: readonly string[] = ['/consent', '/s'];

/** Whether a path is a public page's own address or lies under a public section (and names something in it). */
export const isInPublicSection = (pathname: string): boolean =>
  PUBLIC_PATHS.includes(pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname) ||
  PUBLIC_SECTIONS.some((section) => pathname.startsWith(section) && pathname.length > section.length);
