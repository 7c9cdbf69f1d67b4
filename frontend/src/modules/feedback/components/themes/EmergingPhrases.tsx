import type { FeedbackThemeFieldsFragment } from '@/generated/graphql';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { ThemeName, type DrillDown } from './ThemeName';
import { ThemeTable } from './ThemeTable';
import { TrendText } from './TrendText';

/**
 * Phrases patients use much more in this period than before, most distinctive first. The API
 * shows one only once it appears in at least 5 threads, so none can point at a patient.
 */
export function EmergingPhrases({
  phrases,
  drillDown,
}: {
  phrases: readonly FeedbackThemeFieldsFragment[];
  drillDown?: DrillDown;
}) {
  return (
    <section aria-labelledby="emerging-title">
      <h2 id="emerging-title">Emerging phrases</h2>
      <p className="muted">
        Words patients use much more now than before, most distinctive first. A phrase shows once it comes up in at
        least 5 conversations.
      </p>
      {phrases.length === 0 ? (
        <p>No phrase stands out in this period.</p>
      ) : (
        <ChartOrTable
          subject="the emerging phrases"
          chart={
            <ol className="emerging-phrases">
              {phrases.map((phrase) => (
                <li key={phrase.key}>
                  <span className="emerging-phrases__phrase">
                    <ThemeName theme={{ ...phrase, label: `“${phrase.label}”` }} drillDown={drillDown} />
                  </span>{' '}
                  <span className="muted">
                    {phrase.count} {phrase.count === 1 ? 'message' : 'messages'} in {phrase.threads}{' '}
                    {phrase.threads === 1 ? 'conversation' : 'conversations'},{' '}
                  </span>
                  <TrendText theme={phrase} />
                </li>
              ))}
            </ol>
          }
          table={<ThemeTable themes={phrases} caption="Emerging phrases" drillDown={drillDown} />}
        />
      )}
    </section>
  );
}
