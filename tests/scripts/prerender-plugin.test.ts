import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawInto } from '../../scripts/prerender-plugin';

const html = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" /></head><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body>`;

describe('drawInto', () => {
  it('puts the page into the root, then the script that empties it at any other address', () => {
    const out = drawInto(html, '<h1>Your self-evaluations</h1>', '/');
    expect(out).toContain('<div id="root"><h1>Your self-evaluations</h1></div><script>if(location.pathname!=="/")document.getElementById("root").replaceChildren()</script><script type="module"');
  });

  it('allows that script, and only it, by its hash', () => {
    const out = drawInto(html, '<h1>x</h1>', '/audits/new');
    const script = /<script>(.*?)<\/script>/.exec(out)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(out).toContain(`script-src 'self' 'sha256-${hash}'; style-src 'self'`);
    expect(script).toContain('"/audits/new"');
  });

  it('refuses HTML it cannot draw into, rather than leaving a page the policy would block', () => {
    expect(() => drawInto(html.replace('<div id="root"></div>', '<div id="app"></div>'), '<h1>x</h1>', '/')).toThrow(/no <div id="root"><\/div>/);
    expect(() => drawInto(html.replace("script-src 'self'", "script-src 'none'"), '<h1>x</h1>', '/')).toThrow(/script-src 'self'/);
  });
});
