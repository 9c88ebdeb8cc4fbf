import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { drawInOwnProcess, drawInto, inlineStylesheet, policyOf, START_SCRIPT } from '../../scripts/prerender-plugin';

const html = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" /></head><body><div id="root"></div></body>`.replace('</head>', '<script type="module" crossorigin src="/assets/index-abc.js"></script></head>');

describe('drawInto', () => {
  it('puts the page into the root, naming its address and the entry, then the script that starts the app', () => {
    const out = drawInto(html, '<h1>Your self-evaluations</h1>', '/');
    expect(out).toContain(`<div id="root" data-drawn-for="/" data-entry="/assets/index-abc.js"><h1>Your self-evaluations</h1></div><script>${START_SCRIPT}</script>`);
    // The entry no longer starts from the head: the inline script imports it after the first paint, or after a moment in a hidden tab.
    expect(out).not.toContain('<script type="module"');
    expect(START_SCRIPT).toContain('if(location.pathname!==root.dataset.drawnFor)root.replaceChildren()');
    expect(START_SCRIPT).toContain('import(root.dataset.entry)');
    expect(START_SCRIPT).toContain('observe({type:"paint",buffered:true})');
    expect(START_SCRIPT).toContain('setTimeout(start,200)');
  });

  it('allows that script, and only it, by its hash, the same on every page, so one policy serves them all', () => {
    const home = drawInto(html, '<h1>x</h1>', '/');
    const newAudit = drawInto(html, '<h1>y</h1>', '/audits/new');
    const hash = createHash('sha256').update(START_SCRIPT).digest('base64');
    expect(policyOf(home)).toBe(`default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self'`);
    expect(policyOf(newAudit)).toBe(policyOf(home));
  });

  it('refuses HTML it cannot draw into, rather than leaving a page the policy would block', () => {
    expect(() => drawInto(html.replace('<div id="root"></div>', '<div id="app"></div>'), '<h1>x</h1>', '/')).toThrow(/no <div id="root"><\/div>/);
    expect(() => drawInto(html.replace(/<script type="module"[^>]*><\/script>/, ''), '<h1>x</h1>', '/')).toThrow(/no entry script/);
    expect(() => drawInto(html.replace("script-src 'self'", "script-src 'none'"), '<h1>x</h1>', '/')).toThrow(/script-src 'self'/);
  });
});

describe('inlineStylesheet', () => {
  const page = `<head><meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'" /><link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head><body></body>`;

  it('puts the stylesheet into the page, allowed by its hash', () => {
    const css = 'body{margin:0}.app-main{padding:1rem}';
    const out = inlineStylesheet(page, (file) => (file === 'assets/index-abc.css' ? css : ''));
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).toContain(`<style>${css}</style>`);
    expect(out).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });

  it('refuses a stylesheet whose url()s would point elsewhere from inside a page, or that would close the style tag', () => {
    expect(() => inlineStylesheet(page, () => '.a{background:url(images/a.png)}')).toThrow(/url\(\)/);
    expect(() => inlineStylesheet(page, () => '.a{content:"</style>"}')).toThrow(/closing style tag/);
    expect(() => inlineStylesheet(page.replace('rel="stylesheet"', 'rel="preload"'), () => '')).toThrow(/no stylesheet link/);
  });
});

describe('drawInOwnProcess', () => {
  it('draws the pages even when the calling process has already loaded React for development', async () => {
    // This test process runs with NODE_ENV=test, so this is React's development build,
    // which a renderer in this process would mix with react-dom's production one.
    const react = await import('react');
    expect(react.version).toMatch(/^\d+\./);
    const drawn = await drawInOwnProcess({ root: resolve(import.meta.dirname, '../../src'), define: { __APP_VERSION__: '"0.0.0-test"' }, paths: ['/'] });
    expect(drawn['/']).toContain('Your self-evaluations');
    expect(drawn['/']).toMatch(/Version (<!-- -->)?0\.0\.0-test/);
  }, 60_000);

  it('names the pages it could not draw, with what went wrong', async () => {
    await expect(drawInOwnProcess({ root: resolve(import.meta.dirname, 'no-such-root'), define: {}, paths: ['/'] })).rejects.toThrow(/Drawing \/ failed:[\s\S]*prerender\.tsx/);
  }, 60_000);
});
