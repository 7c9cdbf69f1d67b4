export interface RuntimeConfig {
  oidcIssuer: string;
  oidcClientId: string;
}

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Reads /config.json, written per environment, so that one build runs anywhere. */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`Could not load /config.json (HTTP ${response.status}).`);
  }
  return parseRuntimeConfig(await response.json());
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const candidate = (raw ?? {}) as Record<string, unknown>;
  if (!isNonEmptyString(candidate.oidcIssuer)) {
    throw new Error('config.json has no oidcIssuer.');
  }
  return {
    // oidc-client-ts keys its storage by the authority string, so keep it exactly as issued.
    oidcIssuer: candidate.oidcIssuer.replace(/\/+$/, ''),
    oidcClientId: isNonEmptyString(candidate.oidcClientId) ? candidate.oidcClientId : 'carepulse-spa',
  };
}
