import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { submitForm, TEST_DATABASE_URL, uniq, useTestApp } from '../helpers/app.js';
import { organizerWithLetter, signAndConfirm } from '../helpers/flows.js';
import { pgDumpMissing } from '../helpers/services.js';
import { legislator } from '../helpers/signers.js';

// A real PostgreSQL database of this file's own (see openTestDatabase), behind a trusted proxy so
// the signers' addresses are the ones this test chooses.
const ctx = useTestApp({ smtp: true, env: { TRUST_PROXY: 'true' } });
const pgDump = await pgDumpMissing(TEST_DATABASE_URL);

describe('what a stolen database dump reveals', () => {
  it.skipIf(pgDump)(`no signer email and no IP address appear anywhere in pg_dump${pgDump ? ` (skipped: ${pgDump})` : ''}`, async () => {
    const { slug, auth } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const ips = ['203.0.113.77', '2001:db8:85a3::8a2e:370:7334', '198.51.100.23'];
    const emails = [`${uniq('dissident')}@proton.example`, `${uniq('mp')}@parliament.uk`, `${uniq('ngo')}@hrw.example`];

    // By API, through the form, and by invitation; confirmed, pending, and withdrawn.
    await ctx.http
      .post(`/api/v1/letters/${slug}/signatures`)
      .set('X-Forwarded-For', ips[0]!)
      .send(legislator({ email: emails[0] }))
      .expect(202);
    const form = await submitForm(ctx, `/letters/${slug}`, `/letters/${slug}/sign`, { kind: 'individual', name: 'Form Signer', email: emails[1], country: 'GB' });
    expect(form.status).toBe(200);
    await ctx.http
      .post(`/api/v1/letters/${slug}/invitations`)
      .set(auth)
      .set('X-Forwarded-For', ips[2]!)
      .send({ invitees: [{ name: 'Invited', email: emails[2], kind: 'individual', country: 'US' }] })
      .expect(201);
    await ctx.smtp.waitFor(emails[0]!);
    await ctx.smtp.waitFor(emails[1]!);
    await ctx.smtp.waitFor(emails[2]!);
    await signAndConfirm(ctx, slug, legislator({ email: emails[0] }));

    expect(ctx.database.url).toMatch(/undersigned_test_/);
    const dump = execFileSync('pg_dump', ['--no-owner', ctx.database.url!], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(dump).toContain('COPY public.signatures');
    expect(dump).toContain('Iain Duncan Smith'); // the public list is there, as it should be
    for (const email of emails) {
      expect(dump).not.toContain(email);
      expect(dump).not.toContain(email.split('@')[0]);
    }
    for (const ip of [...ips, '2001:db8:85a3']) expect(dump).not.toContain(ip);
  });
});
