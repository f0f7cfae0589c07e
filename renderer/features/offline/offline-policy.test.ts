import { describe, expect, it } from 'vitest';
import { type OfflineEnvironment, shouldRegisterServiceWorker } from './offline-policy';

const web: OfflineEnvironment = {
  production: true,
  platform: 'web',
  protocol: 'https:',
  hasServiceWorker: true,
  webdriver: false,
  search: '',
};

describe('when the offline service worker registers', () => {
  it('registers in the production web build over http(s)', () => {
    expect(shouldRegisterServiceWorker(web)).toBe(true);
    expect(shouldRegisterServiceWorker({ ...web, protocol: 'http:' })).toBe(true);
  });

  it('never registers in Electron, in development, from file:// or without service workers', () => {
    expect(shouldRegisterServiceWorker({ ...web, platform: 'electron' })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...web, production: false })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...web, protocol: 'file:' })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...web, hasServiceWorker: false })).toBe(false);
  });

  it('stays out of automated browsers unless the address asks with ?sw=1', () => {
    expect(shouldRegisterServiceWorker({ ...web, webdriver: true })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...web, webdriver: true, search: '?welcome=1&sw=1' })).toBe(true);
  });
});
