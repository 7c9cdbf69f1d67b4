import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role, TakedownTaskFragment } from '@/generated/graphql';
import { contentDetail, takedownStory as story, takedownTip as tip } from '@/modules/content/__tests__/contentFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { TakedownsPage } from '../TakedownsPage';

const listed = (items: TakedownTaskFragment[], hasNextPage = false) => ({
  data: {
    contents: { totalCount: items.length, edges: items.map((node) => ({ node })), pageInfo: { hasNextPage } },
  },
});

function renderTakedowns(roles: Role[], respond: (name?: string) => MockResponse) {
  const api = mockGraphqlClient((name) => respond(name));
  renderWithProviders(<TakedownsPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/content/takedowns',
  });
  const sent = (name: string) => api.operations.filter((op) => op.query.loc?.source.body.includes(name));
  return { api, sent };
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the take-down tasks page', () => {
  it('lists each open take-down, longest waiting first, with its item linked, channel, post, reason and since when', async () => {
    renderTakedowns(['COMPLIANCE_OFFICER'], (name) => (name === 'OpenTakedowns' ? listed([story, tip]) : undefined));

    expect(screen.getByRole('heading', { level: 1, name: 'Take-downs' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Take-downs to confirm, longest waiting first' });
    const [, first, second, ...rest] = within(table).getAllByRole('row');
    expect(rest).toEqual([]);
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Wash your hands');
    expect(within(first).getByRole('link', { name: 'Wash your hands' })).toHaveAttribute('href', `/content/${tip.id}`);
    expect(cells(first).slice(0, 3)).toEqual(['Facebook', 'Not known', 'Replaced by its correction']);
    expect(within(first).getByText(/2026/).closest('time')).toHaveAttribute('datetime', '2026-03-01T09:00:00Z');
    expect(within(second).getByRole('link', { name: 'A new mom’s first photo' })).toHaveAttribute(
      'href',
      `/content/${story.id}`,
    );
    expect(cells(second).slice(0, 3)).toEqual(['Instagram', 'ig-1', 'Consent was revoked']);
    expect(
      within(second).getByRole('button', {
        name: 'Confirm the post of A new mom’s first photo is gone from Instagram…',
      }),
    ).toBeInTheDocument();
  });

  it('asks before confirming, then removes the row and says so where focus moves', async () => {
    const confirmed = contentDetail({
      id: story.id,
      title: story.title,
      version: 4,
      takedowns: story.takedowns.map((t) => ({
        ...t,
        state: 'CONFIRMED' as const,
        confirmedBy: null,
        confirmedAt: null,
      })),
    });
    const { api } = renderTakedowns(['MARKETER'], (name) =>
      name === 'OpenTakedowns'
        ? listed([story, tip])
        : name === 'ConfirmTakedown'
          ? { data: { confirmTakedown: { content: confirmed, userErrors: [] } } }
          : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Confirm the post of A new mom’s first photo/ }));

    const dialog = screen.getByRole('dialog', { name: 'Is the post gone?' });
    expect(dialog).toHaveTextContent(
      'CarePulse retracted the post of “A new mom’s first photo” from Instagram (post ig-1)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'I checked: the post is gone from Instagram' }));

    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveFocus());
    expect(status).toHaveTextContent(
      'Confirmed: the post of A new mom’s first photo is gone from Instagram. 1 take-down is still to confirm.',
    );
    expect(screen.queryByRole('link', { name: 'A new mom’s first photo' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wash your hands' })).toBeInTheDocument();
    expect(api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables)).toEqual([
      { input: { contentId: story.id, channel: 'INSTAGRAM' } },
    ]);
  });

  it('says nothing is waiting once the last take-down is confirmed', async () => {
    const confirmed = contentDetail({
      id: tip.id,
      version: 9,
      takedowns: tip.takedowns.map((t) => ({
        ...t,
        state: 'CONFIRMED' as const,
        confirmedBy: null,
        confirmedAt: null,
      })),
    });
    renderTakedowns(['ADMIN'], (name) =>
      name === 'OpenTakedowns'
        ? listed([tip])
        : name === 'ConfirmTakedown'
          ? { data: { confirmTakedown: { content: confirmed, userErrors: [] } } }
          : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Confirm the post of Wash your hands/ }));
    await user.click(screen.getByRole('button', { name: 'I checked: the post is gone from Facebook' }));

    expect(await screen.findByText(/Nothing is waiting/)).toHaveTextContent(
      'Nothing is waiting: every retracted post has been confirmed gone.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Nothing else is waiting.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the row, says why, and reads the list again when someone confirmed it first', async () => {
    let reads = 0;
    renderTakedowns(['COMPLIANCE_OFFICER'], (name) => {
      if (name === 'OpenTakedowns') {
        reads += 1;
        return listed([tip]);
      }
      return name === 'ConfirmTakedown'
        ? {
            data: {
              confirmTakedown: {
                content: null,
                userErrors: [
                  { field: ['input', 'channel'], code: 'NOT_FOUND', message: 'No open take-down on this channel' },
                ],
              },
            },
          }
        : undefined;
    });
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: /^Confirm the post of Wash your hands/ });
    await user.click(button);
    const readsBefore = reads;
    await user.click(screen.getByRole('button', { name: 'I checked: the post is gone from Facebook' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Not confirmed')).toBeInTheDocument();
    expect(alert).toHaveTextContent('No open take-down on this channel');
    await waitFor(() => expect(reads).toBeGreaterThan(readsBefore));
    expect(screen.getByRole('button', { name: /^Confirm the post of Wash your hands/ })).toHaveFocus();
  });

  it('says nothing is waiting when no take-down is open', async () => {
    renderTakedowns(['MARKETER'], (name) => (name === 'OpenTakedowns' ? listed([]) : undefined));
    expect(
      await screen.findByText('Nothing is waiting: every retracted post has been confirmed gone.'),
    ).toBeInTheDocument();
  });

  it('says when more items wait than the page lists', async () => {
    renderTakedowns(['MARKETER'], (name) => (name === 'OpenTakedowns' ? listed([tip], true) : undefined));
    expect(
      await screen.findByText(/These are the take-downs of the 100 items changed most recently/),
    ).toBeInTheDocument();
  });

  it('is not for a clinical reviewer, who may not confirm one', () => {
    renderTakedowns(['CLINICAL_REVIEWER'], () => undefined);
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});
