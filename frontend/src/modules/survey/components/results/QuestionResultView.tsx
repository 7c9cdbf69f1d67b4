import type { SurveyKind, SurveyResultsFieldsFragment } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';
import { formatShare, QUESTION_TYPE_LABELS } from '../../utils/surveyLabels';
import { NpsScoreView } from './NpsScoreView';
import { ResultBars, type ResultBar } from './ResultBars';
import { TextAnswers } from './TextAnswers';

export type QuestionResult = SurveyResultsFieldsFragment['questions'][number];

interface Props {
  result: QuestionResult;
  number: number;
  kind: SurveyKind;
  /** Asks for more written answers; none once the API's page limit is reached. */
  onShowMoreText?: () => void;
  canRelease: boolean;
  onReleased: () => void;
}

const stars = (value: number) => `${value} ${value === 1 ? 'star' : 'stars'}`;

function valueBars(result: QuestionResult): ResultBar[] {
  const rating = result.question.type === 'RATING';
  return result.values.map((value) => ({
    key: String(value.value),
    label: rating ? stars(value.value) : String(value.value),
    count: value.count,
    percent: value.percent,
  }));
}

/** One question's results: bars for choices and values, the average, the NPS, the quiz's right share, or the words. */
export function QuestionResultView({ result, number, kind, ...text }: Props) {
  const { question } = result;
  const quiz = kind === 'QUIZ';
  const choice = question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE';
  const headingId = `result-${question.id}`;
  return (
    <section className="panel question-result" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {number}. {question.prompt}
      </h3>
      <p className="muted">
        {QUESTION_TYPE_LABELS[question.type]} · answered by {formatNumber(result.answered)}
        {question.type === 'MULTIPLE_CHOICE' && ' (shares are of those who answered; one may choose several)'}
      </p>
      {quiz && result.correctShare !== null && result.correctShare !== undefined && (
        <p>
          <strong>Answered right:</strong> {formatShare(result.correctShare)}
        </p>
      )}
      {choice && (
        <ResultBars
          caption={`Answers to question ${number}`}
          labelHeader="Option"
          quiz={quiz}
          bars={result.options.map((option) => ({
            key: option.option.id,
            label: option.option.label,
            count: option.count,
            percent: option.percent,
            correct: option.correct,
          }))}
        />
      )}
      {(question.type === 'RATING' || question.type === 'NPS') && (
        <>
          {result.average !== null && result.average !== undefined && (
            <p>
              <strong>Average:</strong> {result.average.toFixed(1)}
              {question.type === 'RATING' ? ' stars' : ' out of 10'}
            </p>
          )}
          {result.netPromoterScore && <NpsScoreView nps={result.netPromoterScore} />}
          <ResultBars
            caption={`Answers to question ${number}`}
            labelHeader={question.type === 'RATING' ? 'Stars' : 'Score'}
            bars={valueBars(result)}
          />
        </>
      )}
      {question.type === 'FREE_TEXT' &&
        (result.textAnswers ? (
          <TextAnswers
            questionNumber={number}
            answers={result.textAnswers.edges.map((edge) => edge.node)}
            answered={result.answered}
            held={result.heldAnswers}
            hasMore={result.textAnswers.pageInfo.hasNextPage}
            onShowMore={text.onShowMoreText}
            canRelease={text.canRelease}
            onReleased={text.onReleased}
          />
        ) : (
          <p className="muted">
            {formatNumber(result.answered)} written {result.answered === 1 ? 'answer' : 'answers'}
            {result.heldAnswers > 0 && `, ${formatNumber(result.heldAnswers)} held for suspected PHI`}. Respondents’ own
            words are read by admins, marketers and compliance officers.
          </p>
        ))}
    </section>
  );
}
