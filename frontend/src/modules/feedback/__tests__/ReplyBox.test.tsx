import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ReplyBox } from '../components/ReplyBox';
import { marketer, savedReply, threadDetail } from './feedbackFixtures';

const DRAFT = 'We are sorry your appointment ran late.';
const suggestion = savedReply();
const relationship = {
  code: 'PATIENT_RELATIONSHIP_DISCLOSED',
  phiType: null,
  start: DRAFT.indexOf('your'),
  end: DRAFT.indexOf(' ran'),
  message: '“your appointment” (characters 14–29) tells everyone this person is a patient: answer without it',
};

function renderReplyBox() {
  const thread = threadDetail({ hasPhi: false });
  const recorded = threadDetail({
    version: 2,
    messages: [
      ...thread.messages!,
      {
        id: 'm2',
        role: 'STAFF',
        text: suggestion.text,
        sentAt: '2026-12-02T13:00:00Z',
        sentBy: marketer,
        phiFindings: [],
        overrideJustification: null,
        deliveryId: null,
        sentiment: null,
      },
    ],
  });
  const api = mockGraphqlClient((name, variables) => {
    if (name === 'SavedReplies') return { data: { savedReplies: [suggestion] } };
    if (name === 'ScreenFeedbackReply') {
      const flagged = variables.text === DRAFT;
      return {
        data: {
          screenFeedbackReply: {
            sendable: !flagged,
            findings: flagged ? [relationship] : [],
            suggestedReply: flagged ? suggestion : null,
          },
        },
      };
    }
    if (name === 'ReplyToFeedback')
      return { data: { replyToFeedback: { thread: recorded, suggestedReply: null, userErrors: [] } } };
    return undefined;
  });
  const onChanged = vi.fn();
  renderWithProviders(<ReplyBox thread={thread} onChanged={onChanged} onReload={vi.fn()} canOverride={false} />, {
    client: api.client,
    viewer: viewerWithRoles('MARKETER'),
  });
  const operations = (name: string) =>
    api.operations.filter((op) => op.query.loc?.source.body.includes(name)).map((op) => op.variables);
  /** The drafts screened, once each (urql may start a query twice without a cache in front). */
  const screened = () => [...new Set(operations('screenFeedbackReply').map((variables) => variables?.text))];
  return { onChanged, operations, screened, recorded };
}

const pause = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('ReplyBox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('screens the draft once typing pauses, marks what it found and why, and takes the suggested reply', () => {
    const { operations, screened } = renderReplyBox();
    const box = screen.getByLabelText('Your reply');
    fireEvent.change(box, { target: { value: 'We are sorry' } });
    pause(200);
    fireEvent.change(box, { target: { value: DRAFT } });
    pause(399);
    expect(screened()).toEqual([]);
    pause(1);
    expect(screened()).toEqual([DRAFT]);
    expect(operations('screenFeedbackReply')[0]).toEqual({ threadId: threadDetail().id, text: DRAFT });

    expect(
      screen.getByText(/The reply guard found a problem: this reply can’t be sent as it is\./),
    ).toBeInTheDocument();
    expect(screen.getByText('This tells everyone the reviewer is your patient.').closest('li')).toHaveTextContent(
      '“your appointment” (confirms a patient): This tells everyone the reviewer is your patient.',
    );
    const preview = screen.getByText('Your draft, with what was found marked:').parentElement!;
    expect(within(preview).getByText('your appointment').tagName).toBe('MARK');
    expect(preview).toHaveTextContent('your appointment [confirms a patient]');

    fireEvent.click(screen.getByRole('button', { name: 'Use this reply' }));
    expect(box).toHaveValue(suggestion.text);
    expect(box).toHaveFocus();
    pause(400);
    expect(screen.getByText('The reply guard found nothing: this reply may be sent.')).toBeInTheDocument();
  });

  it('sends the reply on the thread’s version and says it is recorded but not delivered yet', async () => {
    const { operations, onChanged, recorded } = renderReplyBox();
    const box = screen.getByLabelText('Your reply');
    fireEvent.change(box, { target: { value: '  Thank you for your feedback.  ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send reply' })));
    expect(operations('replyToFeedback')).toEqual([
      { input: { threadId: threadDetail().id, expectedVersion: 1, text: 'Thank you for your feedback.' } },
    ]);
    expect(onChanged).toHaveBeenCalledWith(recorded);
    expect(screen.getByText('Recorded, not delivered yet')).toBeInTheDocument();
    expect(screen.getByText('Recorded, not delivered yet').closest('[tabindex="-1"]')).toHaveFocus();
    expect(box).toHaveValue('');
  });
});
