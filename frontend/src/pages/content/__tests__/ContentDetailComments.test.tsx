import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contentComment, contentDetail, reviewer, writer } from '@/modules/content/__tests__/contentFixtures';
import { answer, mutationsSent, refusal, renderContentPage } from './renderContentPage';

const commentsRegion = () => screen.getByRole('region', { name: 'Review comments' });

/** Selects these words of the body as a reader would with the mouse. */
function selectInBody(words: string) {
  const body = screen.getByRole('region', { name: 'Body' }).querySelector('pre')!;
  const text = body.firstChild!;
  const start = text.textContent!.indexOf(words);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + words.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

describe('review comments on the content page', () => {
  it('shows open threads with the words they quote, their replies, and folds resolved ones away', async () => {
    const open = contentComment({
      replies: [{ author: writer, text: 'Changed it to 20.', at: '2026-03-02T11:00:00Z' }],
    });
    const done = contentComment({
      id: 'comment-2',
      anchor: { kind: 'VARIANT', start: null, end: null, channel: 'X', mediaIndex: null, quote: null },
      text: 'Add the hashtag.',
      resolved: true,
      resolvedBy: writer,
      resolvedAt: '2026-03-02T12:00:00Z',
    });
    renderContentPage(contentDetail({ comments: [open, done] }), ['MARKETER']);

    const region = await screen.findByRole('region', { name: 'Review comments' });
    expect(region).toHaveTextContent('1 open comment.');
    expect(region).toHaveTextContent('every comment must be resolved before the item can be approved');
    const openList = within(region).getByRole('list', { name: 'Open comments' });
    const thread = within(openList).getByRole('heading', { name: 'Body: comment by Rita Reviewer' }).closest('li')!;
    expect(thread.querySelector('blockquote')).toHaveTextContent('twenty seconds');
    expect(within(thread).getByRole('list', { name: 'Replies to Rita Reviewer' })).toHaveTextContent(
      'Changed it to 20.',
    );
    expect(within(region).getByText('Resolved comments (1)')).toBeInTheDocument();
    expect(within(region).getByRole('list', { name: 'Resolved comments' })).toHaveTextContent(
      'Resolved by Maria Marketer',
    );
    // The commented words are highlighted in the body.
    expect(screen.getByRole('region', { name: 'Body' }).querySelector('mark')).toHaveTextContent('twenty seconds');
  });

  it('anchors a comment to words selected in the body and moves focus to the new thread', async () => {
    const content = contentDetail();
    const added = contentComment({ id: 'comment-9', text: 'Use digits.' });
    const { api } = renderContentPage(content, ['CLINICAL_REVIEWER'], {
      respond: (name) =>
        name === 'AddContentComment'
          ? { data: { addContentComment: answer({ ...content, comments: [added] }, { comment: { id: 'comment-9' } }) } }
          : undefined,
    });
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Body' });

    selectInBody('twenty seconds');
    await user.click(await screen.findByRole('button', { name: 'Comment on “twenty seconds”' }));
    expect(screen.getByRole('textbox', { name: /^Comment/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /Words of the body it is about/ })).toHaveValue('twenty seconds');
    await user.type(screen.getByRole('textbox', { name: /^Comment/ }), 'Use digits.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    await waitFor(() => expect(document.getElementById('content-comment-comment-9')).toHaveFocus());
    expect(within(commentsRegion()).getByRole('status')).toHaveTextContent('Comment added.');
    expect(mutationsSent(api)).toEqual([
      {
        input: {
          contentId: content.id,
          anchor: { kind: 'BODY', start: 30, end: 44 },
          text: 'Use digits.',
        },
      },
    ]);
  });

  it('asks for the words and the comment before asking the server, focusing the first', async () => {
    const { api } = renderContentPage(contentDetail(), ['CLINICAL_REVIEWER']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add comment' }));

    const words = screen.getByRole('textbox', { name: /Words of the body it is about/ });
    expect(words).toHaveFocus();
    expect(words).toHaveAccessibleDescription(/Select or type the words of the body the comment is about/);
    expect(screen.getByRole('textbox', { name: /^Comment/ })).toHaveAccessibleDescription(/Write your comment/);
    expect(mutationsSent(api)).toEqual([]);
  });

  it('comments on a channel’s text as a whole, and shows a refusal under the field it names', async () => {
    const { api } = renderContentPage(contentDetail(), ['COMPLIANCE_OFFICER'], {
      respond: (name) =>
        name === 'AddContentComment'
          ? {
              data: {
                addContentComment: {
                  ...refusal(['input', 'anchor', 'channel'], 'INVALID', 'Choose a channel this item has a text for'),
                  comment: null,
                },
              },
            }
          : undefined,
    });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'About' }), 'Instagram text');
    expect(screen.queryByRole('textbox', { name: /Words of the/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Comment/ }), 'Too many hashtags.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    const about = screen.getByRole('combobox', { name: 'About' });
    await waitFor(() => expect(about).toHaveFocus());
    expect(about).toHaveAccessibleDescription(/Choose a channel this item has a text for/);
    expect(mutationsSent(api)[0].input.anchor).toEqual({ kind: 'VARIANT', channel: 'INSTAGRAM' });
  });

  it('replies in a thread and gives focus back to the thread’s Reply button', async () => {
    const content = contentDetail({ comments: [contentComment()] });
    const replied = contentComment({ replies: [{ author: writer, text: 'Done.', at: '2026-03-02T11:00:00Z' }] });
    const { api } = renderContentPage(content, ['MARKETER'], {
      respond: (name) =>
        name === 'ReplyToContentComment'
          ? { data: { replyToContentComment: answer({ ...content, comments: [replied] }) } }
          : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reply to Rita Reviewer' }));
    await user.type(screen.getByRole('textbox', { name: /Your reply/ }), 'Done.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Reply to Rita Reviewer' })).toHaveFocus());
    expect(screen.getByRole('list', { name: 'Replies to Rita Reviewer' })).toHaveTextContent('Done.');
    expect(within(commentsRegion()).getByRole('status')).toHaveTextContent('Reply added.');
    expect(mutationsSent(api)).toEqual([{ input: { contentId: content.id, commentId: 'comment-1', text: 'Done.' } }]);
  });

  it('resolves a thread, folds it away and says, where focus moves, that none stays open', async () => {
    const content = contentDetail({ comments: [contentComment()] });
    const resolved = contentComment({ resolved: true, resolvedBy: reviewer, resolvedAt: '2026-03-02T13:00:00Z' });
    renderContentPage(content, ['CLINICAL_REVIEWER'], {
      respond: (name) =>
        name === 'ResolveContentComment'
          ? { data: { resolveContentComment: answer({ ...content, comments: [resolved] }) } }
          : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Resolve comment: Body, by Rita Reviewer' }));

    const status = within(commentsRegion()).getByRole('status');
    await waitFor(() => expect(status).toHaveFocus());
    expect(status).toHaveTextContent('Comment resolved. No open comments remain.');
    expect(commentsRegion()).toHaveTextContent('Every comment is resolved.');
    expect(screen.queryByRole('list', { name: 'Open comments' })).not.toBeInTheDocument();
  });

  it('keeps a thread open with the reply when someone resolved it meanwhile, as the reply reopens it', async () => {
    const content = contentDetail({ comments: [contentComment()] });
    const reopened = contentComment({
      replies: [{ author: writer, text: 'Not yet: see line 2.', at: '2026-03-02T14:00:00Z' }],
    });
    renderContentPage(content, ['MARKETER'], {
      respond: (name) =>
        name === 'ReplyToContentComment'
          ? { data: { replyToContentComment: answer({ ...content, comments: [reopened] }) } }
          : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reply to Rita Reviewer' }));
    await user.type(screen.getByRole('textbox', { name: /Your reply/ }), 'Not yet: see line 2.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    const open = await within(commentsRegion()).findByRole('list', { name: 'Open comments' });
    expect(within(open).getByRole('list', { name: 'Replies to Rita Reviewer' })).toHaveTextContent(
      'Not yet: see line 2.',
    );
    expect(commentsRegion()).toHaveTextContent('1 open comment.');
    expect(screen.queryByText(/Resolved comments/)).not.toBeInTheDocument();
  });

  it('says, beside the thread, that a comment someone else resolved first is already resolved', async () => {
    const content = contentDetail({ comments: [contentComment()] });
    renderContentPage(content, ['CLINICAL_REVIEWER'], {
      respond: (name) =>
        name === 'ResolveContentComment'
          ? {
              data: {
                resolveContentComment: refusal(
                  ['input', 'commentId'],
                  'INVALID_STATE',
                  'This comment is already resolved',
                ),
              },
            }
          : undefined,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Resolve comment: Body, by Rita Reviewer' }));

    const thread = document.getElementById('content-comment-comment-1')!;
    const message = await within(thread).findByText('This comment is already resolved');
    await waitFor(() => expect(message.closest('[tabindex="-1"]:not(li)')).toHaveFocus());
  });
});
