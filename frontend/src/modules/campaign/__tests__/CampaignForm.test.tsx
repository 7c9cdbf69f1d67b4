import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { CampaignForm } from '../components/CampaignForm';
import { EMPTY_CAMPAIGN_FORM, type CampaignFormValues } from '../utils/campaignFormValues';

function renderForm(onSubmit: (values: CampaignFormValues) => Promise<SubmitOutcome>) {
  const element = (
    <CampaignForm
      initialValues={EMPTY_CAMPAIGN_FORM}
      segmentOptions={[{ value: 'seg-1', label: 'Parents of toddlers' }]}
      submitLabel="Create campaign"
      cancelTo="/campaigns"
      onSubmit={onSubmit}
    />
  );
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

async function fillRequired() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Name/), 'Flu shot season');
  await user.selectOptions(screen.getByLabelText(/^Objective/), 'PREVENTION');
  await user.type(screen.getByLabelText(/^Start date/), '2026-10-01');
  return user;
}

describe('CampaignForm', () => {
  it('shows a server userError next to its field, wired up for screen readers', async () => {
    const onSubmit = vi.fn(async () => ({
      userErrors: [
        {
          field: ['input', 'segmentIds', '0'],
          code: 'NOT_FOUND' as const,
          message: 'This audience segment no longer exists',
        },
      ],
    }));
    renderForm(onSubmit);
    const user = await fillRequired();
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));

    const segments = await screen.findByRole('combobox', { name: 'Audience segments' });
    expect(segments).toHaveAttribute('aria-invalid', 'true');
    expect(segments).toHaveAccessibleDescription(
      expect.stringContaining('Item 1: This audience segment no longer exists'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Audience segments: Item 1: This audience segment no longer exists',
    );
  });

  it('checks the end date before sending, in words for the field', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    const user = await fillRequired();
    await user.type(screen.getByLabelText(/^End date/), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^End date/)).toHaveAccessibleDescription(
      expect.stringContaining('End date must be on or after the start date'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('End date must be on or after the start date');
  });

  it('sends the typed values, with hashtags and checkboxes as lists', async () => {
    const onSubmit = vi.fn(async () => ({ userErrors: [] }));
    renderForm(onSubmit);
    const user = await fillRequired();
    await user.type(screen.getByLabelText(/^Hashtags/), 'FluShot, #GetVaccinated');
    await user.click(screen.getByLabelText('Instagram'));
    await user.type(screen.getByRole('combobox', { name: 'Audience segments' }), 'toddl');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Flu shot season',
        hashtags: 'FluShot, #GetVaccinated',
        channels: ['INSTAGRAM'],
        segmentIds: ['seg-1'],
      }),
    );
    expect(screen.getByText('#GetVaccinated')).toBeInTheDocument();
  });

  it('does not submit without the required fields and says which are missing', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create campaign' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription(expect.stringContaining('Enter a name'));
    expect(screen.getByLabelText(/^Objective/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('adds and removes KPI target rows', async () => {
    renderForm(vi.fn());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add KPI target' }));
    await user.click(screen.getByRole('button', { name: 'Add KPI target' }));
    expect(screen.getByLabelText('Metric 2')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove KPI target 1' }));
    expect(screen.queryByLabelText('Metric 2')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Metric 1')).toBeInTheDocument();
  });
});
