import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { ConfirmTakedownDocument, type TakedownTaskFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import type { TakedownRow } from '../utils/takedownTasks';

export type ConfirmOutcome =
  { kind: 'confirmed'; row: TakedownRow } | { kind: 'failed'; row: TakedownRow; message: string };

/**
 * Confirms one take-down. The items confirmations answered are kept (openTakedownRows drops a
 * confirmed row with them); a refusal (someone confirmed it first, the item is gone) asks the list
 * to be read again through `onStale`.
 */
export function useConfirmTakedown(onStale: () => void) {
  const [, confirmTakedown] = useMutation(ConfirmTakedownDocument);
  const [answered, setAnswered] = useState<ReadonlyMap<string, TakedownTaskFragment>>(new Map());
  const [busy, setBusy] = useState(false);

  const confirm = useCallback(
    async (row: TakedownRow): Promise<ConfirmOutcome> => {
      setBusy(true);
      const result = await confirmTakedown({ input: { contentId: row.content.id, channel: row.channel } });
      setBusy(false);
      const payload = result.data?.confirmTakedown;
      if (result.error || !payload) {
        const message = result.error ? describeGraphqlError(result.error) : 'The take-down was not confirmed.';
        return { kind: 'failed', row, message };
      }
      const content = payload.content;
      if (payload.userErrors.length > 0 || !content) {
        onStale();
        const message =
          payload.userErrors.map((error) => error.message).join(' ') || 'The take-down was not confirmed.';
        return { kind: 'failed', row, message };
      }
      setAnswered((current) => new Map(current).set(content.id, content));
      return { kind: 'confirmed', row };
    },
    [confirmTakedown, onStale],
  );
  return { answered, busy, confirm };
}
