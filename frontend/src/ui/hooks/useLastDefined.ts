import { useState } from 'react';

/**
 * The value, or while it is undefined the last one that was not: a list keeps showing its rows
 * while the next page or order loads, so the button just pressed (a sort header, "Next page")
 * stays on the page and keeps the keyboard focus.
 */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
