import type { ContentDetailFragment } from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { formatNumber } from '@/ui/utils/format';

/** Each channel's text as a card in that channel's colours, with its count against the limit. */
export function ChannelPreviews({ variants }: Pick<ContentDetailFragment, 'variants'>) {
  if (variants.length === 0) return <p className="muted">No channel texts yet.</p>;
  return (
    <ul className="channel-previews">
      {variants.map((variant) => {
        const over = variant.length > variant.limit;
        return (
          <li key={variant.channel} className={`channel-card channel-card--${variant.channel.toLowerCase()}`}>
            <article aria-label={`${CHANNEL_LABELS[variant.channel]} preview`}>
              <div className="channel-card__band">
                <span>{CHANNEL_LABELS[variant.channel]}</span>
                <span className={over ? 'char-count char-count--over' : 'char-count'}>
                  {formatNumber(variant.length)} / {formatNumber(variant.limit)}
                </span>
              </div>
              <p className="channel-card__text">{variant.text}</p>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
