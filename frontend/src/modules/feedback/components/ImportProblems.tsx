import type { LineProblem } from '../utils/feedbackImportRows';

const SHOWN = 100;

/** Problems by CSV line number, the first hundred listed and the rest counted. */
export function ImportProblems({ problems, title }: { problems: readonly LineProblem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="import-problems-title" className="import-problems">
      <h3 id="import-problems-title">{title}</h3>
      <ul>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={`${problem.line}-${index}`}>
            <strong>Line {problem.line}:</strong> {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="muted">And {problems.length - SHOWN} more.</p>}
    </section>
  );
}
