import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contentDetail, writer } from '@/modules/content/__tests__/contentFixtures';
import { renderContentPage } from './renderContentPage';

const content = contentDetail({
  revisions: [1, 2, 3].map((number) => ({
    number,
    editor: writer,
    at: `2026-03-0${number}T09:00:00Z`,
    changedFields: ['body'],
  })),
});
const diff = [
  {
    field: 'body',
    lines: [
      { kind: 'UNCHANGED', text: 'Use soap and water.' },
      { kind: 'REMOVED', text: 'Scrub for twenty seconds.' },
      { kind: 'ADDED', text: 'Scrub for 20 seconds.' },
    ],
  },
  { field: 'variants.X', lines: [{ kind: 'ADDED', text: '#HandHygiene' }] },
];
const revisions = () => screen.getByRole('region', { name: 'Revisions' });
/** The pairs of revisions asked for (urql may send an operation twice without its dedup exchange). */
const diffsAsked = (api: ReturnType<typeof renderContentPage>['api']) => [
  ...new Set(
    api.operations
      .filter((op) => op.kind === 'query' && op.variables && 'from' in op.variables)
      .map((op) => JSON.stringify(op.variables)),
  ),
];
const pair = (from: number, to: number) => JSON.stringify({ id: content.id, from, to });

describe('comparing revisions on the content page', () => {
  it('compares the two newest revisions and marks each added and removed line in words', async () => {
    const { api } = renderContentPage(content, ['CLINICAL_REVIEWER'], {
      respond: (name) =>
        name === 'ContentRevisionDiff' ? { data: { content: { id: content.id, revisionDiff: diff } } } : undefined,
    });
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Revisions' });
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveDisplayValue(/^Revision 2 — Maria Marketer/);
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveDisplayValue(/^Revision 3 — Maria Marketer/);
    await user.click(within(revisions()).getByRole('button', { name: 'Compare' }));

    const heading = await screen.findByRole('heading', { name: 'Changes from revision 2 to revision 3' });
    await waitFor(() => expect(heading).toHaveFocus());
    const body = screen.getByRole('group', { name: 'Body (1 line added, 1 line removed)' });
    expect(body.querySelector('del')).toHaveTextContent('Removed: Scrub for twenty seconds.');
    expect(body.querySelector('ins')).toHaveTextContent('Added: Scrub for 20 seconds.');
    expect(within(body).getByText('Use soap and water.').closest('ins, del')).toBeNull();
    expect(screen.getByRole('group', { name: 'X text (1 line added)' })).toHaveTextContent('Added: #HandHygiene');
    expect(diffsAsked(api)).toEqual([pair(2, 3)]);
  });

  it('compares any two revisions, but not a revision with itself', async () => {
    const { api } = renderContentPage(content, ['MARKETER'], {
      respond: (name) =>
        name === 'ContentRevisionDiff' ? { data: { content: { id: content.id, revisionDiff: [] } } } : undefined,
    });
    const user = userEvent.setup();
    const to = await screen.findByRole('combobox', { name: 'To' });
    await user.selectOptions(to, '2');
    await user.click(within(revisions()).getByRole('button', { name: 'Compare' }));
    expect(to).toHaveFocus();
    expect(to).toHaveAccessibleDescription(/Choose two different revisions/);
    expect(diffsAsked(api)).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '1');
    await user.click(within(revisions()).getByRole('button', { name: 'Compare' }));
    expect(await within(revisions()).findByText(/The title, body and channel texts are the same/)).toBeInTheDocument();
    expect(diffsAsked(api)).toEqual([pair(1, 2)]);
  });

  it('says when there is nothing to compare yet', async () => {
    renderContentPage(contentDetail({ revisions: content.revisions.slice(0, 1) }), ['MARKETER']);
    expect(await screen.findByText('There is only one revision so far: nothing to compare yet.')).toBeInTheDocument();
    expect(within(revisions()).queryByRole('button', { name: 'Compare' })).not.toBeInTheDocument();
  });

  it('explains a comparison the server cannot make', async () => {
    renderContentPage(content, ['MARKETER'], {
      respond: (name) =>
        name === 'ContentRevisionDiff' ? { classification: 'BAD_REQUEST', field: 'from' } : undefined,
    });
    const user = userEvent.setup();
    await user.click(
      await within(await screen.findByRole('region', { name: 'Revisions' })).findByRole('button', { name: 'Compare' }),
    );
    expect(await within(revisions()).findByRole('alert')).toBeInTheDocument();
    expect(within(revisions()).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
