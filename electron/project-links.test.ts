import { describe, expect, it } from 'vitest';
import { createProject, encodeProjectLink, MAX_LINK_PAYLOAD_CHARS } from '../src/project';
import { LINK_PROJECT_NAME, linkFromArgv, linkPayload, MAX_LINK_CHARS, readProjectLink } from './project-links';

describe('linkFromArgv', () => {
  it('finds the link a Windows or Linux launch passes, among Chromium switches', () => {
    expect(
      linkFromArgv([
        'C:\\Program Files\\MLP Studio\\MLP Studio.exe',
        '--allow-file-access-from-files',
        'mlp-studio://open/#p=abc',
      ]),
    ).toBe('mlp-studio://open/#p=abc');
    expect(
      linkFromArgv(['/usr/bin/mlp-studio', '--no-sandbox', 'MLP-Studio://open/#p=x', 'mlp-studio://open/#p=y']),
    ).toBe('MLP-Studio://open/#p=x');
  });

  it('ignores the program, files and other schemes', () => {
    expect(linkFromArgv(['mlp-studio://open/#p=program'])).toBeNull();
    expect(linkFromArgv(['/usr/bin/electron', '.', 'lesson.mlp', 'https://example.org/#p=abc'])).toBeNull();
  });
});

describe('linkPayload', () => {
  it('reads the project part of desktop and web links', () => {
    expect(linkPayload('mlp-studio://open/#p=abc_-')).toBe('abc_-');
    expect(linkPayload('https://school.example/mlp/#x=1&p=zz')).toBe('zz');
  });

  it('refuses other schemes, links without a project and huge links, saying why', () => {
    expect(() => linkPayload('javascript:alert(1)#p=abc')).toThrow(/not an MLP Studio link/);
    expect(() => linkPayload('file:///etc/passwd#p=abc')).toThrow(/not an MLP Studio link/);
    expect(() => linkPayload('mlp-studio://open/')).toThrow(/no #p= part/);
    expect(() => linkPayload(`mlp-studio://open/#p=${'a'.repeat(MAX_LINK_CHARS)}`)).toThrow(
      /characters long, over the/,
    );
  });
});

describe('readProjectLink', () => {
  it('opens a link made by the share command, named after its title', async () => {
    const payload = await encodeProjectLink(createProject({ meta: { title: 'Moons: week 3' } }));
    const project = await readProjectLink(`mlp-studio://open/#p=${payload}`);
    expect(project.name).toBe('Moons week 3.mlp');
    expect(JSON.parse(project.text).meta.title).toBe('Moons: week 3');
  });

  it('falls back to a plain name for an untitled project', async () => {
    const payload = await encodeProjectLink(createProject({ meta: { title: '  ' } }));
    expect((await readProjectLink(`mlp-studio://open/#p=${payload}`)).name).toBe(LINK_PROJECT_NAME);
  });

  it('refuses bad base64, cut data and a project part over the limit with the damaged-link message', async () => {
    await expect(readProjectLink('mlp-studio://open/#p=ab$d')).rejects.toThrow(/character 3 .* is not one a link uses/);
    const payload = await encodeProjectLink(createProject());
    await expect(readProjectLink(`mlp-studio://open/#p=${payload.slice(0, payload.length - 9)}`)).rejects.toThrow(
      /damaged|does not unpack|cut/,
    );
    await expect(readProjectLink(`mlp-studio://open/#p=${'A'.repeat(MAX_LINK_PAYLOAD_CHARS + 4)}`)).rejects.toThrow(
      /over the 1,048,576 a link may carry/,
    );
  });
});
