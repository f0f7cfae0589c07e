import { describe, expect, it } from 'vitest';
import { readLinkAddress } from './link-address';

describe('readLinkAddress', () => {
  it('reads desktop and web links, ignoring surrounding spaces', () => {
    expect(readLinkAddress('  mlp-studio://open/#p=abc-_ \n')).toEqual({ payload: 'abc-_' });
    expect(readLinkAddress('https://school.example/mlp/?x=1#p=Zz')).toEqual({ payload: 'Zz' });
  });

  it('names what is wrong with an empty link, another scheme or a link without a project', () => {
    expect(readLinkAddress('   ')).toEqual({ problem: expect.stringMatching(/Paste a link/) });
    expect(readLinkAddress('javascript:alert(1)//#p=abc')).toEqual({
      problem: expect.stringMatching(/not an MLP Studio link/),
    });
    expect(readLinkAddress('file:///etc/passwd#p=abc')).toEqual({
      problem: expect.stringMatching(/not an MLP Studio link/),
    });
    expect(readLinkAddress('https://school.example/mlp/')).toEqual({ problem: expect.stringMatching(/no #p= part/) });
  });
});
