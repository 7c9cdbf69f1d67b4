import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contentComment, contentDetail } from '@/modules/content/__tests__/contentFixtures';
import { refusal, renderContentPage } from './renderContentPage';

describe('the review page with open comments', () => {
  it('warns that open comments block an approval and shows the refusal at the comments', async () => {
    const content = contentDetail({ comments: [contentComment()] });
    renderContentPage(content, ['CLINICAL_REVIEWER'], {
      review: true,
      respond: (name) =>
        name === 'ReviewContent'
          ? {
              data: {
                reviewContent: refusal(['comments'], 'COMMENTS_OPEN', 'Resolve the 1 open comment before approving'),
              },
            }
          : undefined,
    });
    const user = userEvent.setup();
    const decision = await screen.findByRole('region', { name: 'Clinical review: your decision' });
    expect(decision).toHaveTextContent(
      'A review comment is open: an approval is refused until every comment is resolved.',
    );
    expect(within(decision).getByRole('link', { name: 'Go to the review comments' })).toHaveAttribute(
      'href',
      '#content-section-comments',
    );
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    const refused = await within(decision).findByRole('link', {
      name: 'Open review comments block approval: Resolve the 1 open comment before approving',
    });
    expect(refused).toHaveAttribute('href', '#content-section-comments');
    expect(screen.getByRole('region', { name: 'Review comments' })).toHaveTextContent(
      'Error: Open review comments block approval',
    );
  });

  it('says nothing about comments once every one is resolved', async () => {
    renderContentPage(contentDetail({ comments: [contentComment({ resolved: true })] }), ['CLINICAL_REVIEWER'], {
      review: true,
    });
    const decision = await screen.findByRole('region', { name: 'Clinical review: your decision' });
    expect(decision).not.toHaveTextContent('review comment');
  });
});
