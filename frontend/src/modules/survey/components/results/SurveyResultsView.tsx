import type { SurveyKind, SurveyResultsFieldsFragment } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';
import { formatShare } from '../../utils/surveyLabels';
import { QuestionResultView } from './QuestionResultView';

interface Props {
  results: SurveyResultsFieldsFragment;
  kind: SurveyKind;
  /** Asks for more written answers; none once the API's page limit is reached. */
  onShowMoreText?: () => void;
  canRelease: boolean;
  onReleased: () => void;
}

/** The survey's figures (responses, who opened it, completion, the quiz's average score), then each question's. */
export function SurveyResultsView({ results, kind, ...rest }: Props) {
  return (
    <section aria-labelledby="survey-results-title">
      <h2 id="survey-results-title">Results</h2>
      <dl className="result-stats">
        <div className="result-stat">
          <dt>Responses</dt>
          <dd className="result-stat__value">{formatNumber(results.responses)}</dd>
        </div>
        <div className="result-stat">
          <dt>Opened the link</dt>
          <dd className="result-stat__value">{formatNumber(results.started)}</dd>
        </div>
        <div className="result-stat">
          <dt>Completion rate</dt>
          <dd className="result-stat__value">{formatShare(results.completionRate)}</dd>
        </div>
        {kind === 'QUIZ' && (
          <div className="result-stat">
            <dt>Average score</dt>
            <dd className="result-stat__value">{formatShare(results.averageScore)}</dd>
          </div>
        )}
      </dl>
      {results.responses === 0 && <p className="muted">No responses yet: results appear here as they arrive.</p>}
      {results.questions.map((result, index) => (
        <QuestionResultView key={result.question.id} result={result} number={index + 1} kind={kind} {...rest} />
      ))}
    </section>
  );
}
