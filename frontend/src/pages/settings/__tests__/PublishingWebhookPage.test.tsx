import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  PublishingWebhookDeliveriesQuery,
  PublishingWebhookFieldsFragment,
  Role,
  UserErrorFieldsFragment,
} from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { PublishingWebhookPage } from '../PublishingWebhookPage';

const HOOK = 'https://hooks.example.org/carepulse/riverside';
const SECRET = 'c2VjcmV0LXNpZ25pbmcta2V5LTMyLWJ5dGVz';

const answer = (
  webhook: PublishingWebhookFieldsFragment | null,
  signingSecret: string | null,
  ...userErrors: UserErrorFieldsFragment[]
) => ({ data: { setPublishingWebhook: { webhook, signingSecret, userErrors } } });

type Delivery = NonNullable<PublishingWebhookDeliveriesQuery['publishingWebhook']>['recentDeliveries'][number];

function renderWebhook(
  roles: Role[],
  current: PublishingWebhookFieldsFragment | null = null,
  respond?: (variables: Record<string, unknown>) => MockResponse,
  deliveries: () => Delivery[] | null = () => null,
) {
  const api = mockGraphqlClient((name, variables) => {
    if (name === 'PublishingWebhook') return { data: { publishingWebhook: current } };
    if (name === 'SetPublishingWebhook') return respond?.(variables);
    if (name === 'PublishingWebhookDeliveries') {
      const log = deliveries();
      return { data: { publishingWebhook: log && { recentDeliveries: log } } };
    }
    return undefined;
  });
  renderWithProviders(<PublishingWebhookPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/settings/publishing-webhook',
  });
  const mutationInputs = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  return { api, mutationInputs };
}

describe('PublishingWebhookPage', () => {
  it('says posts go nowhere but CarePulse while no webhook is set, and how receivers check a signature', async () => {
    renderWebhook(['ADMIN']);
    expect(
      await screen.findByText(/No webhook is set\. Posts that publish are recorded in CarePulse/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set webhook' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop using the webhook' })).not.toBeInTheDocument();
    const help = screen.getByRole('region', { name: 'How your service checks a request came from CarePulse' });
    expect(within(help).getByText('X-CarePulse-Timestamp', { selector: 'dt' })).toBeInTheDocument();
    expect(within(help).getByText('X-CarePulse-Signature', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'sha256= followed by the signature, in hexadecimal.',
    );
    expect(help).toHaveTextContent('Compute the HMAC-SHA256 of that text, with the signing secret as the key');
    const sections = screen.getByRole('navigation', { name: 'Settings sections' });
    expect(within(sections).getByRole('link', { name: 'Publishing webhook' })).toHaveAttribute('aria-current', 'page');
  });

  it('sets the webhook and shows its signing secret once, focused, to copy', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { mutationInputs } = renderWebhook(['ADMIN'], null, () =>
      answer({ url: HOOK, updatedAt: '2026-03-02T09:00:00Z' }, SECRET),
    );
    await user.type(await screen.findByLabelText(/^Webhook address/), ` ${HOOK} `);
    await user.click(screen.getByRole('button', { name: 'Set webhook' }));

    const heading = await screen.findByRole('heading', { name: 'Webhook set: copy its signing secret now' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(mutationInputs()).toEqual([{ input: { url: HOOK } }]);
    const panel = screen.getByRole('region', { name: 'Webhook set: copy its signing secret now' });
    expect(within(panel).getByText('This secret will not be shown again.')).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'Signing secret' })).toHaveValue(SECRET);
    await user.click(within(panel).getByRole('button', { name: 'Copy secret' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await within(panel).findByText('Copied.')).toBeInTheDocument();

    expect(screen.getByText(HOOK)).toBeInTheDocument();
    expect(screen.getByLabelText(/^New webhook address/)).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Replace webhook' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Where posts go' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The webhook is set: posts that publish from now on are sent to it.',
    );
  });

  it('refuses an http:// address before sending it', async () => {
    const { mutationInputs } = renderWebhook(['ADMIN']);
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/^Webhook address/);
    await user.type(field, 'http://hooks.example.org/x');
    await user.click(screen.getByRole('button', { name: 'Set webhook' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('The webhook must use https://'));
    expect(mutationInputs()).toEqual([]);
  });

  it('shows the server’s refusal of a private address on the address field', async () => {
    renderWebhook(['ADMIN'], null, () =>
      answer(null, null, {
        field: ['input', 'url'],
        code: 'INVALID',
        message: "The webhook's host is a private or local address",
      }),
    );
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/^Webhook address/);
    await user.type(field, 'https://intranet.riverside.example/hook');
    await user.click(screen.getByRole('button', { name: 'Set webhook' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent("Webhook address: The webhook's host is a private or local address");
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('private or local address'));
    expect(screen.queryByRole('heading', { name: /signing secret/ })).not.toBeInTheDocument();
  });

  it('stops the webhook after saying what that means for the posts to come', async () => {
    const { mutationInputs } = renderWebhook(['ADMIN'], { url: HOOK, updatedAt: '2026-03-01T09:00:00Z' }, () =>
      answer(null, null),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Stop using the webhook' }));
    const dialog = screen.getByRole('dialog', { name: 'Stop sending posts to the webhook?' });
    expect(dialog).toHaveTextContent('do not reach your channels until you set a webhook again');
    await user.click(within(dialog).getByRole('button', { name: 'Stop sending posts' }));

    expect(await screen.findByText(/No webhook is set/)).toBeInTheDocument();
    expect(mutationInputs()).toEqual([{ input: { url: null } }]);
    expect(screen.getByRole('status')).toHaveTextContent('The webhook is stopped');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Where posts go' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Set webhook' })).toBeInTheDocument();
  });

  it('lists the recent deliveries, newest first, with the item, channel, event and outcome in words', async () => {
    const retried: Delivery = {
      content: { id: 'Q29udGVudDox', title: 'Wash your hands' },
      channel: 'INSTAGRAM',
      event: 'content.publish',
      status: 200,
      error: null,
      at: '2026-03-02T09:01:00Z',
    };
    const failed: Delivery = {
      ...retried,
      status: 503,
      error: 'The receiver answered 503',
      at: '2026-03-02T09:00:00Z',
    };
    const takedown: Delivery = {
      content: null,
      channel: 'X',
      event: 'content.retract',
      status: 0,
      error: 'Could not connect to the receiver',
      at: '2026-03-01T18:00:00Z',
    };
    renderWebhook(['ADMIN'], { url: HOOK, updatedAt: '2026-03-01T09:00:00Z' }, undefined, () => [
      retried,
      failed,
      takedown,
    ]);

    const region = await screen.findByRole('region', { name: 'Recent deliveries' });
    const table = await within(region).findByRole('table', { name: 'Recent deliveries, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Wash your hands', 'Instagram', 'Post', 'Delivered (200)'],
      ['Wash your hands', 'Instagram', 'Post', 'The receiver answered 503'],
      ['No longer available', 'X', 'Take-down', 'Could not connect to the receiver'],
    ]);
    expect(within(rows[0]).getByRole('rowheader').querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-03-02T09:01:00Z',
    );
    expect(within(rows[0]).getByRole('link', { name: 'Wash your hands' })).toHaveAttribute(
      'href',
      '/content/Q29udGVudDox',
    );
    expect(within(rows[2]).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says nothing has been sent while the log is empty, and checks again on request', async () => {
    let log: Delivery[] | null = null;
    const { api } = renderWebhook(['ADMIN'], null, undefined, () => log);
    const region = await screen.findByRole('region', { name: 'Recent deliveries' });
    expect(await within(region).findByText(/Nothing has been sent yet/)).toHaveTextContent(
      'Nothing has been sent yet. Each attempt to send a post, or to take one down, is listed here, retries included.',
    );

    log = [
      {
        content: { id: 'Q29udGVudDox', title: 'Wash your hands' },
        channel: 'FACEBOOK',
        event: 'content.publish',
        status: 200,
        error: null,
        at: '2026-03-02T09:00:00Z',
      },
    ];
    await userEvent.setup().click(within(region).getByRole('button', { name: 'Check for new deliveries' }));
    expect(await within(region).findByRole('cell', { name: 'Delivered (200)' })).toBeInTheDocument();
    const asked = api.operations.filter((op) => op.query.loc?.source.body.includes('recentDeliveries'));
    expect(new Set(asked.map((op) => JSON.stringify(op.variables)))).toEqual(new Set(['{"first":20}']));
  });

  it('is for admins only', () => {
    renderWebhook(['MARKETER']);
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});
