import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';

const ctx = useTestApp();

/**
 * The routes docs/API.md lists: each table row whose first cell is `METHOD /path`, followed by
 * **planned** when not served yet. A first cell that starts like a route but reads otherwise is an
 * error, so that a route cannot slip out of the check by a typo.
 */
function routesInContract(markdown: string) {
  const served: string[] = [];
  const planned: string[] = [];
  for (const line of markdown.split('\n')) {
    const firstCell = /^\|\s*([^|]*?)\s*\|/.exec(line)?.[1];
    if (!firstCell || !/^`[A-Z]+\s/.test(firstCell)) continue;
    const route = /^`(GET|POST|PUT|PATCH|DELETE) (\/[^`\s]*)`( \*\*planned\*\*)?$/.exec(firstCell);
    if (!route) throw new Error(`docs/API.md: a route cell reads \`METHOD /path\`, then **planned** if not served yet: ${firstCell}`);
    (route[3] ? planned : served).push(`${route[1]} ${route[2]}`);
  }
  return { served, planned };
}

describe('OpenAPI at /docs', () => {
  it('lists every route with its schemas', async () => {
    const spec = (await ctx.http.get('/docs/json').expect(200)).body;
    expect(spec.openapi).toMatch(/^3\./);
    const documented = new Set(Object.entries(spec.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const expected = [
      'POST /api/v1/letters',
      'GET /api/v1/letters',
      'PATCH /api/v1/letters/{slug}',
      'GET /api/v1/letters/{slug}',
      'POST /api/v1/letters/{slug}/publish',
      'POST /api/v1/letters/{slug}/close',
      'POST /api/v1/letters/{slug}/founding',
      'GET /api/v1/letters/{slug}/stats',
      'GET /api/v1/letters/{slug}/versions',
      'POST /api/v1/letters/{slug}/translations',
      'POST /api/v1/letters/{slug}/signatures',
      'GET /api/v1/letters/{slug}/signatures',
      'GET /api/v1/letters/{slug}/signatures/all',
      'POST /api/v1/letters/{slug}/signatures/invalidate',
      'POST /api/v1/letters/{slug}/invitations',
      'POST /api/v1/signatures/confirm',
      'POST /api/v1/signatures/withdraw',
      'POST /api/v1/signatures/reconsent',
      'POST /api/v1/signatures/data',
      'POST /api/v1/signatures/erase',
      'POST /api/v1/signatures/{id}/approve',
      'POST /api/v1/signatures/{id}/reject',
      'POST /api/v1/signatures/{id}/shadow',
      'POST /api/v1/invitations/accept',
      'GET /health',
      'GET /letters/{slug}',
      'GET /letters/{slug}.pdf',
      'GET /letters/{slug}/signatures.csv',
      'POST /letters/{slug}/sign',
      'GET /confirm/{token}',
      'POST /confirm/{token}',
      'GET /invitations/{token}',
    ];
    for (const route of expected) expect(documented, route).toContain(route);
    // With their schemas: a body, parameters and the error shape.
    const sign = spec.paths['/api/v1/letters/{slug}/signatures'].post;
    expect(sign.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['kind', 'name', 'email', 'country']));
    expect(sign.parameters.map((p: { name: string }) => p.name)).toContain('slug');
    expect(Object.keys(sign.responses)).toEqual(expect.arrayContaining(['202', '400', '404', '409', '429']));
    expect(spec.paths['/api/v1/letters'].post.security).toEqual([{ bearer: [] }]);
  });

  it('matches the contract in docs/API.md: every route served is documented, every documented one served', async () => {
    const spec = (await ctx.http.get('/docs/json').expect(200)).body;
    // The contract writes path parameters as :slug, OpenAPI as {slug}.
    const inOpenApi = Object.entries(spec.paths as Record<string, object>)
      .filter(([path]) => !/^\/docs(\/|$)/.test(path))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const contract = routesInContract(readFileSync(new URL('../docs/API.md', import.meta.url), 'utf8'));
    const listed = [...contract.served, ...contract.planned];
    expect(
      listed.filter((route, i) => listed.indexOf(route) !== i),
      'listed twice in docs/API.md',
    ).toEqual([]);
    expect(
      inOpenApi.filter((route) => !contract.served.includes(route)),
      'served but not in docs/API.md (or still marked planned)',
    ).toEqual([]);
    expect(
      contract.served.filter((route) => !inOpenApi.includes(route)),
      'in docs/API.md but not served',
    ).toEqual([]);
  });

  it('serves Swagger UI from its own files', async () => {
    const page = await ctx.http.get('/docs/').redirects(1).expect(200);
    expect(page.text).toContain('swagger');
    expect(page.text).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1|undersigned\.test)/);
  });
});
