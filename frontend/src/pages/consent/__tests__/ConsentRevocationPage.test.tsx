import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { ConsentRevocationPage } from '../ConsentRevocationPage';

const TOKEN = 'r3V_3x-Lk2mPz8RtYw4n';
const LABEL = 'C-2026-0042 · STORY · Facebook';

describe('ConsentRevocationPage', () => {
  it('revokes after a confirmation, with the reason given', async () => {
    const { client, operations } = mockGraphqlClient((name) =>
      name === 'PublicConsentRevocation'
        ? { data: { consentRevocation: { organizationName: 'Riverside Health', label: LABEL } } }
        : { data: { revokeConsentByLink: { revoked: true, userErrors: [] } } },
    );
    render(<ConsentRevocationPage token={TOKEN} client={client} />);
    const user = userEvent.setup();
    const focused = await screen.findByRole('heading', { level: 1, name: 'Take back your permission' });
    // Focus moves in an effect, after the heading is shown.
    await waitFor(() => expect(focused).toHaveFocus());
    expect(screen.getAllByText(LABEL)[0]).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Why (optional)' }), 'Moved away');
    await user.click(screen.getByRole('button', { name: 'Revoke my permission' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke it' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your permission is revoked' })).toBeInTheDocument();
    expect(screen.getByText(/Riverside Health will not make new posts with it/)).toBeInTheDocument();
    expect(operations.at(-1)?.variables).toEqual({ input: { token: TOKEN, reason: 'Moved away' } });
  });

  it('says a link that no longer works is not valid, and names nothing', async () => {
    const { client } = mockGraphqlClient(() => ({ data: { consentRevocation: null } }));
    render(<ConsentRevocationPage token={TOKEN} client={client} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is not valid any more' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/C-2026/)).not.toBeInTheDocument();
  });
});
