import type { FeedbackThreadDetailFragment } from '@/generated/graphql';
import { useAssigneeOptions } from '../hooks/useAssigneeOptions';
import { ThreadAssignment } from './ThreadAssignment';
import { ThreadStatusActions } from './ThreadStatusActions';
import { ThreadTags } from './ThreadTags';

interface Props {
  thread: FeedbackThreadDetailFragment;
  onChanged: (thread: FeedbackThreadDetailFragment) => void;
  onReload: () => void;
}

/** Status, assignment and priority, tags: each saved on its own, its outcome beside it. */
export function ThreadWork({ thread, onChanged, onReload }: Props) {
  const staff = useAssigneeOptions();
  return (
    <section className="panel thread-work" aria-labelledby="thread-work-title">
      <h2 id="thread-work-title">Handle this thread</h2>
      <ThreadStatusActions thread={thread} onChanged={onChanged} onReload={onReload} />
      <ThreadAssignment thread={thread} staff={staff.options} onChanged={onChanged} onReload={onReload} />
      <ThreadTags thread={thread} onChanged={onChanged} onReload={onReload} />
    </section>
  );
}
