import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/generated/graphql';
import { consentDetail, consentSummary } from '@/modules/consent/__tests__/consentFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, operationName, type MockResponse } from '@/testing/mockGraphqlClient';
import { print } from 'graphql';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ConsentDetailPage } from '../ConsentDetailPage';

const authorizedFetch = vi.fn<(path: string, init?: RequestInit) => Promise<Response>>();
vi.mock('@/modules/api/hooks/useAuthorizedFetch', () => ({ useAuthorizedFetch: () => authorizedFetch }));

const consent = consentDetail();
const accessLog = [
  {
    at: '2026-06-14T10:00:00Z',
    actor: { id: 'u4', name: 'Samuel Okafor', email: null },
    actorSubject: 's',
    fields: ['patient.name'],
  },
];

function renderDetail(roles: Role[], respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse) {
  const api = mockGraphqlClient((name, variables) => {
    const answer = respond?.(name, variables);
    if (answer) return answer;
    if (name === 'Consent') return { data: { consent } };
    if (name === 'ConsentScope') return { data: { consent: consentSummary() } };
    if (name === 'ConsentAccessLog') return { data: { consentAccessLog: accessLog } };
    return undefined;
  });
  renderWithProviders(<ConsentDetailPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/consents/:id',
    url: `/consents/${encodeURIComponent(consent.id)}`,
  });
  return api;
}

/** The operations the page sent, each named once, in the order first sent. */
const names = (api: ReturnType<typeof mockGraphqlClient>) => [...new Set(api.operations.map(operationName))];

beforeEach(() => authorizedFetch.mockReset());

describe('ConsentDetailPage', () => {
  it('shows a marketer the scope only, without asking for the patient', async () => {
    const api = renderDetail(['MARKETER']);
    expect(await screen.findByRole('heading', { level: 1, name: consent.label })).toBeInTheDocument();
    expect(screen.getByText('Patient details are visible to compliance staff only.')).toBeInTheDocument();
    expect(screen.queryByText(/Jane Doe/)).not.toBeInTheDocument();
    expect(names(api)).toEqual(['ConsentScope']);
    expect(api.operations.map((op) => print(op.query)).join()).not.toMatch(/patient|signature|statements|document/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows compliance staff the whole record, then who read it', async () => {
    const api = renderDetail(['COMPLIANCE_OFFICER']);
    const patient = await screen.findByRole('region', { name: 'Patient' });
    expect(within(patient).getByText('Jane Doe')).toBeInTheDocument();
    expect(screen.getAllByText(/^Acknowledged:/)).toHaveLength(3);
    const log = await screen.findByRole('table', { name: 'Access log, newest first' });
    expect(within(log).getByText('patient.name')).toBeInTheDocument();
    expect(names(api)).toEqual(['Consent', 'ConsentAccessLog']);
  });

  it('revokes an active consent only after the confirmation says what it does', async () => {
    const api = renderDetail(['COMPLIANCE_OFFICER'], (name) =>
      name === 'RevokeConsent'
        ? { data: { revokeConsent: { consent: consentSummary({ status: 'REVOKED' }), userErrors: [] } } }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke consent…' }));
    expect(screen.getByRole('combobox', { name: /How it arrived/ })).toHaveAccessibleDescription(
      /Choose how the revocation arrived/,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: /How it arrived/ }), 'LETTER');
    await user.click(screen.getByRole('button', { name: 'Revoke consent…' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke this consent?' });
    expect(dialog).toHaveTextContent('stops authorizing posts at once');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke consent' }));

    const revoke = api.operations.find((op) => op.kind === 'mutation');
    expect(revoke?.variables).toMatchObject({ input: { consentId: consent.id, method: 'LETTER', reason: null } });
  });

  it('offers deletion only once the retention period is over', async () => {
    renderDetail(['ADMIN'], (name) =>
      name === 'Consent'
        ? { data: { consent: consentDetail({ status: 'EXPIRED', retainedUntil: '2020-01-01' }) } }
        : undefined,
    );
    expect(await screen.findByRole('button', { name: 'Delete consent…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke consent…' })).not.toBeInTheDocument();
  });

  it('keeps the delete button away while the consent must be retained', async () => {
    renderDetail(['ADMIN'], (name) =>
      name === 'Consent' ? { data: { consent: consentDetail({ retainedUntil: '2999-01-01' }) } } : undefined,
    );
    await screen.findByRole('region', { name: 'Patient' });
    expect(screen.queryByRole('button', { name: 'Delete consent…' })).not.toBeInTheDocument();
  });

  it('uploads a PDF with its SHA-256, then attaches it with the same hash and the version read', async () => {
    authorizedFetch.mockResolvedValue(
      new Response(JSON.stringify({ id: 'file-9', sha256: 'x', size: 3, contentType: 'application/pdf' }), {
        status: 201,
      }),
    );
    const api = renderDetail(['COMPLIANCE_OFFICER'], (name) =>
      name === 'AttachConsentDocument'
        ? { data: { attachConsentDocument: { consent: consentSummary({ version: 2 }), userErrors: [] } } }
        : undefined,
    );
    const user = userEvent.setup();
    const file = new File(['abc'], 'signed.pdf', { type: 'application/pdf' });
    await user.upload(await screen.findByLabelText('Attach the signed document'), file);
    await user.click(screen.getByRole('button', { name: 'Upload and attach' }));

    expect(await screen.findByText('signed.pdf is attached as the signed document.')).toBeInTheDocument();
    const [path, init] = authorizedFetch.mock.calls[0];
    expect(path).toBe('/api/files');
    const body = init?.body as FormData;
    const sha256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect([body.get('kind'), body.get('sha256'), (body.get('file') as File).name]).toEqual([
      'consent-document',
      sha256,
      'signed.pdf',
    ]);
    const attach = api.operations.find((op) => op.kind === 'mutation');
    expect(attach?.variables).toEqual({
      input: { consentId: consent.id, expectedVersion: 1, fileId: 'file-9', sha256 },
    });
  });

  it('refuses a file that is not a PDF, PNG or JPEG before sending anything', async () => {
    renderDetail(['COMPLIANCE_OFFICER']);
    const user = userEvent.setup({ applyAccept: false });
    const input = await screen.findByLabelText('Attach the signed document');
    await user.upload(input, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: 'Upload and attach' }));
    expect(input).toHaveAccessibleDescription(/Choose a PDF, PNG or JPEG file/);
    expect(authorizedFetch).not.toHaveBeenCalled();
  });
});
