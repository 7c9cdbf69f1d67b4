import type { LiveSessionRecapQuery } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import { formatHost } from '../utils/formatHost';
import { AudienceQuestionList } from './AudienceQuestionList';
import '../styles/liveqa.css';

type Recap = NonNullable<LiveSessionRecapQuery['liveSessionRecap']>;

const NO_VOTES: ReadonlySet<string> = new Set();

/** An ended session whose recap is published: what was answered, most upvoted first (as sent). */
export function AudienceRecap({ recap }: { recap: Recap }) {
  const { session, questions } = recap;
  useDocumentTitle(`${session.title} (ended)`);
  return (
    <>
      <header className="audience-header">
        <h1>{session.title}</h1>
        <p className="audience-header__host">With {formatHost(session.host)}</p>
      </header>
      <Alert tone="info" title="This session has ended">
        <p>It no longer takes questions. Here is what the host answered.</p>
      </Alert>
      <AudienceQuestionList
        id="answered-questions"
        title="Answered"
        empty="No questions were answered in this session."
        questions={questions}
        pinnedId={null}
        myUpvotes={NO_VOTES}
        canVote={false}
        busy={NO_VOTES}
        onToggleUpvote={() => undefined}
      />
    </>
  );
}
