import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FeedbackThreadDetailFragment, Role } from '@/generated/graphql';
import {
  marketer,
  privateInvitation,
  savedReply,
  themeTaxonomy,
  threadDetail,
} from '@/modules/feedback/__tests__/feedbackFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ThreadPage } from '../ThreadPage';

type Respond = (name: string | undefined, variables: Record<string, unknown>) => MockResponse;

function renderThread(
  role: Role,
  thread: FeedbackThreadDetailFragment = threadDetail(),
  respond: Respond = () => undefined,
) {
  const api = mockGraphqlClient((name, variables) => {
    if (name === 'FeedbackThread') return { data: { feedbackThread: thread } };
    if (name === 'SavedReplies') return { data: { savedReplies: [savedReply(), privateInvitation] } };
    if (name === 'FeedbackAssigneeOptions') return { data: { users: { edges: [] } } };
    if (name === 'FeedbackThemeTaxonomy') return { data: { feedbackThemeTaxonomy: themeTaxonomy } };
    return respond(name, variables);
  });
  const view = renderWithProviders(<ThreadPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/inbox/:id',
    url: `/inbox/${thread.id}`,
  });
  const mutations = (name: string) =>
    api.operations
      .filter((op) => op.kind === 'mutation' && op.query.loc?.source.body.includes(name))
      .map((op) => op.variables);
  return { ...view, mutations };
}

const staffReply = (overrides: Partial<NonNullable<FeedbackThreadDetailFragment['messages']>[number]> = {}) => ({
  id: 'm2',
  role: 'STAFF' as const,
  text: 'Thank you, please call our patient relations team.',
  sentAt: '2026-12-02T13:00:00Z',
  sentBy: marketer,
  phiFindings: [],
  overrideJustification: null,
  deliveryId: 'post-9',
  sentiment: null,
  ...overrides,
});

describe('ThreadPage', () => {
  it('shows who wrote each message and when, with suspected PHI marked and its type named', async () => {
    const thread = threadDetail();
    renderThread('MARKETER', {
      ...thread,
      messages: [...thread.messages!, staffReply(), staffReply({ id: 'm3', deliveryId: null })],
    });
    const conversation = await screen.findByRole('region', { name: 'Conversation' });
    const messages = within(conversation).getAllByRole('listitem');
    expect(messages[0]).toHaveTextContent('Jane Doe (patient)');
    expect(within(messages[0]).getByText('555-201-0134').tagName).toBe('MARK');
    expect(messages[0]).toHaveTextContent('555-201-0134 [suspected phone number]');
    expect(messages[1]).toHaveTextContent('Maria Marketer (staff reply)');
    expect(messages[1]).toHaveTextContent('Sent');
    expect(messages[2]).toHaveTextContent('Recorded, not delivered yet');
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Jane');
  });

  it('prompts to move a public thread holding PHI to a private channel, with the invitation to hand', async () => {
    renderThread('MARKETER');
    expect(await screen.findByText('Move this conversation to a private channel')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use “Let’s talk in private”' }));
    expect(screen.getByLabelText('Your reply')).toHaveValue(privateInvitation.text);
    expect(screen.getByLabelText('Your reply')).toHaveFocus();
  });

  it('marks internal notes as never sent and adds one', async () => {
    const noted = threadDetail({
      notes: [{ id: 'n1', text: 'Called her back, left a voicemail.', by: marketer, at: '2026-12-02T14:00:00Z' }],
    });
    const { mutations } = renderThread('MARKETER', threadDetail(), (name) =>
      name === 'AddFeedbackNote' ? { data: { addFeedbackNote: { thread: noted, userErrors: [] } } } : undefined,
    );
    const notes = await screen.findByRole('region', { name: 'Internal notes' });
    expect(notes).toHaveTextContent('Internal, never sent');
    const user = userEvent.setup();
    await user.type(within(notes).getByLabelText('New internal note'), 'Called her back, left a voicemail.');
    await user.click(within(notes).getByRole('button', { name: 'Add internal note' }));
    expect(mutations('addFeedbackNote')).toEqual([
      { input: { threadId: noted.id, text: 'Called her back, left a voicemail.' } },
    ]);
    expect(await within(notes).findByText('Called her back, left a voicemail.')).toBeInTheDocument();
    expect(within(notes).getByRole('status')).toHaveTextContent('Internal note added.');
  });

  it('offers only the status moves the workflow allows, and shows a refusal where focus goes', async () => {
    const { mutations } = renderThread('MARKETER', threadDetail(), (name) =>
      name === 'SetFeedbackStatus'
        ? {
            data: {
              setFeedbackStatus: {
                thread: null,
                userErrors: [
                  {
                    code: 'INVALID_STATE',
                    field: ['input', 'status'],
                    message: 'A new thread cannot become escalated',
                  },
                ],
              },
            },
          }
        : undefined,
    );
    const status = await screen.findByRole('region', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Mark open', 'Mark waiting for the patient', 'Resolve', 'Escalate']);
    await userEvent.setup().click(within(status).getByRole('button', { name: 'Escalate' }));
    expect(mutations('setFeedbackStatus')).toEqual([
      { input: { threadId: threadDetail().id, expectedVersion: 1, status: 'ESCALATED' } },
    ]);
    const alert = await within(status).findByRole('alert');
    expect(alert).toHaveTextContent('A new thread cannot become escalated');
    expect(alert.parentElement).toHaveFocus();
  });

  it('shows a clinical reviewer the thread without a reply box or the controls to work it', async () => {
    renderThread('CLINICAL_REVIEWER', threadDetail({ messages: null, notes: null }));
    expect(
      await screen.findByText('You can read what the patient wrote once this thread is assigned to you.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Your reply')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Handle this thread' })).not.toBeInTheDocument();
  });
});

const refusal = {
  data: {
    replyToFeedback: {
      thread: null,
      suggestedReply: savedReply(),
      userErrors: [
        {
          code: 'PATIENT_RELATIONSHIP_DISCLOSED',
          field: ['input', 'text'],
          message: '“your appointment” (characters 15–30) tells everyone this person is a patient: answer without it',
        },
      ],
    },
  },
};

describe('ThreadPage reply guard override', () => {
  it('lets a compliance officer send a refused reply anyway, with a justification of 20 characters or more', async () => {
    const sent = threadDetail({
      messages: [
        ...threadDetail().messages!,
        staffReply({ overrideJustification: 'Patient asked us to confirm in public.' }),
      ],
    });
    const { mutations } = renderThread('COMPLIANCE_OFFICER', threadDetail(), (name, variables) => {
      if (name !== 'ReplyToFeedback') return undefined;
      const input = variables.input as { overrideJustification?: string };
      return input.overrideJustification
        ? { data: { replyToFeedback: { thread: sent, suggestedReply: null, userErrors: [] } } }
        : refusal;
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Your reply'), 'Sorry about your appointment.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('This tells everyone the reviewer is your patient.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send anyway…' }));
    const reason = screen.getByLabelText(/Why this reply may be sent/);
    expect(reason).toHaveFocus();
    await user.type(reason, 'Too short');
    await user.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(screen.getByText(/The reason needs at least 20 characters \(9 so far\)/)).toBeInTheDocument();
    await user.type(reason, ': she asked us to confirm in public.');
    await user.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(mutations('replyToFeedback').at(-1)).toEqual({
      input: {
        threadId: threadDetail().id,
        expectedVersion: 1,
        text: 'Sorry about your appointment.',
        overrideJustification: 'Too short: she asked us to confirm in public.',
      },
    });
    expect(await screen.findByText('Reply sent.')).toBeInTheDocument();
  });

  it('never offers the override to other roles', async () => {
    renderThread('MARKETER', threadDetail(), (name) => (name === 'ReplyToFeedback' ? refusal : undefined));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Your reply'), 'Sorry about your appointment.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('This tells everyone the reviewer is your patient.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send anyway…' })).not.toBeInTheDocument();
  });

  it('shows the guard’s refusal beside the box, with the reply the server suggests, and keeps focus there', async () => {
    renderThread('MARKETER', threadDetail(), (name) => (name === 'ReplyToFeedback' ? refusal : undefined));
    const user = userEvent.setup();
    const box = await screen.findByLabelText('Your reply');
    await user.type(box, 'Sorry about your appointment.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    const reasons = await screen.findByText(/“your appointment” \(characters 15–30\) tells everyone/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box.getAttribute('aria-describedby')).toContain(reasons.closest('[id]')!.id);
    expect(box).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Use this reply' }));
    expect(box).toHaveValue(savedReply().text);
  });

  it('keeps the draft when someone changed the thread meanwhile, and offers to read it again', async () => {
    renderThread('MARKETER', threadDetail(), (name) =>
      name === 'ReplyToFeedback'
        ? {
            data: {
              replyToFeedback: {
                thread: null,
                suggestedReply: null,
                userErrors: [{ code: 'CONFLICT', field: ['input', 'thread'], message: 'The thread changed' }],
              },
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    const box = await screen.findByLabelText('Your reply');
    await user.type(box, 'Thank you for telling us.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Not sent: this thread changed meanwhile')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read the thread again' })).toBeInTheDocument();
    expect(box).toHaveValue('Thank you for telling us.');
  });

  it('says the tone of the thread and of each patient message in words, and names its themes', async () => {
    const thread = threadDetail({ themes: ['WAIT_TIMES', 'BILLING'], sentiment: { label: 'NEGATIVE', score: -0.5 } });
    renderThread('MARKETER', { ...thread, messages: [...thread.messages!, staffReply()] });
    expect(await screen.findByText('Tone of the patient’s messages:')).toHaveClass('visually-hidden');
    const summary = screen.getByText('Themes:').parentElement!;
    expect(within(summary).getByText('Negative')).toBeInTheDocument();
    expect(await within(summary).findByRole('link', { name: 'Billing: threads of this theme' })).toHaveAttribute(
      'href',
      '/inbox?theme=BILLING',
    );
    const messages = within(screen.getByRole('region', { name: 'Conversation' })).getAllByRole('listitem');
    expect(messages[0]).toHaveTextContent('Tone: −Negative');
    expect(messages[1]).not.toHaveTextContent('Tone:');
  });
});
