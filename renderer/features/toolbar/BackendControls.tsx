import { useAppStore } from '../../store/use-app-store';
import type { BackendPreference } from '../../store/types';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useControl } from '../../ui/use-control-access';

const OPTIONS: { value: BackendPreference; label: string }[] = [
  { value: 'auto', label: 'Auto (fastest)' },
  { value: 'webgpu', label: 'WebGPU' },
  { value: 'webgl', label: 'WebGL' },
  { value: 'wasm', label: 'WASM' },
  { value: 'cpu', label: 'CPU' },
];

const BADGE: Record<string, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

/**
 * What trains as a badge — the backend, or JS for the fast engine — with why as its tooltip, and the override (naming
 * a backend trains with tfjs there).
 */
export function BackendControls() {
  const backend = useAppStore((s) => s.training.backend);
  const engine = useAppStore((s) => s.training.engine);
  const preference = useAppStore((s) => s.training.backendPreference);
  const note = useAppStore((s) => s.training.engineNote);
  const setBackendPreference = useAppStore((s) => s.setBackendPreference);
  const backendControl = useControl('toolbar.backend');
  return (
    <div className="backend-controls">
      <span
        className={`backend-badge${backend ? '' : ' backend-badge--none'}`}
        data-testid="backend-badge"
        title={note ?? 'The backend is chosen when training starts'}
      >
        {engine === 'fast' ? 'JS' : backend ? (BADGE[backend] ?? backend) : '—'}
      </span>
      <select
        disabled={backendControl.disabled}
        {...backendControl.attributes}
        hidden={backendControl.access === 'hidden'}
        className="backend-select"
        aria-label="Training backend"
        {...tip(backendControl.title(TIPS['training.backendSelect'])!)}
        data-testid="backend-select"
        value={preference}
        onChange={(e) => setBackendPreference(e.target.value as BackendPreference)}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
