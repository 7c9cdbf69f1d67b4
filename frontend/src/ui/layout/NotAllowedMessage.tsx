import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

export function NotAllowedMessage({ what }: { what: string }) {
  return (
    <>
      <PageHeading title="Not allowed" />
      <p>Your role does not allow you to {what}. Ask an administrator if you need access.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </>
  );
}
