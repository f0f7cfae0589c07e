import { selectClassicSettings } from '../../store/classic-actions';
import { useAppStore } from '../../store/use-app-store';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { CLASSIC_TIPS } from './classic-tips';

/** The toolbar button that switches between the network canvas and the Classic rules workspace. */
export function ClassicToggle() {
  const open = useAppStore((s) => selectClassicSettings(s).open);
  const openClassic = useAppStore((s) => s.openClassic);
  return (
    <ToolbarButton
      testId="btn-classic"
      label="Classic rules"
      title={CLASSIC_TIPS.open}
      pressed={open}
      onClick={() => openClassic(!open)}
    >
      Classic rules
    </ToolbarButton>
  );
}
