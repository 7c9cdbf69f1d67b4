export interface FigureTile {
  label: string;
  value: string;
  note: string;
}

/** A row of headline figures, each with a line saying what it counts. */
export function FigureTiles({ label, tiles }: { label: string; tiles: readonly FigureTile[] }) {
  return (
    <ul className="kpi-tiles" aria-label={label}>
      {tiles.map((tile) => (
        <li key={tile.label} className="kpi-tile">
          <p className="kpi-tile__label">{tile.label}</p>
          <p className="kpi-tile__value">{tile.value}</p>
          <p className="kpi-tile__note">{tile.note}</p>
        </li>
      ))}
    </ul>
  );
}
