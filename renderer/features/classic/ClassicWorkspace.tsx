import { useEffect, useState } from 'react';
import { selectClassicSettings } from '../../store/classic-actions';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { ClassicControls } from './ClassicControls';
import { ClassicSettingsPanel } from './ClassicSettingsPanel';
import { CLASSIC_TIPS } from './classic-tips';
import { RunLane } from './RunLane';
import { useClassicSession } from './use-classic-session';
import './classic.css';
import { PANEL_TEXTS } from '../../help/panel-texts';

const DEFAULT_SPEED = 3;

/**
 * The Classic rules workspace: one neuron (not the network on the canvas) trained by the
 * perceptron or Adaline rule, with its settings on the left and one or two runs side by side.
 */
export function ClassicWorkspace() {
  const settings = useAppStore(selectClassicSettings);
  const openClassic = useAppStore((s) => s.openClassic);
  const [speed, setSpeed] = useState(DEFAULT_SPEED);
  const session = useClassicSession(settings, speed);
  const { playing, play, pause } = session;

  // Space plays and pauses here, ahead of the editor's shortcut that trains the network.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        event.key !== ' ' ||
        event.repeat ||
        (target && ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName))
      )
        return;
      event.preventDefault();
      if (playing) pause();
      else play();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [playing, play, pause]);

  const canStepSample = session.views.some((v) => !v.fullBatch);
  const stepSampleLabel = session.views.every((v) => v.config.rule === 'perceptron')
    ? 'Step sample'
    : 'Step sample/batch';
  const epoch = Math.max(0, ...session.views.map((v) => v.epoch));
  return (
    <div className="classic-workspace" data-testid="classic-workspace">
      <ClassicSettingsPanel />
      <main className="classic-main">
        <header className="classic-main__header">
          <div className="classic-main__title" data-testid="classic-main-title">
            <h2>Classic rules: one neuron</h2>
            <p>{PANEL_TEXTS['classic.intro']}</p>
          </div>
          <button
            type="button"
            className="button"
            data-testid="classic-close"
            onClick={() => openClassic(false)}
            {...tip(CLASSIC_TIPS.close)}
          >
            Back to the network
          </button>
        </header>
        <div className="classic-main__bar">
          <ClassicControls
            session={session}
            speed={speed}
            onSpeed={setSpeed}
            canStepSample={canStepSample}
            stepSampleLabel={stepSampleLabel}
          />
          <span className="classic-main__epoch" data-testid="classic-epoch">
            epoch {epoch} / {settings.epochs}
          </span>
        </div>
        {session.error !== null || !session.data ? (
          <p className="classic-data-error" role="alert" data-testid="classic-data-error">
            {session.error}
          </p>
        ) : (
          <div className={`classic-lanes classic-lanes--${session.views.length}`}>
            {session.views.map((view, index) => (
              <RunLane
                key={`${index}-${view.title}`}
                data={session.data!}
                view={view}
                index={index}
                logCost={settings.logCost}
                compact={session.views.length > 1}
              />
            ))}
          </div>
        )}
      </main>
    </div>
  );
}
