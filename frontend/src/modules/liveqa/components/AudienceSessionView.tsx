import { useEffect, useMemo } from 'react';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { Alert } from '@/ui/feedback/Alert';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { useAnswerLivePoll } from '../hooks/useAnswerLivePoll';
import { useAskQuestion } from '../hooks/useAskQuestion';
import { useLiveAudience } from '../hooks/useLiveAudience';
import { useUpvote } from '../hooks/useUpvote';
import { myQuestionStatus } from '../utils/audienceState';
import { sortByPinUpvotesNewest } from '../utils/questionOrder';
import { ASK_FIELD_ID, AudienceAskForm } from './AudienceAskForm';
import { EarlierPolls, LatestPoll } from './AudiencePolls';
import { AudienceQuestionList } from './AudienceQuestionList';
import { AudienceSessionHeader } from './AudienceSessionHeader';
import { LiveFeedStatus } from './LiveFeedStatus';
import { MyQuestionList } from './MyQuestionList';
import '../styles/liveqa.css';

interface Props {
  joinCode: string;
  /** The token was refused: the page forgets it and offers to join again. */
  onRefused: () => void;
  /** The session ended: the token is of no further use. */
  onEnded: () => void;
}

/**
 * A joined participant's page: answer the host's poll, ask, follow moderation of one's own
 * questions, upvote the others.
 */
export function AudienceSessionView({ joinCode, onRefused, onEnded }: Props) {
  const audience = useLiveAudience(joinCode, onRefused);
  const ask = useAskQuestion(audience.showAsked, onRefused);
  const upvote = useUpvote(audience.showUpvote, onRefused);
  const poll = useAnswerLivePoll(audience.showAnswered, onRefused);
  const { state, snapshot } = audience;
  const ended = state?.status === 'ENDED';
  const lists = useMemo(() => {
    if (!state) return null;
    const sorted = sortByPinUpvotesNewest(state.questions.values(), state.pinnedId);
    return {
      approved: sorted.filter((question) => question.status === 'APPROVED'),
      answered: sorted.filter((question) => question.status === 'ANSWERED'),
    };
  }, [state]);

  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);

  if (!state || !snapshot || !lists) {
    return audience.error && !audience.fetching ? (
      <ErrorState message={describeGraphqlError(audience.error)} onRetry={audience.reload} />
    ) : (
      <LoadingState label="Loading the session…" />
    );
  }
  const listProps = {
    pinnedId: state.pinnedId,
    myUpvotes: state.myUpvotes,
    canVote: !ended,
    busy: upvote.busy,
    onToggleUpvote: (questionId: string, upvoted: boolean) => void upvote.toggle(questionId, upvoted),
  };
  const pollProps = {
    polls: state.polls,
    live: state.status === 'LIVE',
    answering: poll.answering,
    problem: poll.problem,
    onAnswer: (pollId: string, optionId: string) => void poll.answer(pollId, optionId),
  };
  const goToAskForm = () => {
    const box = document.getElementById(ASK_FIELD_ID);
    box?.scrollIntoView?.({ block: 'center' });
    box?.focus();
  };
  // On a phone the questions come first; the ask form is one tap away, from a bar that stays in view.
  return (
    <>
      <AudienceSessionHeader
        session={snapshot.session}
        status={state.status}
        displayName={snapshot.participant.displayName}
      />
      {ended ? (
        <Alert tone="info" title="This session has ended">
          <p>Thank you for taking part. The questions and answers stay here until you close the page.</p>
        </Alert>
      ) : (
        <>
          <LiveFeedStatus connection={audience.feed.connection} onReconnect={audience.feed.reconnect} />
          <div className="audience-ask-bar">
            <button type="button" className="button button--primary" onClick={goToAskForm}>
              Ask a question
            </button>
          </div>
        </>
      )}
      <LatestPoll {...pollProps} />
      <p className="visually-hidden" role="status">
        {state.lastShown ? `New question: ${state.lastShown.text}` : ''}
      </p>
      {upvote.error && <Alert tone="error">{upvote.error}</Alert>}
      <AudienceQuestionList
        id="audience-questions"
        title="Questions"
        empty="No questions yet. Approved questions appear here."
        questions={lists.approved}
        {...listProps}
      />
      <AudienceQuestionList
        id="answered-questions"
        title="Answered"
        empty="Nothing answered yet."
        questions={lists.answered}
        {...listProps}
      />
      {!ended && (
        <section className="audience-section" aria-labelledby="ask-heading">
          <h2 id="ask-heading">Your question for the host</h2>
          <AudienceAskForm session={snapshot.session} submitting={ask.submitting} onAsk={ask.submit} />
        </section>
      )}
      <MyQuestionList questions={state.myQuestions} statusOf={(question) => myQuestionStatus(state, question)} />
      <EarlierPolls {...pollProps} />
    </>
  );
}
