import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Field } from './Field';
import type { Option } from './SelectField';

interface MultiSelectComboboxProps<V extends string> {
  id: string;
  label: string;
  options: readonly Option<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  hint?: string;
  error?: string;
  /** What one and several options are called in announcements, e.g. ["segment", "segments"]. */
  noun: readonly [one: string, other: string];
  emptyMessage?: string;
}

const KEYBOARD_HINT =
  'Type to filter. Up and down arrows move through the list, Enter or Space adds or removes the highlighted one, Escape closes the list.';

const count = (n: number, [one, other]: readonly [string, string]) => `${n} ${n === 1 ? one : other}`;

/**
 * Chooses several options from a long list: a text box that filters a listbox (the WAI-ARIA APG
 * combobox pattern, with aria-multiselectable), the chosen ones as chips with a remove button.
 * Focus stays in the text box; the highlighted option is its aria-activedescendant. Space types
 * a space while filtering and toggles once the arrows have moved the highlight. Counts and each
 * change are announced in a polite live region.
 */
export function MultiSelectCombobox<V extends string>({
  id,
  label,
  options,
  value,
  onChange,
  hint,
  error,
  noun,
  emptyMessage = 'Nothing to choose from yet.',
}: MultiSelectComboboxProps<V>) {
  const listboxId = `${id}-listbox`;
  const keyboardHintId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Space toggles only after the arrows moved the highlight; while typing it is a space.
  const [navigating, setNavigating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const needle = query.trim().toLocaleLowerCase();
  const matches = needle ? options.filter((option) => option.label.toLocaleLowerCase().includes(needle)) : options;
  const selected = options.filter((option) => value.includes(option.value));
  const optionId = (index: number) => `${id}-option-${index}`;

  const announceMatches = (text: string) => {
    const q = text.trim().toLocaleLowerCase();
    const n = q ? options.filter((option) => option.label.toLocaleLowerCase().includes(q)).length : options.length;
    setAnnouncement(`${count(n, noun)} ${n === 1 ? 'matches' : 'match'}. ${value.length} selected.`);
  };

  const toggle = (option: Option<V>) => {
    const adding = !value.includes(option.value);
    const next = adding ? [...value, option.value] : value.filter((v) => v !== option.value);
    onChange(next);
    setAnnouncement(`${adding ? 'Added' : 'Removed'} ${option.label}. ${next.length} selected.`);
  };

  const move = (to: number) => {
    if (matches.length === 0) return;
    const index = (to + matches.length) % matches.length;
    setOpen(true);
    setActive(index);
    setNavigating(true);
    document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const option = open ? matches[active] : undefined;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) announceMatches(query);
        move(open ? active + 1 : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(open ? active - 1 : matches.length - 1);
        break;
      case 'Enter':
        // Enter in the open list chooses; it must not submit the form.
        if (open) event.preventDefault();
        if (option) toggle(option);
        break;
      case ' ':
        if (navigating && option) {
          event.preventDefault();
          toggle(option);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (!query && selected.length > 0) toggle(selected[selected.length - 1]);
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return (
    <Field id={id} label={label} hint={hint} error={error} describedBy={keyboardHintId}>
      {(control) => (
        <div
          className="combobox"
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
          }}
        >
          {selected.length > 0 && (
            <ul className="combobox__chips" aria-label={`Selected ${noun[1]}`}>
              {selected.map((option) => (
                <li key={option.value} className="combobox__chip">
                  {option.label}
                  <button
                    type="button"
                    className="combobox__remove"
                    aria-label={`Remove ${option.label}`}
                    onClick={() => {
                      toggle(option);
                      inputRef.current?.focus();
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            ref={inputRef}
            type="text"
            className="input"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listboxId}
            aria-activedescendant={open && active >= 0 && active < matches.length ? optionId(active) : undefined}
            {...control}
            value={query}
            placeholder={`Search ${noun[1]}`}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              setActive(-1);
              setNavigating(false);
              announceMatches(event.target.value);
            }}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
          />
          <p id={keyboardHintId} className="visually-hidden">
            {KEYBOARD_HINT}
          </p>
          <ul
            id={listboxId}
            role="listbox"
            aria-multiselectable="true"
            aria-label={label}
            className="combobox__listbox"
            hidden={!open}
          >
            {matches.map((option, index) => {
              const isSelected = value.includes(option.value);
              return (
                <li
                  key={option.value}
                  id={optionId(index)}
                  role="option"
                  aria-selected={isSelected}
                  className={index === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
                  // Keeps the focus in the text box.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setActive(index);
                    toggle(option);
                  }}
                >
                  <span className="combobox__check" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {option.label}
                </li>
              );
            })}
          </ul>
          {options.length === 0 ? (
            <p className="combobox__empty muted">{emptyMessage}</p>
          ) : (
            open &&
            matches.length === 0 && <p className="combobox__empty muted">{`No ${noun[1]} match “${query.trim()}”.`}</p>
          )}
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
        </div>
      )}
    </Field>
  );
}
