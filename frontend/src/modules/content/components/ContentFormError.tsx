import { Alert } from '@/ui/feedback/Alert';

/** A small form's problem that belongs to no field, where focus can move to it. */
export function ContentFormError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <div id={id} tabIndex={-1}>
      <Alert tone="error" live={false}>
        {message}
      </Alert>
    </div>
  );
}
