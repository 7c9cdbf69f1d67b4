import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '@/generated/graphql';
import { ViewerContext } from '@/modules/viewer/contexts/ViewerContext';
import { viewerWithRoles } from '@/testing/fixtures';
import { navEntries } from '@/app/features';
import { AppHeader } from '../components/AppHeader';
import { NavEntriesContext } from '../contexts/NavEntriesContext';

const signoutRedirect = vi.fn();
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { id_token: 'id-token' }, signoutRedirect }),
}));

function renderHeader(...roles: Role[]) {
  renderHeaderAt('/', ...roles);
}

function renderHeaderAt(url: string, ...roles: Role[]) {
  const router = createMemoryRouter([{ path: '*', element: <AppHeader /> }], { initialEntries: [url] });
  render(
    <NavEntriesContext value={navEntries}>
      <ViewerContext.Provider value={viewerWithRoles(...roles)}>
        <RouterProvider router={router} />
      </ViewerContext.Provider>
    </NavEntriesContext>,
  );
}

describe('AppHeader', () => {
  it('shows the organisation, the user and their role', () => {
    renderHeader('COMPLIANCE_OFFICER');
    expect(screen.getByText('Riverside Health')).toBeInTheDocument();
    expect(screen.getByText('Sam Someone')).toBeInTheDocument();
    expect(screen.getByText('Compliance officer')).toBeInTheDocument();
  });

  it('links the audit log for compliance officers only', () => {
    renderHeader('COMPLIANCE_OFFICER');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '/audit');
  });

  it('leaves the audit log out for a marketer', () => {
    renderHeader('MARKETER');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Campaigns',
      'Content',
      'Calendar',
      'Take-downs',
      'Inbox',
      'Surveys',
      'Feedback themes',
      'Audience segments',
      'Analytics',
      'Consents',
      'Live Q&A',
      'Settings',
    ]);
  });

  it('marks only the calendar as the current page on the calendar, and content on an item', () => {
    renderHeaderAt('/content/calendar', 'MARKETER');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Calendar' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Content' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('marks the take-downs, not content, as the current page on the take-down tasks', () => {
    renderHeaderAt('/content/takedowns', 'COMPLIANCE_OFFICER');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Take-downs' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Content' })).not.toHaveAttribute('aria-current');
  });

  it('offers the colour theme next to signing out', () => {
    renderHeader('ANALYST');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('button', { name: /^Theme: / })).toBeInTheDocument();
  });

  it('signs out at the identity provider with the id token as hint', async () => {
    renderHeader('ANALYST');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(signoutRedirect).toHaveBeenCalledWith({ id_token_hint: 'id-token' });
  });
});
