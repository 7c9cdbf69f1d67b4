import { SHORTCUT_HELP } from '../utils/moderationShortcuts';
import '../styles/liveqa.css';

/** The console's shortcuts, always on screen so nobody has to know they exist. */
export function KeyboardShortcutsHelp() {
  return (
    <section className="panel shortcuts" aria-labelledby="keyboard-shortcuts">
      <h2 id="keyboard-shortcuts">Keyboard shortcuts</h2>
      <p className="muted">They act on the selected question and do nothing while you type in a text box.</p>
      <dl className="shortcuts__list">
        {SHORTCUT_HELP.map((item) => (
          <div key={item.command} className="shortcuts__row">
            <dt>
              {item.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{item.label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
