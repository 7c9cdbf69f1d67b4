import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ConsentForm } from '../components/ConsentForm';
import { useRecordConsent } from '../hooks/useRecordConsent';
import { EMPTY_CONSENT_FORM } from '../utils/consentFormValues';
import { STATEMENT_LABELS } from '../utils/consentLabels';
import { completeConsent, consentSummary } from './consentFixtures';

function RecordHarness({ complete }: { complete: boolean }) {
  const record = useRecordConsent();
  return (
    <ConsentForm
      cancelTo="/consents"
      onSubmit={record}
      initialValues={complete ? completeConsent() : EMPTY_CONSENT_FORM}
    />
  );
}

function renderForm(complete: boolean, respond: (name?: string) => MockResponse = () => undefined) {
  const api = mockGraphqlClient((name) => respond(name));
  const view = renderWithProviders(<RecordHarness complete={complete} />, {
    client: api.client,
    viewer: viewerWithRoles('COMPLIANCE_OFFICER'),
    path: '/consents/new',
  });
  return { api, ...view };
}

const refusal = (field: string[] | null, code: string, message: string) => ({ field, code, message });

describe('the consent record form', () => {
  it('names each missing element beside its field and moves focus to the summary, asking no server', async () => {
    const { api } = renderForm(false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Record consent' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('listitem')).toHaveLength(14);
    expect(screen.getByRole('textbox', { name: /Full name/ })).toHaveAccessibleDescription(
      /Enter the patient’s full name/,
    );
    expect(screen.getByRole('checkbox', { name: STATEMENT_LABELS.REDISCLOSURE })).toHaveAccessibleDescription(
      /Tick once the patient has acknowledged that recipients may share the information again/,
    );
    expect(screen.getByRole('group', { name: 'Who may disclose' })).toHaveAccessibleDescription(
      /Choose who may disclose: the organisation, named staff, or both/,
    );
    expect(api.operations).toHaveLength(0);
  });

  it('shows the server’s refusals beside their fields and keeps one it cannot place in the summary', async () => {
    renderForm(true, (name) =>
      name === 'RecordConsent'
        ? {
            data: {
              recordConsent: {
                consent: null,
                userErrors: [
                  refusal(
                    ['input', 'signature', 'signerName'],
                    'HIPAA_164_508_C1_SIGNATURE_MISSING',
                    'Enter the signer',
                  ),
                  refusal(
                    ['input', 'acknowledgedStatements', 'REDISCLOSURE'],
                    'HIPAA_164_508_C2_STATEMENT_MISSING',
                    'Acknowledge redisclosure',
                  ),
                  refusal(['input'], 'HIPAA_164_508_C1_DISCLOSER_MISSING', 'Name who may disclose'),
                  refusal(['input', 'somethingElse'], 'INVALID', 'Something else is wrong'),
                ],
              },
            },
          }
        : undefined,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Record consent' }));

    expect(await screen.findByRole('textbox', { name: /Signer’s name/ })).toHaveAccessibleDescription(
      /Enter the signer/,
    );
    expect(screen.getByRole('checkbox', { name: STATEMENT_LABELS.REDISCLOSURE })).toHaveAccessibleDescription(
      /Acknowledge redisclosure/,
    );
    expect(screen.getByRole('group', { name: 'Who may disclose' })).toHaveAccessibleDescription(
      /Name who may disclose/,
    );
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('Something else is wrong')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Signer’s name: Enter the signer' })).toHaveAttribute(
      'href',
      '#consent-signerName',
    );
  });

  it('records a complete authorization and opens it', async () => {
    const { api, router } = renderForm(true, (name) =>
      name === 'RecordConsent'
        ? { data: { recordConsent: { consent: consentSummary({ id: 'new-1' }), userErrors: [] } } }
        : undefined,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Record consent' }));

    await screen.findByText('Elsewhere');
    expect(router.state.location.pathname).toBe('/consents/new-1');
    const input = api.operations[0]?.variables?.input as Record<string, unknown>;
    expect(input.acknowledgedStatements).toEqual(['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'REDISCLOSURE']);
    expect(input.patient).toEqual({ name: 'Jane Doe', dateOfBirth: '1980-04-02', email: null, phone: null });
  });
});
