import type { SurveyStatus } from '@/generated/graphql';
import { CopyableText } from '@/ui/data-display/CopyableText';
import { publicSurveyLink } from '../utils/surveyPaths';

/**
 * The public link to share (`<origin>/s#<code>`: the code after `#` never reaches a server's logs)
 * and a preview of the page that answers nothing: opening the link itself would start a response
 * and count among those who opened it.
 */
export function SurveyShare({ code, status }: { code: string; status: SurveyStatus }) {
  const link = publicSurveyLink(window.location.origin, code);
  return (
    <section className="panel" aria-labelledby="survey-share-title">
      <h2 id="survey-share-title">Share</h2>
      <CopyableText id="survey-public-link" label="Public link" value={link} copyLabel="Copy link" />
      <p className="muted">
        {status === 'DRAFT'
          ? 'The link answers only once the survey is open: until then it says the survey cannot be found.'
          : status === 'CLOSED'
            ? 'The link says the survey is closed until you reopen it.'
            : 'Anyone with the link can answer, without signing in, once per browser.'}
      </p>
      {status !== 'DRAFT' && (
        <p>
          {/* A full page load: the public page is served apart from the staff app. */}
          <a href={`/s?preview#${code}`}>Preview the survey page</a>{' '}
          <span className="muted">(as respondents see it; nothing is sent or counted)</span>
        </p>
      )}
    </section>
  );
}
