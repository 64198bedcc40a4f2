import { describe, expect, it } from 'vitest';
import { cleanOrigin } from '../../server/widget/service.js';

describe("the sign widget's framing sites", () => {
  it('are https origins (http for localhost), Unicode hosts as punycode', () => {
    expect(cleanOrigin(' https://Partner.Example ')).toBe('https://partner.example');
    expect(cleanOrigin('https://bücher.example')).toBe('https://xn--bcher-kva.example');
    expect(cleanOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(cleanOrigin('https://partner.example:8443')).toBe('https://partner.example:8443');
  });

  it('refuse anything that would say more in the frame-ancestors header, or less than a site', () => {
    for (const bad of [
      'https://a.example,evil',
      "https://a.example'",
      'https://a.example;script-src *',
      'http://partner.example',
      'https://user:pw@a.example',
      'https://a.example/path',
      'https://a.example/?q',
      'javascript:alert(1)',
      '*',
      'partner.example',
    ]) {
      expect(() => cleanOrigin(bad), bad).toThrow(/origins:/);
    }
  });
});
