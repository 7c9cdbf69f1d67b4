import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { privateInvitation, savedReply } from '@/modules/feedback/__tests__/feedbackFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { SavedRepliesPage } from '../SavedRepliesPage';
import { SavedReplyCreatePage } from '../SavedReplyCreatePage';
import { SavedReplyEditPage } from '../SavedReplyEditPage';

function setup(respond: (name?: string, variables?: Record<string, unknown>) => MockResponse = () => undefined) {
  const api = mockGraphqlClient((name, variables) => {
    if (name === 'SavedReplies') return { data: { savedReplies: [savedReply(), privateInvitation] } };
    if (name === 'SavedReply') return { data: { node: { __typename: 'SavedReply', ...savedReply() } } };
    return respond(name, variables);
  });
  const mutationInputs = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  return { client: api.client, mutationInputs };
}

describe('SavedRepliesPage', () => {
  it('lists the replies with their tags and explains the hipaa-safe tag', async () => {
    const { client } = setup();
    renderWithProviders(<SavedRepliesPage />, {
      client,
      viewer: viewerWithRoles('MARKETER'),
      path: '/inbox/saved-replies',
    });
    const table = await screen.findByRole('table', { name: 'Saved replies' });
    const row = within(table)
      .getByRole('rowheader', { name: /Let’s talk in private/ })
      .closest('tr')!;
    expect(row).toHaveTextContent('hipaa-safe');
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/inbox/saved-replies/U2F2ZWRSZXBseToy/edit');
    expect(screen.getByText(/confirm nothing about anyone’s care/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New saved reply' })).toBeInTheDocument();
  });

  it('lets a clinical reviewer read them without offering to write or edit', async () => {
    const { client } = setup();
    renderWithProviders(<SavedRepliesPage />, {
      client,
      viewer: viewerWithRoles('CLINICAL_REVIEWER'),
      path: '/inbox/saved-replies',
    });
    const table = await screen.findByRole('table', { name: 'Saved replies' });
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New saved reply' })).not.toBeInTheDocument();
  });
});

describe('Saved reply forms', () => {
  it('creates a reply with its tags in lower case and goes back to the list, saying so', async () => {
    const { client, mutationInputs } = setup((name) =>
      name === 'CreateSavedReply'
        ? { data: { createSavedReply: { savedReply: savedReply({ title: 'Parking' }), userErrors: [] } } }
        : undefined,
    );
    const { router } = renderWithProviders(<SavedReplyCreatePage />, {
      client,
      viewer: viewerWithRoles('MARKETER'),
      path: '/inbox/saved-replies/new',
    });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Title (required)'), 'Parking');
    await user.type(screen.getByLabelText('Reply (required)'), 'Our car park is free for patients and visitors.');
    await user.type(screen.getByLabelText('Tags'), 'Parking, HIPAA-safe, parking');
    await user.click(screen.getByRole('button', { name: 'Save reply' }));
    expect(mutationInputs()).toEqual([
      {
        input: {
          title: 'Parking',
          text: 'Our car park is free for patients and visitors.',
          tags: ['parking', 'hipaa-safe'],
        },
      },
    ]);
    expect(router.state.location.pathname).toBe('/inbox/saved-replies');
    expect(router.state.location.state).toEqual({ saved: 'Parking' });
  });

  it('saves only what changed on the version read, and shows a tag the server refused on the tags field', async () => {
    const { client, mutationInputs } = setup((name) =>
      name === 'UpdateSavedReply'
        ? {
            data: {
              updateSavedReply: {
                savedReply: null,
                userErrors: [
                  { code: 'TOO_LONG', field: ['input', 'tags', '3'], message: 'Use 40 characters or fewer' },
                ],
              },
            },
          }
        : undefined,
    );
    renderWithProviders(<SavedReplyEditPage />, {
      client,
      viewer: viewerWithRoles('COMPLIANCE_OFFICER'),
      path: '/inbox/saved-replies/:id/edit',
      url: `/inbox/saved-replies/${savedReply().id}/edit`,
    });
    const user = userEvent.setup();
    const tags = await screen.findByLabelText('Tags');
    await user.type(tags, ', billing');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(mutationInputs()).toEqual([
      {
        input: {
          id: savedReply().id,
          expectedVersion: 1,
          tags: ['review', 'negative', 'hipaa-safe', 'billing'],
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'Tags: Item 4: Use 40 characters or fewer' })).toHaveAttribute(
      'href',
      '#saved-reply-tags',
    );
  });
});
