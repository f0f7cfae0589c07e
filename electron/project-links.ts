/**
 * mlp-studio:// links handed to the desktop app by the OS (a second launch's argv on Windows and
 * Linux, 'open-url' on macOS) or pasted into File › Open Link…. A link is untrusted input: it is
 * checked, unpacked with the same link codec as the web build and parsed like a file before the
 * renderer sees its text.
 */
import { decodeLinkText, MAX_LINK_PAYLOAD_CHARS, parseProject, readLinkAddress } from '../src/project';

/** The URL scheme the desktop app registers with the OS (without the colon). */
export const LINK_SCHEME = 'mlp-studio';

/** Longest link read at all: the longest project part plus room for the scheme, host and `#p=`. */
export const MAX_LINK_CHARS = MAX_LINK_PAYLOAD_CHARS + 256;

/** The name a link's project opens under when its title cannot be used. */
export const LINK_PROJECT_NAME = 'Shared link.mlp';

/** A link's project, read and validated in main: `text` parses as a project. */
export interface LinkedProject {
  name: string;
  text: string;
}

const isLink = (arg: string) => arg.slice(0, LINK_SCHEME.length + 1).toLowerCase() === `${LINK_SCHEME}:`;

/**
 * The first mlp-studio: link in `argv` (argv[0], the program, is skipped), or null. Windows and
 * Linux start the app with the link as an argument; Chromium may add switches around it.
 */
export function linkFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find(isLink) ?? null;
}

/** The project part (`p=` of the fragment) of an mlp-studio:// or web link; throws an Error that names what is wrong and what to do. */
export function linkPayload(link: string): string {
  if (link.length > MAX_LINK_CHARS) {
    throw new Error(
      `This link is ${link.length.toLocaleString('en')} characters long, over the ` +
        `${MAX_LINK_CHARS.toLocaleString('en')} a link may have. Ask for the project as a .mlp file instead.`,
    );
  }
  const read = readLinkAddress(link);
  if ('problem' in read) throw new Error(read.problem);
  return read.payload;
}

/** The file name a project opens under: its title with .mlp, with characters no file system takes replaced by spaces. */
function nameOf(title: string): string {
  const clean = title
    .replace(/[\\/:*?"<>|\s]+/g, ' ')
    .trim()
    .slice(0, 120);
  return clean === '' ? LINK_PROJECT_NAME : `${clean}.mlp`;
}

/**
 * Reads the project a link carries: checks the link, unpacks it (size-capped) and parses the text
 * like a file. Throws an Error (a ProjectFormatError for a damaged project) whose message says what
 * to do; nothing is opened then.
 */
export async function readProjectLink(link: string): Promise<LinkedProject> {
  const text = await decodeLinkText(linkPayload(link));
  const project = parseProject(text);
  return { name: nameOf(project.meta.title), text };
}
