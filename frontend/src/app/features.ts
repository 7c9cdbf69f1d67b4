import type { Feature } from './feature';

/** Every feature of the app: each `src/pages/<feature>/feature.tsx`, found at build time. */
export const features: readonly Feature[] = Object.values(
  import.meta.glob<{ feature: Feature }>('../pages/*/feature.tsx', { eager: true }),
).map((module) => module.feature);

export const navEntries = features.flatMap((feature) => feature.nav ?? []);
