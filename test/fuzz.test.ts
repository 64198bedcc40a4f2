import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { signatures } from '../server/db/schema.js';
import { signerFields } from '../server/signatures/service.js';
import { cleanEmail } from '../server/signatures/validation.js';
import { useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';

const ctx = useTestApp();

const RUNS = 10_000;

const TOKEN_ROUTES = ['/confirm/', '/withdraw/', '/reconsent/', '/erase/', '/invitations/'];
const API_TOKEN_ROUTES = ['confirm', 'withdraw', 'reconsent', 'data', 'erase'].map((r) => `/api/v1/signatures/${r}`);

describe('fuzzing every public route', () => {
  it(`${RUNS} random and malformed requests: never a 5xx, and only valid signatures are written`, async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const draft = await organizerWithLetter(ctx, {}, { publish: false });

    const junk = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.constantFrom('', ' ', '../../etc/passwd', '%00', '\u0000', '<script>alert(1)</script>', '=cmd|" /C calc"!A0', 'x'.repeat(5000), '\u202Eevil', 'a\u0301'.repeat(200), 'null', '{}', '[]'),
    );
    const segment = fc.oneof(fc.constant(slug), fc.constant(draft.slug), junk.map(encodeURIComponent), fc.constantFrom('a', 'A-B', 'x'.repeat(300), '%E0%A4%A', '..'));
    const signer = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('legislator', 'organization', 'individual'), junk),
        name: fc.oneof(fc.constantFrom('Ada Lovelace', 'Zhang Wei', 'Ілля'), junk),
        email: fc.oneof(fc.emailAddress(), junk),
        country: fc.oneof(fc.constantFrom('GB', 'cn', 'XK', 'ZZ'), junk),
        title: fc.oneof(fc.constant('MP'), junk),
        parliament: fc.oneof(fc.constant('House of Commons'), junk),
        organization: fc.oneof(fc.constant('Amnesty'), junk),
        role: fc.oneof(fc.constant('Director'), junk),
        website: fc.oneof(fc.constant('https://hrw.org'), junk),
        display: fc.oneof(fc.constantFrom('full', 'initials', 'anonymous'), junk),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(signer, fc.jsonValue(), fc.record({ token: junk }), fc.record({ invitees: fc.array(signer, { maxLength: 3 }) }));
    const path = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('/letters/', '/api/v1/letters/'),
          segment,
          fc.constantFrom(
            '',
            '/signatures',
            '/stats',
            '/versions',
            '/translations',
            '/embed',
            '.pdf',
            '/signatures.csv',
            '/sign',
            '/signatures/all',
            '/publish',
            '/invitations',
            '/ledger',
            '/deliveries',
          ),
        )
        .map((p) => p.join('')),
      fc.tuple(fc.constantFrom(...TOKEN_ROUTES), segment).map((p) => p.join('')),
      fc.constantFrom(...API_TOKEN_ROUTES, '/api/v1/invitations/accept', '/api/v1/letters', '/health', '/', '/static/css/app.css', '/static/../package.json'),
      junk.map((j) => `/${j}`),
    );
    const query = fc.option(fc.dictionary(fc.constantFrom('lang', 'page', 'limit', 'cursor', 'kind', 'country', 'x'), junk, { maxKeys: 3 }), { nil: undefined });
    const contentType = fc.constantFrom(
      'application/json',
      'application/x-www-form-urlencoded',
      'text/plain',
      'text/csv',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'garbage/../type',
    );
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'),
      path,
      query,
      contentType,
      payload: fc.oneof(
        body.map((b) => JSON.stringify(b)),
        junk,
        body.map((b) => new URLSearchParams(Object.entries(typeof b === 'object' && b ? b : {}).map(([k, v]) => [k, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')])).toString()),
      ),
      authorization: fc.option(
        fc.oneof(
          fc.constant(auth.Authorization),
          junk.map((j) => `Bearer ${j}`),
          junk,
        ),
        { nil: undefined },
      ),
      accept: fc.constantFrom('application/json', 'text/html', '*/*', 'garbage'),
    });

    // Near-valid signatures, one field at a time made strange, so that the sign route's deeper
    // paths (and the database) are reached, not only the validation at the edge.
    const validSigner = fc.record({
      kind: fc.constantFrom('legislator', 'organization', 'individual'),
      name: fc.constantFrom('Ada Lovelace', 'Zhang Wei', 'Ілля Пономаренко', 'محمد أمين', "O'Brien-Ní Dhuibhir"),
      email: fc.emailAddress(),
      country: fc.constantFrom('GB', 'FR', 'UA', 'XK', 'TW'),
      title: fc.constant('Member of Parliament'),
      parliament: fc.constantFrom('House of Commons', 'Seimas', 'Unknown Assembly'),
      organization: fc.constant('Amnesty International'),
      role: fc.constant('Director'),
      website: fc.constantFrom('https://amnesty.org', 'hrw.org'),
      display: fc.constantFrom('full', 'initials', 'anonymous'),
    });
    const nearValid = fc
      .tuple(validSigner, fc.option(fc.tuple(fc.constantFrom('name', 'email', 'country', 'title', 'parliament', 'organization', 'role', 'website', 'display', 'kind'), junk), { nil: undefined }))
      .map(([s, change]) => (change ? { ...s, [change[0]]: change[1] } : s));
    const signRequest = fc.record({
      method: fc.constant('POST'),
      path: fc.constant(`/api/v1/letters/${slug}/signatures`),
      query: fc.constant(undefined),
      contentType: fc.constant('application/json'),
      payload: nearValid.map((b) => JSON.stringify(b)),
      authorization: fc.constant(undefined),
      accept: fc.constant('application/json'),
    });
    const anyRequest = fc.oneof({ arbitrary: signRequest, weight: 1 }, { arbitrary: request, weight: 4 });

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(anyRequest, async (r) => {
        const headers: Record<string, string> = { 'content-type': r.contentType, accept: r.accept };
        if (r.authorization !== undefined) headers.authorization = r.authorization;
        let res: LightMyRequestResponse;
        try {
          res = await ctx.app.inject({
            method: r.method as 'GET',
            url: r.path,
            query: r.query,
            headers,
            payload: r.method === 'GET' || r.method === 'HEAD' ? undefined : r.payload,
          });
        } catch (err) {
          // An invalid URL is refused by the HTTP layer before it reaches the app.
          if (/Invalid URL|invalid header|Invalid character/i.test((err as Error).message)) return;
          throw err;
        }
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode >= 500) failures.push(`${r.method} ${r.path} -> ${res.statusCode} ${res.body.slice(0, 200)}`);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    // The run reached the routes, not only the 404 handler: signatures were taken and refused.
    console.log('fuzz statuses', Object.fromEntries(statuses));
    expect(statuses.get(202) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 20);

    // Whatever got written is a valid signature.
    const rows = await ctx.database.db.select().from(signatures);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(() =>
        signerFields({
          ...row,
          email: '',
          title: row.title ?? undefined,
          parliament: row.parliament ?? undefined,
          party: row.party ?? undefined,
          organization: row.organization ?? undefined,
          role: row.role ?? undefined,
          website: row.website ?? undefined,
          language: row.language ?? undefined,
        }),
      ).not.toThrow();
      expect(() => cleanEmail(ctx.app.sealer.open(row.emailSealed))).not.toThrow();
    }
  }, 600_000);
});
