import { appVersion, licences } from 'virtual:mlp-about';
import { useServices } from '../../app/use-services';
import { useAppStore } from '../../store/use-app-store';
import { licenceSummary, runtimeDescription } from './about-text';
import './about.css';
import { AboutDataSets } from './AboutDataSets';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/**
 * The About dialog: what the app is, its version, where it runs, the licence of every library it bundles (collected
 * at build time) and the sources of its data sets.
 */
export function AboutDialog() {
  const open = useAppStore((s) => s.view.panels.about);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const { platform } = useServices();
  if (!open) return null;
  const close = () => togglePanel('about', false);
  return (
    <div className="overlay" role="presentation" onClick={close} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div
        className="dialog about"
        role="dialog"
        aria-modal="true"
        aria-labelledby="about-title"
        data-testid="about-dialog"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="about-title">MLP Studio</h2>
        <p className="about__version" data-testid="about-version">
          Version {appVersion}
        </p>
        <p>
          Build neural networks visually and watch them learn: live loss, decision boundary and per-layer gradients.
        </p>
        <p className="about__runtime">{runtimeDescription(navigator.userAgent, platform.kind)}. MIT licence.</p>
        <h3>Bundled libraries</h3>
        <p className="hint">
          {licences.length} packages: {licenceSummary(licences)}.
        </p>
        <div className="about__licences" tabIndex={0} aria-label="Bundled libraries and their licences">
          <table data-testid="about-licences">
            <tbody>
              {licences.map((l) => (
                <tr key={`${l.name}@${l.version}`}>
                  <td>{l.name}</td>
                  <td>{l.version}</td>
                  <td>{l.license}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <AboutDataSets />
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            data-testid="about-close"
            {...tip(TIPS['dialog.close'])}
            autoFocus
            onClick={close}
          >
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
