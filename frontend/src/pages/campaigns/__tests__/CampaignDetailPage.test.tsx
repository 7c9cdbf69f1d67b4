import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { campaignDetail, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { CampaignDetailPage } from '../CampaignDetailPage';

const campaign = campaignDetail();

function renderDetail(
  roles: Parameters<typeof viewerWithRoles>,
  respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse,
) {
  const api = mockGraphqlClient(
    (name, variables) => respond?.(name, variables) ?? (name === 'Campaign' ? { data: { campaign } } : undefined),
  );
  renderWithProviders(<CampaignDetailPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/campaigns/:id',
    url: `/campaigns/${campaign.id}`,
  });
  return api;
}

describe('CampaignDetailPage', () => {
  it('shows a read-only campaign to an analyst: no edit, status or archive buttons', async () => {
    renderDetail(['ANALYST']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Movember' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Men 40+' })).toHaveAttribute('href', '/segments/U2VnOjE%3D');
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers a marketer one button per allowed transition', async () => {
    renderDetail(['MARKETER']);
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/campaigns/${encodeURIComponent(campaign.id)}/edit`,
    );
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark completed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });

  it('changes status with the version that was read, then offers the next steps at once', async () => {
    const paused = {
      ...campaign,
      status: 'PAUSED' as const,
      allowedTransitions: ['ACTIVE' as const, 'COMPLETED' as const],
      version: 4,
    };
    const api = renderDetail(['MARKETER'], (name) =>
      name === 'ChangeCampaignStatus'
        ? { data: { changeCampaignStatus: { campaign: paused, userErrors: [] } } }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Campaign is now paused.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));

    const mutations = api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
    expect(mutations).toEqual([
      { input: { id: campaign.id, expectedVersion: 3, status: 'PAUSED' } },
      { input: { id: campaign.id, expectedVersion: 4, status: 'ACTIVE' } },
    ]);
  });

  it('explains a conflict and offers to reload', async () => {
    const api = renderDetail(['MARKETER'], (name) =>
      name === 'ChangeCampaignStatus'
        ? {
            data: {
              changeCampaignStatus: {
                campaign: null,
                userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'Stale.' }],
              },
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    await user.click(await screen.findByRole('button', { name: 'Reload latest version' }));

    expect(
      api.operations.filter((op) => op.kind === 'query' && op.context.requestPolicy === 'network-only'),
    ).toHaveLength(1);
  });

  it('asks before archiving, which is final', async () => {
    const api = renderDetail(['ADMIN'], (name) =>
      name === 'Campaign'
        ? { data: { campaign: { ...campaign, status: 'COMPLETED', allowedTransitions: ['ARCHIVED'] } } }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(screen.getByText(/Archiving is final/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(api.operations.some((op) => op.kind === 'mutation')).toBe(false);
  });

  it('says plainly when the viewer may not see campaigns', async () => {
    renderDetail(['MARKETER'], (name) => (name === 'Campaign' ? { classification: 'FORBIDDEN' } : undefined));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not allowed/i);
  });

  it('shows not found for an id that is not visible', async () => {
    renderDetail(['MARKETER'], (name) => (name === 'Campaign' ? { data: { campaign: null } } : undefined));
    expect(await screen.findByRole('heading', { level: 1, name: 'Campaign not found' })).toBeInTheDocument();
  });
});
