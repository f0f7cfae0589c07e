import { appVersion, licences } from 'virtual:mlp-about';
import { useServices } from '../../app/use-services';
import { useAppStore } from '../../store/use-app-store';
import { licenceSummary, runtimeDescription } from './about-text';
import './about.css';
import { AboutDataSets } from './AboutDataSets';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { PANEL_TEXTS } from '../../help/panel-texts';
import { ModalDialog } from '../../ui/ModalDialog';

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
    <ModalDialog labelledBy="about-title" onClose={close} closeOnOutside>
      <div className="dialog about" data-testid="about-dialog">
        <h2 id="about-title">MLP Studio</h2>
        <p className="about__version" data-testid="about-version">
          Version {appVersion}
        </p>
        <p>{PANEL_TEXTS['about.summary']}</p>
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
            data-autofocus
            onClick={close}
          >
            Close
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
