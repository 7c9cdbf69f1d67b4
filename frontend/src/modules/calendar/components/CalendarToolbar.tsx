import { VIEW_LABELS } from '../utils/calendarLabels';
import { CALENDAR_VIEWS, type CalendarView } from '../utils/calendarRange';

interface Props {
  view: CalendarView;
  /** The period shown, as its heading says it: "March 2026". */
  title: string;
  titleId: string;
  onView: (view: CalendarView) => void;
  /** -1 for the previous period, 1 for the next. */
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
}

/**
 * The period's heading, then Previous / Today / Next and the Month / Week switch: plain buttons
 * (Tab, Enter, Space), the switch's choice told by aria-pressed. Focus stays on the button
 * pressed, so paging through months is one key repeated; the new period is announced by the
 * calendar's status line.
 */
export function CalendarToolbar({ view, title, titleId, onView, onStep, onToday }: Props) {
  const unit = view === 'month' ? 'month' : 'week';
  return (
    <div className="calendar-toolbar">
      <h2 id={titleId} className="calendar-toolbar__title">
        {title}
      </h2>
      <div className="calendar-toolbar__controls">
        <div className="button-row" role="group" aria-label={`Move by ${unit}`}>
          <button type="button" className="button" onClick={() => onStep(-1)}>
            <span aria-hidden="true">← </span>Previous {unit}
          </button>
          <button type="button" className="button" onClick={onToday}>
            Today
          </button>
          <button type="button" className="button" onClick={() => onStep(1)}>
            Next {unit}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <div className="button-row calendar-toolbar__views" role="group" aria-label="Show the calendar by">
          {CALENDAR_VIEWS.map((option) => (
            <button
              key={option}
              type="button"
              className={option === view ? 'button button--primary' : 'button'}
              aria-pressed={option === view}
              onClick={() => onView(option)}
            >
              {VIEW_LABELS[option]}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
