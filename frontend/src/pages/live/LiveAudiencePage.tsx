import { useCallback, useState } from 'react';
import { Provider } from 'urql';
import { LiveSessionRecapDocument } from '@/generated/graphql';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { AudienceJoinForm, type JoinCodeProblem } from '@/modules/liveqa/components/AudienceJoinForm';
import { AudienceRecap } from '@/modules/liveqa/components/AudienceRecap';
import { AudienceSessionView } from '@/modules/liveqa/components/AudienceSessionView';
import { JoinCodeForm } from '@/modules/liveqa/components/JoinCodeForm';
import { useParticipantClient } from '@/modules/liveqa/hooks/useParticipantClient';
import { useParticipantToken } from '@/modules/liveqa/hooks/useParticipantToken';
import { createParticipantClient, type ParticipantClientFactory } from '@/modules/liveqa/utils/createParticipantClient';
import { normalizeJoinCode } from '@/modules/liveqa/utils/participantTokenStorage';
import { Alert } from '@/ui/feedback/Alert';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import '@/modules/liveqa/styles/liveqa.css';

const REFUSED =
  'Your place in this session is no longer valid: it may have expired, or the session has ended. Join again to continue.';

/**
 * The public audience page at /live/:joinCode (`app/publicPages`): no sign-in, a participant
 * token instead. Outside the staff app's router, so it gets the join code from the path as a prop.
 */
export function LiveAudiencePage({
  joinCode,
  createClient = createParticipantClient,
}: {
  joinCode: string;
  createClient?: ParticipantClientFactory;
}) {
  const code = normalizeJoinCode(joinCode);
  return (
    <main className="audience" id="main">
      <p className="brand">CarePulse Live Q&amp;A</p>
      <AudiencePage key={code} joinCode={code} createClient={createClient} />
    </main>
  );
}

function AudiencePage({ joinCode, createClient }: { joinCode: string; createClient: ParticipantClientFactory }) {
  const { token, save, clear, forget } = useParticipantToken(joinCode);
  const [notice, setNotice] = useState<string | null>(null);
  const refuse = useCallback(() => {
    clear();
    setNotice(REFUSED);
  }, [clear]);
  const client = useParticipantClient(token, createClient, refuse);

  if (!client) return <LoadingState label="Connecting…" />;
  return (
    <Provider value={client}>
      {token ? (
        <AudienceSessionView joinCode={joinCode} onRefused={refuse} onEnded={forget} />
      ) : (
        <JoinSection
          joinCode={joinCode}
          notice={notice}
          onJoined={(participantToken) => {
            setNotice(null);
            save(participantToken);
          }}
        />
      )}
    </Provider>
  );
}

function JoinSection(props: { joinCode: string; notice: string | null; onJoined: (token: string) => void }) {
  const [problem, setProblem] = useState<JoinCodeProblem | null>(null);
  if (problem?.notFound) return <CodeNotFound joinCode={props.joinCode} />;
  return (
    <>
      <JoinHeading />
      {props.notice && <Alert tone="warning">{props.notice}</Alert>}
      {problem && (
        <Alert tone="warning" title="You can’t join this session right now">
          <p>{problem.message}</p>
        </Alert>
      )}
      <p>
        Session code <code>{props.joinCode}</code>. Join to ask the host your questions and to upvote the ones you want
        answered.
      </p>
      <AudienceJoinForm
        joinCode={props.joinCode}
        onJoined={(token) => {
          setProblem(null);
          props.onJoined(token);
        }}
        onCodeProblem={setProblem}
      />
    </>
  );
}

function JoinHeading() {
  useDocumentTitle('Join the live Q&A');
  return <h1>Join the live Q&amp;A</h1>;
}

/**
 * No open session has the code. An ended one may have published its recap (asked only now: a
 * recap lookup counts against the network's join attempts); else say so plainly and let the
 * participant type the code again.
 */
function CodeNotFound({ joinCode }: { joinCode: string }) {
  const [{ data, fetching, error }] = useOneShotQuery(LiveSessionRecapDocument, { joinCode });
  if (fetching && !data) return <LoadingState label="Looking up the session…" />;
  const recap = data?.liveSessionRecap;
  if (recap && !error) return <AudienceRecap recap={recap} />;
  return <NoSuchSession joinCode={joinCode} />;
}

function NoSuchSession({ joinCode }: { joinCode: string }) {
  useDocumentTitle('Session not found');
  return (
    <>
      <h1>This code doesn’t match an open session</h1>
      <p>
        We couldn’t find a session with the code <code>{joinCode}</code>. Check the code with the host and type it
        again. A session that has ended no longer takes questions.
      </p>
      <JoinCodeForm />
    </>
  );
}
