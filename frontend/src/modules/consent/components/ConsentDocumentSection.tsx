import { useId, useRef, useState, type FormEvent } from 'react';
import type { ConsentDetailFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import { DetailList } from '@/ui/data-display/DetailList';
import { FieldMessages, messageIds } from '@/ui/form/Field';
import { formatDateTime } from '@/ui/utils/format';
import { useConsentDocument } from '../hooks/useConsentDocument';
import { documentFileProblem, formatBytes } from '../utils/consentDocumentFile';

interface Props {
  consent: Pick<ConsentDetailFragment, 'id' | 'version' | 'number' | 'document'>;
  canAttach: boolean;
  /** After a download (the server logs it) and after a conflict's reload. */
  onDownloaded: () => void;
  onReload: () => void;
}

/** The signed authorization: what is on file, its download, and attaching a scan or PDF. */
export function ConsentDocumentSection({ consent, canAttach, onDownloaded, onReload }: Props) {
  const { document } = consent;
  const documents = useConsentDocument(consent, onDownloaded);
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string>();
  const id = `consent-document-file-${useId()}`;
  const hint = 'A PDF, PNG or JPEG of the signed form, at most 10 MB.';

  const attach = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    const problem = file ? documentFileProblem(file) : 'Choose the file of the signed authorization';
    setFileError(problem);
    if (problem || !file) {
      input.current?.focus();
      return;
    }
    const outcome = await documents.upload(file);
    if (!outcome.failed && input.current) input.current.value = '';
  };

  return (
    <section aria-labelledby="consent-document" className="panel">
      <h2 id="consent-document">Signed document</h2>
      {document ? (
        <>
          <DetailList
            items={[
              { term: 'Type', value: document.contentType },
              { term: 'Size', value: formatBytes(document.size) },
              { term: 'Uploaded', value: formatDateTime(document.uploadedAt) },
              { term: 'SHA-256', value: <code className="consent-hash">{document.sha256}</code> },
            ]}
          />
          <button
            type="button"
            className="button"
            disabled={documents.busy !== null}
            onClick={() => void documents.download(document.downloadPath, document.contentType)}
          >
            {documents.busy === 'downloading' ? 'Downloading…' : 'Download document'}
          </button>
        </>
      ) : (
        <p className="muted">No signed document is attached yet.</p>
      )}
      {documents.outcome?.conflict ? (
        <ConflictNotice what="consent" onReload={onReload} />
      ) : (
        documents.outcome && (
          <Alert tone={documents.outcome.failed ? 'error' : 'success'}>{documents.outcome.message}</Alert>
        )
      )}
      {canAttach && (
        <form className="consent-upload" onSubmit={(event) => void attach(event)} noValidate>
          <div className={fileError ? 'field field--invalid' : 'field'}>
            <label htmlFor={id} className="field__label">
              {document ? 'Replace with another file' : 'Attach the signed document'}
            </label>
            <FieldMessages id={id} hint={hint} error={fileError} />
            <input
              ref={input}
              id={id}
              type="file"
              accept="application/pdf,image/png,image/jpeg"
              aria-describedby={messageIds(id, hint, fileError)}
              aria-invalid={fileError ? true : undefined}
              onChange={() => setFileError(undefined)}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={documents.busy !== null}>
            {documents.busy === 'uploading' ? 'Uploading…' : 'Upload and attach'}
          </button>
        </form>
      )}
    </section>
  );
}
