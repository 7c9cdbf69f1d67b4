import type { CombinedError } from '@urql/core';
import { classifyGraphqlError } from '@/modules/api/utils/classifyGraphqlError';

/** The participant token was not accepted (expired, revoked, or the session ended). */
export const isRefusal = (error: CombinedError | undefined) => {
  if (!error) return false;
  const kind = classifyGraphqlError(error);
  return kind === 'UNAUTHORIZED' || kind === 'FORBIDDEN';
};
