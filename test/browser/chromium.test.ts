import { describe, expect, it } from 'vitest';
import { chromiumForTests, findChromium } from './chromium.js';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('findChromium', () => {
  it.each([
    ['CHROMIUM_PATH comes first', { CHROMIUM_PATH: '/opt/chrome' }, ['/opt/chrome', '/usr/bin/chromium'], '/opt/chrome'],
    ['the older SAIDBY_CHROMIUM still works', { SAIDBY_CHROMIUM: '/opt/c' }, ['/opt/c'], '/opt/c'],
    ['a CHROMIUM_PATH that does not exist is not swapped for another browser', { CHROMIUM_PATH: '/typo' }, ['/usr/bin/chromium'], null],
    ['then /usr/bin/chromium', {}, ['/usr/bin/chromium', '/usr/bin/chromium-browser'], '/usr/bin/chromium'],
    ['then chromium-browser (Ubuntu)', {}, ['/usr/bin/chromium-browser'], '/usr/bin/chromium-browser'],
    ['none at all', {}, [], null],
  ])('%s', (_name, env, present, expected) => {
    expect(findChromium(env, only(...present))).toBe(expected);
  });
});

describe('chromiumForTests', () => {
  it('without a browser, skips with one line saying how to install one', () => {
    const lines: string[] = [];
    expect(chromiumForTests({}, only(), (line) => lines.push(line))).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^skipping the browser tests: .*apt-get install chromium.*CHROMIUM_PATH/);
  });

  it('under CI=true a missing browser fails the run', () => {
    expect(() => chromiumForTests({ CI: 'true' }, only(), () => {})).toThrow(/need Chromium.*apt-get install chromium/);
  });

  it('a browser found is used, quietly', () => {
    const lines: string[] = [];
    expect(chromiumForTests({ CI: 'true' }, only('/usr/bin/chromium'), (line) => lines.push(line))).toBe('/usr/bin/chromium');
    expect(lines).toEqual([]);
  });
});
