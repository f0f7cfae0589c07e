/** The tooltip of each command where the menus offer it; a command with none here is described by its hint in the table. */
import { type CommandId, commandSpec } from '../../src/commands/index';
import { SHARE_TIPS } from '../features/share/share-tips';
import { TIPS } from './tips';

const TIP_OF: ReadonlyMap<CommandId, string> = new Map<CommandId, string>([
  ['open', TIPS['toolbar.open']],
  ['save', TIPS['toolbar.save']],
  ['saveAs', TIPS['toolbar.saveAs']],
  ['copyLink', SHARE_TIPS.copyLink],
  ['presets', TIPS['toolbar.presets']],
  ['undo', TIPS['toolbar.undo']],
  ['redo', TIPS['toolbar.redo']],
  ['autoLayout', TIPS['toolbar.autoLayout']],
  ['zoomToFit', TIPS['toolbar.fit']],
  ['toggleTheme', TIPS['toolbar.theme']],
  ['train', TIPS['training.train']],
  ['step', TIPS['training.step']],
  ['stepEpoch', TIPS['training.stepEpoch']],
  ['reset', TIPS['training.reset']],
  ['welcome', TIPS['help.welcome']],
  ['tour', TIPS['help.tour']],
  ['shortcuts', TIPS['help.shortcuts']],
  ['instructorMode', TIPS['help.instructorMode']],
  ['presenterView', TIPS['help.presenterView']],
  ['about', TIPS['help.about']],
]);

/** What a command does, for its tooltip in a menu (without the shortcut, which the menu adds from the table). */
export function commandTip(command: CommandId): string {
  const spec = commandSpec(command);
  return TIP_OF.get(command) ?? `${spec.label}: ${spec.hint}.`;
}
