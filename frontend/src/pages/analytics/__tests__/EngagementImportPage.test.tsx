import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngagementCsvLayoutsQuery, ImportEngagementCsvMutation, Role } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { importPayload } from '@/modules/analytics/__tests__/importFixtures';
import { EngagementImportPage } from '../EngagementImportPage';

const authorizedFetch = vi.fn<(path: string, init?: RequestInit) => Promise<Response>>();
vi.mock('@/modules/api/hooks/useAuthorizedFetch', () => ({ useAuthorizedFetch: () => authorizedFetch }));

const layouts: EngagementCsvLayoutsQuery = {
  engagementCsvLayouts: [
    {
      id: 'carepulse',
      name: 'CarePulse figures',
      source: 'CarePulse’s own layout.',
      shape: 'FIGURE_PER_LINE',
      channel: null,
      columns: [
        { holds: 'CHANNEL', headers: ['channel'], required: true },
        { holds: 'VALUE', headers: ['value'], required: true },
      ],
      example: 'channel,metric,value,measured_at\n',
    },
    {
      id: 'facebook-posts',
      name: 'Facebook Page Insights: posts',
      source: 'Meta Business Suite.',
      shape: 'POST_PER_LINE',
      channel: 'FACEBOOK',
      columns: [{ holds: 'IMPRESSIONS', headers: ['Impressions', 'Lifetime Post Total Impressions'], required: false }],
      example: 'Post ID,Page ID\n',
    },
  ],
};

type Payload = ImportEngagementCsvMutation['importEngagementCsv'];

function renderImport(payload: Payload, roles: Role[] = ['MARKETER']) {
  const api = mockGraphqlClient((name) => {
    if (name === 'EngagementCsvLayouts') return { data: layouts };
    if (name === 'ImportEngagementCsv') return { data: { importEngagementCsv: payload } };
    return undefined;
  });
  renderWithProviders(<EngagementImportPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/analytics/import',
  });
  return api;
}

const stored = () => new Response(JSON.stringify({ id: 'file-7', sha256: 'x', size: 9 }), { status: 201 });
const csv = () => new File(['Post ID,Page ID\n1,2\n'], 'facebook-november.csv', { type: 'text/csv' });

/** The Facebook example read whole: 19 figures from its 3 lines. */
const FACEBOOK_READ = {
  layout: { id: 'facebook-posts', name: 'Facebook Page Insights: posts' },
  lines: 3,
  importedLines: 3,
  figures: 19,
};

describe('EngagementImportPage', () => {
  beforeEach(() => authorizedFetch.mockReset());

  it('uploads the file, imports it with the layout detected and says what was recorded', async () => {
    authorizedFetch.mockResolvedValue(stored());
    const api = renderImport(importPayload({ ...FACEBOOK_READ, batchIds: ['b1'], recorded: true }));
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), csv());
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(
      await screen.findByText(/19 figures from 3 of 3 lines, read as Facebook Page Insights: posts/),
    ).toBeVisible();
    const [path, init] = authorizedFetch.mock.calls[0];
    expect(path).toBe('/api/files');
    const body = init?.body as FormData;
    expect([body.get('kind'), (body.get('file') as File).name]).toEqual(['engagement-csv', 'facebook-november.csv']);
    const sent = api.operations.find((op) => op.kind === 'mutation');
    expect(sent?.variables).toEqual({
      input: {
        fileId: 'file-7',
        fileName: 'facebook-november.csv',
        layout: null,
        measuredAt: null,
        skipBadLines: false,
        dryRun: false,
      },
    });
  });

  it('checks the file first without recording anything, saying what an import would record', async () => {
    authorizedFetch.mockResolvedValue(stored());
    const api = renderImport(importPayload(FACEBOOK_READ));
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), csv());
    await user.click(screen.getByRole('button', { name: 'Check the file first' }));

    expect(await screen.findByText(/Checked: nothing recorded yet/)).toBeVisible();
    expect(
      screen.getByText(/Read as Facebook Page Insights: posts: an import would record 19 figures from 3 of 3 lines/),
    ).toBeVisible();
    expect(api.operations.find((op) => op.kind === 'mutation')?.variables).toMatchObject({
      input: { fileId: 'file-7', dryRun: true },
    });
  });

  it('lists the lines to correct when the file is refused, with the layout and options chosen', async () => {
    authorizedFetch.mockResolvedValue(stored());
    const api = renderImport(
      importPayload({
        layout: { id: 'carepulse', name: 'CarePulse figures' },
        lines: 4,
        userErrors: [
          { field: ['input', 'lines', '3', 'value'], code: 'INVALID', message: 'Line 3, value: enter a number' },
        ],
      }),
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), csv());
    await user.selectOptions(await screen.findByLabelText('Layout'), 'CarePulse figures');
    await user.type(screen.getByLabelText('Exported at'), '2026-11-05T14:30');
    await user.click(screen.getByRole('checkbox', { name: 'Import the lines that can be read and list the others' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const corrections = await screen.findByRole('region', { name: 'What to correct' });
    expect(within(corrections).getByRole('listitem')).toHaveTextContent('Line 3, value: enter a number');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported');
    expect(api.operations.find((op) => op.kind === 'mutation')?.variables).toEqual({
      input: {
        fileId: 'file-7',
        fileName: 'facebook-november.csv',
        layout: 'carepulse',
        measuredAt: new Date('2026-11-05T14:30').toISOString(),
        skipBadLines: true,
        dryRun: false,
      },
    });
  });

  it('asks for a file before sending anything, and shows what the server said of a refused upload', async () => {
    authorizedFetch.mockResolvedValue(new Response(JSON.stringify({ message: 'Upload a CSV file' }), { status: 415 }));
    renderImport(importPayload());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription(/Choose the CSV file to import/);
    expect(authorizedFetch).not.toHaveBeenCalled();

    await user.upload(screen.getByLabelText('CSV file'), csv());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Upload a CSV file');
  });

  it('lists each layout’s columns and offers its example', async () => {
    renderImport(importPayload());
    const facebook = await screen.findByRole('table', { name: 'Columns of Facebook Page Insights: posts' });
    expect(within(facebook).getByRole('row', { name: /Impressions/ })).toHaveTextContent(
      'ImpressionsImpressions, Lifetime Post Total ImpressionsNo',
    );
    expect(screen.getByRole('button', { name: 'Download an example of CarePulse figures' })).toBeInTheDocument();
  });

  it('is not offered to a moderator', () => {
    renderImport(importPayload(), ['MODERATOR']);
    expect(screen.queryByLabelText('CSV file')).not.toBeInTheDocument();
  });
});
