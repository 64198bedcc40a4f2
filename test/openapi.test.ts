import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';

const ctx = useTestApp();

describe('OpenAPI at /docs', () => {
  it('lists every route with its schemas', async () => {
    const spec = (await ctx.http.get('/docs/json').expect(200)).body;
    expect(spec.openapi).toMatch(/^3\./);
    const documented = new Set(Object.entries(spec.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const expected = [
      'POST /api/v1/letters', 'GET /api/v1/letters', 'PATCH /api/v1/letters/{slug}', 'GET /api/v1/letters/{slug}',
      'POST /api/v1/letters/{slug}/publish', 'POST /api/v1/letters/{slug}/close', 'POST /api/v1/letters/{slug}/founding',
      'GET /api/v1/letters/{slug}/stats', 'GET /api/v1/letters/{slug}/versions', 'POST /api/v1/letters/{slug}/translations',
      'POST /api/v1/letters/{slug}/signatures', 'GET /api/v1/letters/{slug}/signatures', 'GET /api/v1/letters/{slug}/signatures/all',
      'POST /api/v1/letters/{slug}/signatures/invalidate', 'POST /api/v1/letters/{slug}/invitations',
      'POST /api/v1/signatures/confirm', 'POST /api/v1/signatures/withdraw', 'POST /api/v1/signatures/reconsent',
      'POST /api/v1/signatures/data', 'POST /api/v1/signatures/erase', 'POST /api/v1/signatures/{id}/approve',
      'POST /api/v1/signatures/{id}/reject', 'POST /api/v1/signatures/{id}/shadow', 'POST /api/v1/invitations/accept',
      'GET /health', 'GET /letters/{slug}', 'GET /letters/{slug}.pdf', 'GET /letters/{slug}/signatures.csv',
      'POST /letters/{slug}/sign', 'GET /confirm/{token}', 'POST /confirm/{token}', 'GET /invitations/{token}',
    ];
    for (const route of expected) expect(documented, route).toContain(route);
    // With their schemas: a body, parameters and the error shape.
    const sign = spec.paths['/api/v1/letters/{slug}/signatures'].post;
    expect(sign.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['kind', 'name', 'email', 'country']));
    expect(sign.parameters.map((p: { name: string }) => p.name)).toContain('slug');
    expect(Object.keys(sign.responses)).toEqual(expect.arrayContaining(['202', '400', '404', '409', '429']));
    expect(spec.paths['/api/v1/letters'].post.security).toEqual([{ bearer: [] }]);
  });

  it('serves Swagger UI from its own files', async () => {
    const page = await ctx.http.get('/docs/').redirects(1).expect(200);
    expect(page.text).toContain('swagger');
    expect(page.text).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1|undersigned\.test)/);
  });
});
