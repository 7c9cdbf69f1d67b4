import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { SendToInbox } from '../components/SendToInbox';

function renderButton(roles: Parameters<typeof viewerWithRoles>, created = true) {
  const api = mockGraphqlClient((name) =>
    name === 'SendLiveQuestionToInbox'
      ? { data: { sendLiveQuestionToInbox: { threadId: 'RmVlZGJhY2tUaHJlYWQ6MQ', created, userErrors: [] } } }
      : undefined,
  );
  renderWithProviders(<SendToInbox questionId="TGl2ZVF1ZXN0aW9uOjE" />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
  });
  return api;
}

describe('SendToInbox', () => {
  it('sends the question to the inbox and says so', async () => {
    const api = renderButton(['MODERATOR']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send to inbox' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sent to the inbox for a private answer.');
    expect(screen.queryByRole('button', { name: 'Send to inbox' })).not.toBeInTheDocument();
    expect(api.operations.find((op) => op.kind === 'mutation')?.variables).toEqual({
      input: { questionId: 'TGl2ZVF1ZXN0aW9uOjE' },
    });
  });

  it('says when the question was already in the inbox', async () => {
    renderButton(['ADMIN'], false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send to inbox' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Already in the inbox.');
  });

  it('is not offered to someone who may not send questions to the inbox', () => {
    renderButton(['MARKETER']);
    expect(screen.queryByRole('button', { name: 'Send to inbox' })).not.toBeInTheDocument();
  });
});
