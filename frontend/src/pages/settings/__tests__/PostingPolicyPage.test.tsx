import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PostingPolicyFieldsFragment, Role, UserErrorFieldsFragment } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { PostingPolicyPage } from '../PostingPolicyPage';

const policy = (overrides: Partial<PostingPolicyFieldsFragment> = {}): PostingPolicyFieldsFragment => ({
  version: 3,
  text: 'We never give individual medical advice in a post.',
  blockedPhrases: ['guaranteed cure'],
  disclaimers: [{ text: 'General information, not medical advice.', formats: ['HEALTH_TIP'], topics: [] }],
  requiredHashtags: [{ campaign: { id: 'c1', name: 'Flu season' }, hashtags: ['#FluShot'] }],
  updatedAt: '2026-03-02T09:00:00Z',
  updatedBy: { id: 'u9', name: 'Ada Admin', email: 'admin@riverside.example' },
  acknowledgedByMe: false,
  ...overrides,
});

const options = {
  data: {
    contentTopics: ['Flu', 'Heart health'],
    campaigns: { edges: [{ node: { id: 'c1', name: 'Flu season', status: 'ACTIVE', channels: ['X'] } }] },
    audienceSegments: { edges: [] },
  },
};

const saved = (postingPolicy: PostingPolicyFieldsFragment | null, ...userErrors: UserErrorFieldsFragment[]) => ({
  data: { updatePostingPolicy: { postingPolicy, userErrors } },
});

function renderPolicy(
  roles: Role[],
  current = policy(),
  respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse,
) {
  const api = mockGraphqlClient((name, variables) => {
    const answer = respond?.(name, variables);
    if (answer) return answer;
    if (name === 'PostingPolicySettings') return { data: { postingPolicy: current } };
    if (name === 'ContentFormOptions') return options;
    return undefined;
  });
  renderWithProviders(<PostingPolicyPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/settings/posting-policy',
  });
  const mutationInputs = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  return { mutationInputs };
}

describe('PostingPolicyPage', () => {
  it('shows a marketer the policy and its rules read-only, and whether they accepted this version', async () => {
    renderPolicy(['MARKETER']);
    expect(await screen.findByText('We never give individual medical advice in a post.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Posting policy' })).toBeInTheDocument();
    expect(screen.getByText(/Version 3, last changed .* by Ada Admin\./)).toBeInTheDocument();
    expect(
      screen.getByText('You have not accepted version 3 yet. You will be asked to before you next create content.'),
    ).toBeInTheDocument();
    expect(screen.getByText('guaranteed cure')).toBeInTheDocument();
    expect(screen.getByText('General information, not medical advice.')).toBeInTheDocument();
    expect(screen.getByText(/For Health tip; topics: all\./)).toBeInTheDocument();
    expect(screen.getByText('Flu season').closest('li')).toHaveTextContent('Flu season: #FluShot');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Settings sections' });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Organisation', 'Posting policy', 'Inbox', 'Feedback themes']);
  });

  it('tells a moderator they may not read it', () => {
    renderPolicy(['MODERATOR']);
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });

  it('lets an admin write the next version, which everyone must accept again', async () => {
    const { mutationInputs } = renderPolicy(['ADMIN'], policy(), (name, variables) => {
      if (name !== 'UpdatePostingPolicy') return undefined;
      const input = variables?.input as { expectedVersion: number; text: string };
      return saved(policy({ version: input.expectedVersion + 1, text: input.text, disclaimers: [] }));
    });
    const user = userEvent.setup();
    const text = await screen.findByLabelText(/^Policy text/);
    expect(text).toHaveValue('We never give individual medical advice in a post.');
    expect(screen.getByLabelText('Blocked phrases')).toHaveValue('guaranteed cure');
    expect(screen.getByLabelText('Campaign rule 1: campaign')).toHaveValue('c1');
    expect(screen.getByRole('button', { name: 'Save as version 4' })).toHaveAccessibleDescription(
      expect.stringContaining('must then read and accept it before they next create content'),
    );

    await user.type(text, ' Ask your own clinician.');
    await user.click(screen.getByRole('button', { name: 'Remove disclaimer 1' }));
    expect(screen.getByRole('button', { name: 'Add disclaimer' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save as version 4' }));

    expect(await screen.findByText('Saved as version 4.')).toBeInTheDocument();
    expect(screen.getByText(/you included, must read and accept it/)).toBeInTheDocument();
    expect(mutationInputs()).toEqual([
      {
        input: {
          expectedVersion: 3,
          text: 'We never give individual medical advice in a post. Ask your own clinician.',
          blockedPhrases: ['guaranteed cure'],
          disclaimers: [],
          requiredHashtags: [{ campaignId: 'c1', hashtags: ['#FluShot'] }],
        },
      },
    ]);
    expect(screen.getByRole('button', { name: 'Save as version 5' })).toBeInTheDocument();
  });

  it('adds a disclaimer row, focuses its text, and checks it before sending', async () => {
    const { mutationInputs } = renderPolicy(['ADMIN'], policy({ disclaimers: [] }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add disclaimer' }));
    expect(screen.getByLabelText('Disclaimer 1 text')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save as version 4' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Required disclaimers: Disclaimer 1: enter the text the body must carry.');
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#posting-policy-disclaimers');
    expect(mutationInputs()).toEqual([]);
  });

  it('shows the server’s error about a rule on that rule’s group', async () => {
    renderPolicy(['ADMIN'], policy(), (name) =>
      name === 'UpdatePostingPolicy'
        ? saved(null, {
            field: ['input', 'requiredHashtags', '0', 'campaignId'],
            code: 'INVALID',
            message: 'Choose a campaign from the list',
          })
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save as version 4' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      'Hashtags required per campaign: Campaign rule 1: Choose a campaign from the list',
    );
    const group = screen.getByRole('group', { name: 'Hashtags required per campaign' });
    expect(group).toHaveAccessibleDescription(
      expect.stringContaining('Campaign rule 1: Choose a campaign from the list'),
    );
    expect(screen.queryByText(/Saved as version/)).not.toBeInTheDocument();
  });

  it('names the campaign rule and the hashtag the server refused, and a disclaimer by its number', async () => {
    const { mutationInputs } = renderPolicy(
      ['ADMIN'],
      policy({ requiredHashtags: [{ campaign: { id: 'c1', name: 'Flu season' }, hashtags: ['#FluShot', '#Flu'] }] }),
      (name) =>
        name === 'UpdatePostingPolicy'
          ? saved(
              null,
              {
                field: ['input', 'requiredHashtags', '0', 'hashtags', '1'],
                code: 'INVALID',
                message: 'Use letters, digits and underscores only',
              },
              { field: ['input', 'disclaimers', '0', 'text'], code: 'REQUIRED', message: 'Enter a disclaimer' },
            )
          : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save as version 4' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Hashtags required per campaign: Campaign rule 1, hashtag 2 (#Flu): Use letters, digits and underscores only',
      'Required disclaimers: Disclaimer 1: Enter a disclaimer',
    ]);
    expect(screen.getByRole('group', { name: 'Hashtags required per campaign' })).toHaveAccessibleDescription(
      expect.stringContaining('Campaign rule 1, hashtag 2 (#Flu): Use letters, digits and underscores only'),
    );
    expect(mutationInputs()).toHaveLength(1);
  });

  it('starts an organisation’s first policy from nothing, saved as version 1', async () => {
    renderPolicy(
      ['ADMIN'],
      policy({
        version: 0,
        text: '',
        blockedPhrases: [],
        disclaimers: [],
        requiredHashtags: [],
        updatedAt: null,
        updatedBy: null,
      }),
    );
    expect(await screen.findByRole('button', { name: 'Save as version 1' })).toBeInTheDocument();
    expect(screen.getByText(/Your organisation has no posting policy yet\./)).toBeInTheDocument();
    expect(screen.getByText('No disclaimers required.')).toBeInTheDocument();
  });
});
