import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { LiveSessionCreatePage } from '../LiveSessionCreatePage';

function renderCreate(...roles: Parameters<typeof viewerWithRoles>) {
  const api = mockGraphqlClient(() => undefined);
  renderWithProviders(<LiveSessionCreatePage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/live-sessions/new',
  });
}

describe('LiveSessionCreatePage', () => {
  it('tells a moderator they may not schedule sessions', () => {
    renderCreate('MODERATOR');
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('gives a marketer the form', () => {
    renderCreate('MARKETER');
    expect(screen.getByRole('heading', { level: 1, name: 'New live session' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create session' })).toBeInTheDocument();
  });
});
