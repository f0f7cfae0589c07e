/*
 * Finds where JSON text goes wrong, for error messages only: some engines' JSON.parse errors give
 * no position ("Unexpected token '}', ... is not valid JSON"). Called after JSON.parse has failed,
 * on text whose nesting is already known to be shallow, so plain recursion is safe here.
 */

const HEX = /^[0-9a-fA-F]{4}$/;

class Failure {
  constructor(readonly offset: number) {}
}

function locate(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw new Failure(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const isDigit = () => at < text.length && text[at] >= '0' && text[at] <= '9';
  const digits = () => {
    if (!isDigit()) fail();
    while (isDigit()) at++;
  };
  // Loops, not regular expressions: a 40 MB string would overflow a backtracking regex engine.
  const stringBody = () => {
    for (;;) {
      if (at >= text.length) fail();
      const code = text.charCodeAt(at);
      if (code === 34) return void at++;
      if (code < 0x20) fail();
      if (code === 92) {
        const escaped = text[at + 1];
        if (escaped === 'u') {
          if (!HEX.test(text.slice(at + 2, at + 6))) fail();
          at += 6;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at += 2;
        else fail();
      } else at++;
    }
  };
  const number = () => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else digits();
    if (text[at] === '.') {
      at++;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      digits();
    }
  };
  const literal = () => {
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, at));
    if (!word) fail();
    else at += word.length;
  };
  const expect = (char: string) => {
    if (text[at] !== char) fail();
    at++;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') return void at++;
      for (;;) {
        space();
        expect('"');
        stringBody();
        space();
        expect(':');
        value();
        space();
        if (text[at] === '}') return void at++;
        expect(',');
      }
    } else if (char === '[') {
      at++;
      space();
      if (text[at] === ']') return void at++;
      for (;;) {
        value();
        space();
        if (text[at] === ']') return void at++;
        expect(',');
      }
    } else if (char === '"') {
      at++;
      stringBody();
    } else if (char === '-' || (char >= '0' && char <= '9')) number();
    else literal();
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof Failure) return error.offset;
    throw error;
  }
}

/** Offset of the first character at which `text` stops being valid JSON; null when it is valid. */
export function locateJsonError(text: string): number | null {
  return locate(text);
}
