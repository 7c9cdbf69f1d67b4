import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContentDetailFragment } from '@/generated/graphql';
import { contentDetail } from '@/modules/content/__tests__/contentFixtures';
import { answer, mutationsSent, refusal, renderContentPage } from './renderContentPage';

const published = contentDetail({ status: 'PUBLISHED', allowedTransitions: ['RETRACTED'], version: 7 });
const correction: ContentDetailFragment = {
  ...published,
  id: 'Q29udGVudDoy',
  status: 'DRAFT',
  allowedTransitions: ['IN_REVIEW', 'ARCHIVED'],
  version: 1,
  correctionOf: { id: published.id, title: published.title, status: 'PUBLISHED' },
};

describe('corrections on the content page', () => {
  it('starts a correction of a published item after saying what happens, and opens the new draft', async () => {
    const { api, router } = renderContentPage(published, ['MARKETER'], {
      respond: (name, variables) =>
        name === 'CorrectContent'
          ? { data: { correctContent: answer(correction) } }
          : name === 'Content' && variables.id === correction.id
            ? { data: { content: correction } }
            : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start a correction…' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a correction?' });
    expect(dialog).toHaveTextContent('A published item is not edited in place');
    expect(dialog).toHaveTextContent('then it is retracted from every channel, each with a take-down to confirm');
    await user.click(within(dialog).getByRole('button', { name: 'Start correction' }));

    expect(await screen.findByText(/This item corrects/)).toHaveTextContent(
      'This item corrects Wash your hands (published). Publishing it retracts the original from every channel',
    );
    expect(router.state.location.pathname).toBe(`/content/${correction.id}`);
    expect(screen.getByRole('link', { name: 'Wash your hands' })).toHaveAttribute(
      'href',
      `/content/${encodeURIComponent(published.id)}`,
    );
    expect(mutationsSent(api)).toEqual([{ input: { contentId: published.id, expectedVersion: 7 } }]);
  });

  it('shows, on a published correction, the original it replaced', async () => {
    renderContentPage(
      { ...correction, status: 'PUBLISHED', correctionOf: { ...correction.correctionOf!, status: 'RETRACTED' } },
      ['CLINICAL_REVIEWER'],
    );
    expect(await screen.findByText(/This item replaced/)).toHaveTextContent(
      'This item replaced Wash your hands, which was retracted from every channel when this correction was published.',
    );
  });

  it('keeps the item and explains a refusal in the workflow panel', async () => {
    renderContentPage(published, ['ADMIN'], {
      respond: (name) =>
        name === 'CorrectContent'
          ? {
              data: {
                correctContent: refusal(
                  ['input', 'contentId'],
                  'INVALID_STATE',
                  'Only a published item is corrected: edit this one instead',
                ),
              },
            }
          : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start a correction…' }));
    await user.click(screen.getByRole('button', { name: 'Start correction' }));

    const workflow = screen.getByRole('region', { name: 'Workflow' });
    expect(await within(workflow).findByRole('alert')).toHaveTextContent(
      'Not possible now: Only a published item is corrected',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Wash your hands' })).toBeInTheDocument();
  });

  it('lists an original’s corrections, newest first, and links to the one under way instead of starting another', async () => {
    const older = {
      id: 'Q29udGVudDoz',
      title: 'Wash your hands',
      status: 'ARCHIVED' as const,
      createdAt: '2026-03-03T09:00:00Z',
    };
    const newer = {
      id: correction.id,
      title: 'Wash your hands well',
      status: 'IN_REVIEW' as const,
      createdAt: '2026-03-04T09:00:00Z',
    };
    renderContentPage({ ...published, corrections: [newer, older] }, ['MARKETER']);

    const region = await screen.findByRole('region', { name: 'Corrections' });
    expect(within(region).getByRole('link', { name: 'The correction under way' })).toHaveAttribute(
      'href',
      `/content/${correction.id}`,
    );
    const items = within(within(region).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Wash your hands well In clinical review started /),
      expect.stringMatching(/^Wash your hands Archived started /),
    ]);
    expect(within(items[1]).getByRole('link', { name: 'Wash your hands' })).toHaveAttribute(
      'href',
      `/content/${older.id}`,
    );
    const workflow = screen.getByRole('region', { name: 'Workflow' });
    expect(within(workflow).getByRole('link', { name: 'Continue the correction under way' })).toHaveAttribute(
      'href',
      `/content/${correction.id}`,
    );
    expect(screen.queryByRole('button', { name: 'Start a correction…' })).not.toBeInTheDocument();
  });

  it('offers a new correction once every earlier one is published or archived', async () => {
    const done = {
      id: 'Q29udGVudDoz',
      title: 'Wash your hands',
      status: 'ARCHIVED' as const,
      createdAt: '2026-03-03T09:00:00Z',
    };
    renderContentPage({ ...published, corrections: [done] }, ['ADMIN']);
    expect(await screen.findByRole('button', { name: 'Start a correction…' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Corrections' })).not.toHaveTextContent('under way');
  });

  it('explains a correction refused because someone started one meanwhile, then links to theirs', async () => {
    const theirs = {
      id: correction.id,
      title: 'Wash your hands',
      status: 'DRAFT' as const,
      createdAt: '2026-03-04T09:00:00Z',
    };
    let refused = false;
    const { api } = renderContentPage(published, ['MARKETER'], {
      respond: (name) => {
        if (name === 'CorrectContent') {
          refused = true;
          return {
            data: {
              correctContent: refusal(
                ['input', 'contentId'],
                'INVALID_STATE',
                'A correction of this item is already under way (“Wash your hands”, draft): continue that one',
              ),
            },
          };
        }
        return name === 'Content' && refused
          ? { data: { content: { ...published, corrections: [theirs] } } }
          : undefined;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start a correction…' }));
    await user.click(screen.getByRole('button', { name: 'Start correction' }));

    const workflow = screen.getByRole('region', { name: 'Workflow' });
    expect(await within(workflow).findByRole('alert')).toHaveTextContent(
      'Not possible now: A correction of this item is already under way (“Wash your hands”, draft): continue that one',
    );
    expect(await within(workflow).findByRole('link', { name: 'Continue the correction under way' })).toHaveAttribute(
      'href',
      `/content/${correction.id}`,
    );
    expect(screen.queryByRole('button', { name: 'Start a correction…' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Corrections' })).toHaveTextContent('Wash your hands Draft');
    expect(mutationsSent(api)).toEqual([{ input: { contentId: published.id, expectedVersion: 7 } }]);
  });

  it('says a correction whose original was retracted meanwhile can no longer be published, only archived', async () => {
    const approved: ContentDetailFragment = {
      ...correction,
      status: 'APPROVED',
      allowedTransitions: ['SCHEDULED', 'PUBLISHED', 'DRAFT', 'ARCHIVED'],
      version: 5,
    };
    let refused = false;
    renderContentPage(approved, ['MARKETER'], {
      respond: (name) => {
        if (name === 'PublishContent') {
          refused = true;
          return {
            data: {
              publishContent: refusal(
                ['input', 'contentId'],
                'INVALID_STATE',
                'The item this corrects is no longer published (already replaced or retracted): archive this correction',
              ),
            },
          };
        }
        return name === 'Content' && refused
          ? { data: { content: { ...approved, correctionOf: { ...approved.correctionOf!, status: 'RETRACTED' } } } }
          : undefined;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Publish now…' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Publish now?' })).getByRole('button', { name: 'Publish now' }),
    );

    const workflow = screen.getByRole('region', { name: 'Workflow' });
    expect(await within(workflow).findByRole('alert')).toHaveTextContent(
      'Not possible now: The item this corrects is no longer published (already replaced or retracted): archive this correction',
    );
    expect(await screen.findByText(/no longer published \(now retracted\)/)).toHaveTextContent(
      'This item corrects Wash your hands, which is no longer published (now retracted). A correction is published only while the item it corrects is, so this one can no longer be: archive it.',
    );
    expect(within(workflow).getByRole('button', { name: 'Archive…' })).toBeInTheDocument();
  });

  it('shows the posting policy to accept when a correction is refused for want of it, then lets it start', async () => {
    let accepted = false;
    let tries = 0;
    const { api, router } = renderContentPage(published, ['MARKETER'], {
      respond: (name, variables) => {
        if (name === 'PostingPolicy')
          return { data: { postingPolicy: { version: 2, text: 'Never promise a cure.', acknowledgedByMe: accepted } } };
        if (name === 'AcknowledgePostingPolicy') {
          accepted = true;
          return { data: { acknowledgePostingPolicy: { postingPolicy: null, userErrors: [] } } };
        }
        if (name === 'CorrectContent') {
          tries += 1;
          return tries === 1
            ? {
                data: {
                  correctContent: refusal(
                    ['postingPolicy'],
                    'POLICY_NOT_ACKNOWLEDGED',
                    "Read and acknowledge your organisation's posting policy before creating content",
                  ),
                },
              }
            : { data: { correctContent: answer(correction) } };
        }
        return name === 'Content' && variables.id === correction.id ? { data: { content: correction } } : undefined;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start a correction…' }));
    await user.click(screen.getByRole('button', { name: 'Start correction' }));

    const workflow = screen.getByRole('region', { name: 'Workflow' });
    expect(await within(workflow).findByRole('alert')).toHaveTextContent(
      "The posting policy comes first: Read and acknowledge your organisation's posting policy before creating content",
    );
    const policy = await within(workflow).findByRole('region', {
      name: 'Your organisation’s posting policy (version 2)',
    });
    expect(policy).toHaveTextContent('Never promise a cure.');
    await user.click(within(policy).getByRole('button', { name: 'I have read the policy and will follow it' }));
    expect(await within(workflow).findByText('Policy accepted: you can take this step now.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start a correction…' }));
    await user.click(screen.getByRole('button', { name: 'Start correction' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/content/${correction.id}`));
    expect(mutationsSent(api)).toEqual([
      { input: { contentId: published.id, expectedVersion: 7 } },
      { input: { version: 2 } },
      { input: { contentId: published.id, expectedVersion: 7 } },
    ]);
  });

  it('is not offered to a compliance officer, who may only retract', async () => {
    renderContentPage(published, ['COMPLIANCE_OFFICER']);
    expect(await screen.findByRole('button', { name: 'Retract…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a correction…' })).not.toBeInTheDocument();
  });
});
