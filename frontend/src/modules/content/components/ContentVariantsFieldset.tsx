import type { Channel } from '@/generated/graphql';
import { CHANNEL_LABELS, CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { channelCount } from '../utils/channelLimits';
import { withChannels, type VariantRow } from '../utils/contentFormValues';
import { ScannedField } from './ScannedField';

interface Props {
  id: string;
  value: VariantRow[];
  onChange: (value: VariantRow[]) => void;
  /** The error of the channel choice itself. */
  error?: string;
  /** Each channel's text's error (`variants.<CHANNEL>`). */
  errorFor: (channel: Channel) => string | undefined;
  /** The channels the chosen campaign posts on; every channel without a campaign. */
  channels: readonly Channel[] | null;
  fieldId: (channel: Channel) => string;
}

/** Which channels the item posts on, and its text for each, counted against the channel's limit. */
export function ContentVariantsFieldset({ id, value, onChange, error, errorFor, channels, fieldId }: Props) {
  const chosen = value.map((row) => row.channel);
  const options = CHANNEL_OPTIONS.filter(
    (option) => !channels || channels.includes(option.value) || chosen.includes(option.value),
  );
  const setText = (channel: Channel, text: string) =>
    onChange(value.map((row) => (row.channel === channel ? { ...row, text } : row)));
  return (
    <div className="content-variants">
      <CheckboxGroup
        id={id}
        label="Channels"
        hint={
          channels
            ? 'The channels the campaign posts on. Each one gets its own text.'
            : 'Each channel gets its own text.'
        }
        options={options}
        value={chosen}
        error={error}
        onChange={(next) => onChange(withChannels(value, next))}
      />
      {value.map(({ channel, text }) => {
        const count = channelCount(channel, text);
        const countId = `${fieldId(channel)}-count`;
        return (
          <ScannedField
            key={channel}
            id={fieldId(channel)}
            label={`${CHANNEL_LABELS[channel]} text`}
            rows={channel === 'X' ? 3 : 5}
            value={text}
            onChange={(next) => setText(channel, next)}
            error={errorFor(channel)}
            note={{
              id: countId,
              content: (
                <span className={count.over ? 'char-count char-count--over' : 'char-count'}>
                  {count.text}
                  {count.over && ` — ${count.length - count.limit} over ${CHANNEL_LABELS[channel]}’s limit`}
                </span>
              ),
            }}
          />
        );
      })}
    </div>
  );
}
