import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConflictChange } from '@/ui/feedback/EditConflictNotice';

interface Versioned {
  version: number;
}

/** How one form value is shown and compared in a conflict: its label and its text. */
export interface ConflictField<V> {
  key: keyof V;
  label: string;
  /** The value as a person reads it; equal texts count as the same value. */
  format: (values: V) => string;
}

interface Options<T extends Versioned, V> {
  /** The object as the page read it when the form opened. */
  original: T;
  toValues: (object: T) => V;
  fields: readonly ConflictField<V>[];
  /** Reads the object again from the server; null or a rejection when it cannot. */
  reread: () => Promise<T | null | undefined>;
}

type Conflict<T> = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; theirs: T };

export interface EditConflict<T extends Versioned, V extends object> {
  /** The version the next save is based on (its expectedVersion and the values it diffs against). */
  base: T;
  baseValues: V;
  /** What the form starts from; with `formKey`, changes when the form must start again. */
  startValues: V;
  formKey: number;
  conflict: Conflict<T> | null;
  resolved: 'reapplied' | 'discarded' | null;
  /** Call when a save answers CONFLICT: reads the latest version. */
  onConflict: () => void;
  /** Call after a save that keeps the form open: the answer is the new base. */
  onSaved: (latest: T) => void;
  /** The fields where the saved value differs from `mine`. */
  changes: (mine: V) => ConflictChange[] | null;
  /** Starts the form again from the latest version, with the fields the user changed on top. */
  reapply: (mine: V) => void;
  /** Starts the form again from the latest version. */
  discard: () => void;
}

/**
 * An edit form's optimistic-concurrency story: the version it is based on, and after a CONFLICT
 * the latest version read again, compared field by field with what the user typed, and either
 * reapplied under the user's changes or taken as it is. Pages render it with ConflictResolution.
 */
export function useEditConflict<T extends Versioned, V extends object>(options: Options<T, V>): EditConflict<T, V> {
  const { toValues, fields, reread } = options;
  const [state, setState] = useState(() => {
    const values = toValues(options.original);
    return {
      base: options.original,
      baseValues: values,
      startValues: values,
      formKey: 0,
      conflict: null as Conflict<T> | null,
      resolved: null as EditConflict<T, V>['resolved'],
    };
  });
  const round = useRef(0);

  const onConflict = useCallback(() => {
    const mine = ++round.current;
    setState((s) => ({ ...s, conflict: { status: 'loading' }, resolved: null }));
    reread().then(
      (theirs) => {
        if (mine !== round.current) return;
        setState((s) => ({ ...s, conflict: theirs ? { status: 'loaded', theirs } : { status: 'failed' } }));
      },
      () => {
        if (mine === round.current) setState((s) => ({ ...s, conflict: { status: 'failed' } }));
      },
    );
  }, [reread]);

  const onSaved = useCallback(
    (latest: T) =>
      setState((s) => ({ ...s, base: latest, baseValues: toValues(latest), conflict: null, resolved: null })),
    [toValues],
  );

  const theirs = state.conflict?.status === 'loaded' ? state.conflict.theirs : null;
  const theirValues = useMemo(() => (theirs ? toValues(theirs) : null), [theirs, toValues]);

  const changes = (mine: V) =>
    theirValues &&
    fields
      .map((field) => ({ label: field.label, theirs: field.format(theirValues), mine: field.format(mine) }))
      .filter((change) => change.theirs !== change.mine);

  const restart = (latest: T, latestValues: V, startValues: V, resolved: 'reapplied' | 'discarded') =>
    setState((s) => ({
      base: latest,
      baseValues: latestValues,
      startValues,
      formKey: s.formKey + 1,
      conflict: null,
      resolved,
    }));

  const reapply = (mine: V) => {
    if (!theirs || !theirValues) return;
    const merged = { ...theirValues };
    for (const field of fields) {
      // Only what the user changed goes on top; the rest is as the other person left it.
      if (field.format(mine) !== field.format(state.baseValues)) merged[field.key] = mine[field.key];
    }
    restart(theirs, theirValues, merged, 'reapplied');
  };

  const discard = () => {
    if (theirs && theirValues) restart(theirs, theirValues, theirValues, 'discarded');
  };

  return { ...state, onConflict, onSaved, changes, reapply, discard };
}
