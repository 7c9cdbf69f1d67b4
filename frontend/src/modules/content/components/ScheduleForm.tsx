import { useState, type FormEvent } from 'react';
import type { Channel } from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { TextField } from '@/ui/form/TextField';

interface Props {
  channels: readonly Channel[];
  busy: boolean;
  onSchedule: (publishAt: string, channels: Channel[]) => void;
  onCancel: () => void;
}

/** When to publish (in this browser's time zone) and on which of the item's channels. */
export function ScheduleForm({ channels, busy, onSchedule, onCancel }: Props) {
  const [when, setWhen] = useState('');
  const [chosen, setChosen] = useState<Channel[]>([...channels]);
  const [errors, setErrors] = useState<{ when?: string; channels?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = when ? new Date(when) : null;
    const found = {
      when:
        !at || Number.isNaN(at.getTime())
          ? 'Choose a date and time'
          : at <= new Date()
            ? 'Choose a time in the future'
            : undefined,
      channels: chosen.length === 0 ? 'Choose at least one channel' : undefined,
    };
    setErrors(found);
    if (!found.when && !found.channels && at) onSchedule(at.toISOString(), chosen);
  };
  return (
    <form className="form content-action-form" onSubmit={submit} noValidate aria-label="Schedule">
      <TextField
        id="content-schedule-at"
        label="Publish at"
        type="datetime-local"
        hint="In your time zone."
        value={when}
        onChange={setWhen}
        error={errors.when}
        required
        autoFocus
      />
      <CheckboxGroup
        id="content-schedule-channels"
        label="Publish on"
        options={channels.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
        value={chosen}
        onChange={setChosen}
        error={errors.channels}
        emptyMessage="Write a text for a channel first."
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          Schedule
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
