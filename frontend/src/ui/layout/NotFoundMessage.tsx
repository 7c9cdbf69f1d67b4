import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

export function NotFoundMessage({ title = 'Page not found', backTo = '/', backLabel = 'Go to the start page' }) {
  return (
    <>
      <PageHeading title={title} />
      <p>The address may be mistyped, or the item was removed or belongs to another organisation.</p>
      <p>
        <Link to={backTo}>{backLabel}</Link>
      </p>
    </>
  );
}
