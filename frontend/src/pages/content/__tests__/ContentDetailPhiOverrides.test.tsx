import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contentDetail, officer, phoneFinding } from '@/modules/content/__tests__/contentFixtures';
import { answer, mutationsSent, refusal, renderContentPage } from './renderContentPage';

const JUSTIFICATION = 'The clinic’s public appointment line, printed on every leaflet.';
const findings = () => screen.getByRole('region', { name: 'PHI findings' });
const withPhone = () => contentDetail({ phiFindings: [phoneFinding()] });

describe('PHI overrides on the content page', () => {
  it('offers a compliance officer an override of a blocking finding only', async () => {
    const covered = phoneFinding({ type: 'PERSON_NAME', start: 0, end: 3, coveredByConsent: true });
    renderContentPage(contentDetail({ phiFindings: [phoneFinding(), covered] }), ['COMPLIANCE_OFFICER']);

    const region = await screen.findByRole('region', { name: 'PHI findings' });
    expect(within(region).getAllByRole('button', { name: /^Override…/ })).toHaveLength(1);
    expect(
      within(region).getByRole('button', { name: 'Override… Possible phone number: “555-201-0134”' }),
    ).toBeVisible();
    expect(region).toHaveTextContent('not covered: blocks review, scheduling and publishing');
    expect(region).toHaveTextContent('covered by the linked consent');
  });

  it.each([['MARKETER'], ['ADMIN'], ['CLINICAL_REVIEWER']] as const)(
    'does not offer a %s an override',
    async (role) => {
      renderContentPage(withPhone(), [role]);
      const region = await screen.findByRole('region', { name: 'PHI findings' });
      expect(within(region).queryByRole('button')).not.toBeInTheDocument();
    },
  );

  it('requires a justification of 20 characters, naming it, before asking the server', async () => {
    const { api } = renderContentPage(withPhone(), ['COMPLIANCE_OFFICER']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Override…/ }));
    const justification = screen.getByRole('textbox', { name: /Justification/ });
    expect(justification).toHaveFocus();
    await user.type(justification, 'Clinic line');
    await user.click(screen.getByRole('button', { name: 'Override finding' }));

    expect(justification).toHaveFocus();
    expect(justification).toHaveAttribute('aria-invalid', 'true');
    expect(justification).toHaveAccessibleDescription(
      /The justification needs at least 20 characters \(11 so far\): say why it may be published/,
    );
    expect(mutationsSent(api)).toEqual([]);
  });

  it('records the override, then shows the finding as overridden with who, when and why', async () => {
    const content = withPhone();
    const overridden = contentDetail({
      phiFindings: [phoneFinding({ overridden: true })],
      phiOverrides: [
        {
          field: 'body',
          type: 'PHONE',
          quote: '555-201-0134',
          justification: JUSTIFICATION,
          by: officer,
          at: '2026-03-03T09:00:00Z',
        },
      ],
    });
    const { api } = renderContentPage(content, ['COMPLIANCE_OFFICER'], {
      respond: (name) =>
        name === 'OverridePhiFinding' ? { data: { overridePhiFinding: answer(overridden) } } : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Override…/ }));
    await user.type(screen.getByRole('textbox', { name: /Justification/ }), JUSTIFICATION);
    await user.click(screen.getByRole('button', { name: 'Override finding' }));

    const item = await within(findings()).findByText(/overridden by compliance: does not block/);
    await waitFor(() => expect(item.closest('li')).toHaveFocus());
    expect(item.closest('li')).toHaveTextContent(`Overridden by Carl Compliance`);
    expect(item.closest('li')).toHaveTextContent(JUSTIFICATION);
    expect(within(findings()).getByRole('status')).toHaveTextContent(
      'Override recorded: Possible phone number: “555-201-0134” no longer blocks.',
    );
    expect(within(findings()).queryByRole('button', { name: /^Override…/ })).not.toBeInTheDocument();
    expect(mutationsSent(api)).toEqual([
      {
        input: {
          contentId: content.id,
          field: 'body',
          type: 'PHONE',
          start: 51,
          end: 63,
          justification: JUSTIFICATION,
        },
      },
    ]);
  });

  it('says so when the finding is no longer in the item', async () => {
    renderContentPage(withPhone(), ['COMPLIANCE_OFFICER'], {
      respond: (name) =>
        name === 'OverridePhiFinding'
          ? {
              data: {
                overridePhiFinding: refusal(
                  ['input', 'start'],
                  'NOT_FOUND',
                  'No such finding in this item now: look at its findings again',
                ),
              },
            }
          : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Override…/ }));
    await user.type(screen.getByRole('textbox', { name: /Justification/ }), JUSTIFICATION);
    await user.click(screen.getByRole('button', { name: 'Override finding' }));

    const problem = await within(findings()).findByText(/No such finding in this item now/);
    await waitFor(() => expect(problem.closest('[tabindex="-1"]')).toHaveFocus());
  });
});
