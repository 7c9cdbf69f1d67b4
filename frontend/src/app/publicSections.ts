/**
 * Where the public pages live (`publicPages.tsx`): every path under one of these sections is
 * served the public entry (public.html) in production, by `vite preview` and by nginx, and is
 * routed to the public side by `main.tsx` in development. Plain data, read by the build's
 * configuration too.
 */
export const PUBLIC_SECTIONS: readonly string[] = ['/live/', '/consent/'];

/** Public pages at a section's own address: `/consent` (the signing page), served like the sections. */
export const PUBLIC_PATHS: readonly string[] = ['/consent'];

/** Whether a path is a public page's own address or lies under a public section (and names something in it). */
export const isInPublicSection = (pathname: string): boolean =>
  PUBLIC_PATHS.includes(pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname) ||
  PUBLIC_SECTIONS.some((section) => pathname.startsWith(section) && pathname.length > section.length);
