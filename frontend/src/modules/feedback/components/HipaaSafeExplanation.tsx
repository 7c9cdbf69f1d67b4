import { HIPAA_SAFE_TAG } from '../utils/tags';

/** What the hipaa-safe tag means, and when to give it. */
export function HipaaSafeExplanation() {
  return (
    <p className="muted">
      Replies tagged <strong>{HIPAA_SAFE_TAG}</strong> confirm nothing about anyone’s care. When the reply guard stops a
      reply, it suggests one of them instead, chosen by where the feedback was posted and its stars. Give the tag only
      to a reply that names nobody and would be true whoever wrote to you, such as an invitation to call patient
      relations; a compliance officer should read it first.
    </p>
  );
}
