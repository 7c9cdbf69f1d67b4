// Shared by the benchmarks: tokens from the dev IdP, and the guard that keeps load on this machine.

/** A token from the dev IdP's loopback /dev/token for a user of `org` with `roles` (and subject `sub`). */
export async function devToken(idpUrl, org, roles, sub) {
  const form = new URLSearchParams({ org, roles });
  if (sub) form.set('sub', sub);
  const response = await fetch(`${idpUrl}/dev/token`, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`IdP /dev/token answered ${response.status}`);
  return (await response.text()).trim();
}

/** Refuses to send load anywhere but a loopback address. */
export function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!['localhost', '[::1]', '::1'].includes(host) && !host.startsWith('127.')) {
    throw new Error(`refusing to send load to ${url}: only loopback addresses are allowed`);
  }
}
