/** What the editor does about the posting policy: nothing to read (none yet, or accepted), or read and accept it first. */
export type PolicyGate = 'open' | 'acknowledge';

export function postingPolicyGate(policy: { version: number; acknowledgedByMe: boolean } | undefined): PolicyGate {
  if (!policy || policy.version === 0 || policy.acknowledgedByMe) return 'open';
  return 'acknowledge';
}
