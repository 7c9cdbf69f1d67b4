import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { AssignFeedbackDocument, type FeedbackPriority, type FeedbackThreadDetailFragment } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { PRIORITY_LABELS, PRIORITY_OPTIONS } from '../utils/feedbackLabels';
import { threadChangeOutcome, type ThreadChangeOutcome } from '../utils/threadChange';
import { ThreadChangeOutcomeView } from './ThreadChangeOutcomeView';

interface Props {
  thread: Pick<FeedbackThreadDetailFragment, 'id' | 'version' | 'assignee' | 'priority'>;
  /** Staff who may be assigned (useAssigneeOptions). */
  staff: readonly Option[];
  onChanged: (thread: FeedbackThreadDetailFragment) => void;
  onReload: () => void;
}

const NOBODY = '';

/** Who works the thread (a clinical reviewer may be asked to help) and how urgent it is; a new priority moves the due time. */
export function ThreadAssignment({ thread, staff, onChanged, onReload }: Props) {
  const [{ fetching }, assign] = useMutation(AssignFeedbackDocument);
  const [assigneeId, setAssigneeId] = useState(thread.assignee?.id ?? NOBODY);
  const [priority, setPriority] = useState<FeedbackPriority>(thread.priority);
  const [outcome, setOutcome] = useState<ThreadChangeOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // A change made elsewhere (a colleague, the live inbox) shows here rather than being saved over.
  useEffect(() => {
    setAssigneeId(thread.assignee?.id ?? NOBODY);
    setPriority(thread.priority);
  }, [thread.assignee?.id, thread.priority]);
  // The assignee stays choosable even when the directory no longer lists them.
  const options =
    thread.assignee && !staff.some((option) => option.value === thread.assignee?.id)
      ? [{ value: thread.assignee.id, label: personName(thread.assignee) }, ...staff]
      : staff;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { threadId: thread.id, expectedVersion: thread.version, assigneeId: assigneeId || null, priority };
    const result = await assign({ input });
    const next = threadChangeOutcome(result.data?.assignFeedback, result.error);
    setOutcome(next);
    if (next.kind === 'done') onChanged(next.thread);
    outcomeRef.current?.focus();
  };

  return (
    <section aria-labelledby="thread-assignment-title">
      <h3 id="thread-assignment-title">Assignment</h3>
      <ThreadChangeOutcomeView
        ref={outcomeRef}
        outcome={outcome}
        done={(o) =>
          `${o.thread.assignee ? `Assigned to ${personName(o.thread.assignee)}` : 'Nobody is assigned'}, ${PRIORITY_LABELS[o.thread.priority].toLowerCase()} priority.`
        }
        onReload={() => {
          setOutcome(null);
          onReload();
        }}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          id="thread-assignee"
          label="Assigned to"
          value={assigneeId}
          onChange={setAssigneeId}
          emptyLabel="Nobody"
          options={options}
          hint="A clinical reviewer you assign can read this thread."
        />
        <SelectField
          id="thread-priority"
          label="Priority"
          value={priority}
          onChange={(value) => value && setPriority(value)}
          options={PRIORITY_OPTIONS}
          hint="Sets when the first reply is due."
        />
        <button type="submit" className="button button--small" disabled={fetching}>
          {fetching ? 'Saving…' : 'Save assignment'}
        </button>
      </form>
    </section>
  );
}
