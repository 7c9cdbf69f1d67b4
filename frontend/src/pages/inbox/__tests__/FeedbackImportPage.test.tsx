import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { FeedbackImportPage } from '../FeedbackImportPage';

type Item = { externalId: string };

function renderImport(role: Role = 'MARKETER') {
  // The API as the contract says: a result per item it took (created unless seen before), a userError per refused one.
  const api = mockGraphqlClient((name, variables) => {
    if (name !== 'ImportFeedback') return undefined;
    const items = (variables.input as { items: Item[] }).items;
    const results = items.flatMap((item, index) =>
      item.externalId === 'bad' ? [] : [{ index, threadId: `t${index}`, created: !item.externalId.startsWith('old') }],
    );
    const userErrors = items.flatMap((item, index) =>
      item.externalId === 'bad'
        ? [
            {
              field: ['input', 'items', String(index), 'message'],
              code: 'TOO_LONG',
              message: 'Keep the message shorter',
            },
          ]
        : [],
    );
    return { data: { importFeedback: { results, userErrors } } };
  });
  const view = renderWithProviders(<FeedbackImportPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/inbox/import',
  });
  const batches = () =>
    api.operations
      .filter((op) => op.kind === 'mutation')
      .map((op) => (op.variables as { input: { items: Item[] } }).input.items);
  return { ...view, batches };
}

const file = (text: string) => new File([text], 'reviews.csv', { type: 'text/csv' });

describe('FeedbackImportPage', () => {
  it('maps the columns by their headers and previews the first five rows as they will be read', async () => {
    renderImport();
    const rows = Array.from({ length: 7 }, (_, i) => `GOOGLE_REVIEW,r${i},PUBLIC,Alex Example,Review ${i}`);
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('CSV file'),
      file(['source,id,visibility,author,text', ...rows].join('\n')),
    );
    expect(await screen.findByLabelText('Message', { selector: 'select' })).toHaveDisplayValue('text');
    expect(screen.getByLabelText('ID on the source', { selector: 'select' })).toHaveDisplayValue('id');
    expect(screen.getByLabelText('Rating', { selector: 'select' })).toHaveDisplayValue('Not in the file');
    const preview = screen.getByRole('table', { name: 'The first rows of the file' });
    const lines = within(preview).getAllByRole('row').slice(1);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toHaveTextContent('2GOOGLE_REVIEWr0PUBLICAlex ExampleReview 0');
    expect(screen.getByText('7 of 7 rows of reviews.csv are ready.')).toBeInTheDocument();
  });

  it('asks for a source for every row when the file has none, and lists faulty rows by line', async () => {
    renderImport();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), file('id,text,stars\ny1,"Kind, quick",5\ny2,,4\ny3,Slow,7'));
    expect(await screen.findByText('Choose the column of the source, or one source for every row')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Source of every row'), 'Yelp review');
    await user.selectOptions(screen.getByLabelText('Visibility of every row'), 'Public (comments, reviews)');
    const problems = screen.getByRole('region', { name: 'Rows that will not be imported' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 3: Message: Enter the message', 'Line 4: Rating: Use a whole number of stars from 1 to 5']);
    expect(screen.getByRole('button', { name: 'Import 1 row' })).toBeEnabled();
  });

  it('sends 500 rows a call and sums up what was created, already there and refused, by line', async () => {
    const { batches } = renderImport();
    const rows = Array.from({ length: 502 }, (_, i) =>
      i === 0
        ? 'GOOGLE_REVIEW,old-1,PUBLIC,Seen before'
        : i === 501
          ? 'GOOGLE_REVIEW,bad,PUBLIC,Too long'
          : `GOOGLE_REVIEW,r${i},PUBLIC,Fine`,
    );
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('CSV file'),
      file(['source,externalId,visibility,message', ...rows].join('\r\n')),
    );
    await user.click(await screen.findByRole('button', { name: 'Import 502 rows' }));
    expect(await screen.findByText('Import finished')).toBeInTheDocument();
    expect(batches().map((batch) => batch.length)).toEqual([500, 2]);
    const summary = screen.getByText('Import finished').closest('.alert') as HTMLElement;
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['500 new in the inbox', '1 imported before (unchanged)', '1 not imported']);
    const refused = screen.getByRole('region', { name: 'Rows not imported' });
    expect(refused).toHaveTextContent('Line 503: Message: Keep the message shorter');
  });

  it('says which line leaves a quote open', async () => {
    renderImport();
    await userEvent.setup().upload(screen.getByLabelText('CSV file'), file('id,text\n1,"open\n2,x'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Line 2: A quoted field is never closed');
  });

  it('is for the roles that may import', () => {
    renderImport('COMPLIANCE_OFFICER');
    expect(screen.queryByLabelText('CSV file')).not.toBeInTheDocument();
    expect(screen.getByText(/import feedback/)).toBeInTheDocument();
  });
});
