import { screen, within } from '@testing-library/react';
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
      'Not possible in this status: Only a published item is corrected',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Wash your hands' })).toBeInTheDocument();
  });

  it('is not offered to a compliance officer, who may only retract', async () => {
    renderContentPage(published, ['COMPLIANCE_OFFICER']);
    expect(await screen.findByRole('button', { name: 'Retract…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a correction…' })).not.toBeInTheDocument();
  });
});
