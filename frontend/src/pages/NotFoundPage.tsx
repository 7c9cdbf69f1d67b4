import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';

export function NotFoundPage() {
  return <NotFoundMessage />;
}
