/** Short values such as hashtags or channels, as a list of chips. */
export function TagList({ items, empty = '—' }: { items: readonly string[]; empty?: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="tag-list">
      {items.map((item) => (
        <li key={item} className="tag">
          {item}
        </li>
      ))}
    </ul>
  );
}
