interface PaginationProps {
  label: string;
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  onNext: () => void;
  onPrevious: () => void;
}

export function Pagination({ label, page, pageSize, totalCount, hasNextPage, onNext, onPrevious }: PaginationProps) {
  const pages = Math.max(page, Math.ceil(totalCount / pageSize));
  if (page <= 1 && !hasNextPage) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button" onClick={onPrevious} disabled={page <= 1}>
        Previous page
      </button>
      <span className="pagination__status">
        Page {page} of {pages}
      </span>
      <button type="button" className="button" onClick={onNext} disabled={!hasNextPage}>
        Next page
      </button>
    </nav>
  );
}
