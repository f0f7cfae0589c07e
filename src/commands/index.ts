/** The command table and what is read from it: menus as data and key chords. */
export * from './command-table';
export * from './keys';
export * from './menus';
