import type { PhiType } from '@/generated/graphql';
import { PHI_TYPE_LABELS } from '@/modules/liveqa/utils/questionLabels';

/** "Held for suspected PHI (phone number, person’s name)": the kinds found, each once, never the words. */
export function heldLabel(findings: readonly { type: PhiType }[]): string {
  const types = [...new Set(findings.map((finding) => finding.type))].map((type) => PHI_TYPE_LABELS[type]);
  return types.length > 0 ? `Held for suspected PHI (${types.join(', ')})` : 'Held for suspected PHI';
}
