import { describe, expect, it } from 'vitest';
import { beginMark, emptyHistory, endMark, HISTORY_LIMIT, recordChange, redoStep, undoStep } from './history';

describe('history', () => {
  it('undoes and redoes single changes in order', () => {
    let h = recordChange(emptyHistory<string>(), 'a'); // a -> b
    h = recordChange(h, 'b'); // b -> c
    const back = undoStep(h, 'c');
    expect(back?.present).toBe('b');
    const back2 = undoStep(back!.history, back!.present);
    expect(back2?.present).toBe('a');
    expect(undoStep(back2!.history, back2!.present)).toBeNull();
    const fwd = redoStep(back2!.history, back2!.present);
    expect(fwd?.present).toBe('b');
    expect(redoStep(fwd!.history, fwd!.present)?.present).toBe('c');
  });

  it('folds every change inside a mark into one step', () => {
    let h = beginMark(emptyHistory<string>(), 'start');
    for (const previous of ['start', 'x', 'y']) h = recordChange(h, previous);
    expect(h.past).toHaveLength(0);
    h = endMark(h, 'z');
    expect(h.past).toEqual(['start']);
    expect(undoStep(h, 'z')?.present).toBe('start');
  });

  it('records nothing for a mark that changed nothing, and keeps the first of nested marks', () => {
    const h = beginMark(emptyHistory<string>(), 'same');
    expect(beginMark(h, 'later').markBase).toBe('same');
    expect(endMark(h, 'same').past).toHaveLength(0);
  });

  it('closes an open mark before undoing, so undo during a drag returns to before the drag', () => {
    let h = beginMark(emptyHistory<string>(), 'before');
    h = recordChange(h, 'before');
    const step = undoStep(h, 'during');
    expect(step?.present).toBe('before');
    expect(step?.history.future).toEqual(['during']);
    expect(step?.history.markBase).toBeNull();
  });

  it('clears redo when a new change is recorded', () => {
    const h = recordChange(emptyHistory<string>(), 'a');
    const undone = undoStep(h, 'b')!;
    expect(undone.history.future).toEqual(['b']);
    expect(recordChange(undone.history, 'a').future).toEqual([]);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = recordChange(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(5);
  });
});
