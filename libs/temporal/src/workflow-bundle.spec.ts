import { runInNewContext } from 'node:vm';
import { withStackTraceLimit } from './workflow-bundle';

const MAP = '//# sourceMappingURL=data:application/json;base64,e30=';
const BUNDLE = `var answer = 42;\nvar frames = () => new Error('where').stack.split('\\n').length - 1;\n${MAP}`;

describe('the workflow sandbox stack trace limit', () => {
  it('takes effect in the context the bundle runs in', () => {
    expect(runInNewContext(`${withStackTraceLimit(BUNDLE, 0)};\nframes()`)).toBe(0);
    expect(runInNewContext(`${withStackTraceLimit(BUNDLE, 1)};\nframes()`)).toBe(1);
  });

  it('leaves every line of the code where the source map expects it, and the map last', () => {
    const limited = withStackTraceLimit(BUNDLE, 0);
    expect(limited.startsWith(BUNDLE.slice(0, BUNDLE.indexOf(MAP)))).toBe(true);
    expect(limited.endsWith(MAP)).toBe(true);
  });

  it('refuses a bundle without an inline source map, which the worker could not load', () => {
    expect(() => withStackTraceLimit('var answer = 42;', 0)).toThrow('no inline source map');
  });
});
