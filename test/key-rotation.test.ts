import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { rekey } from '../server/maintenance/rekey.js';
import { addOrganizer } from '../server/organizers/service.js';
import { testConfig, useTestApp } from './helpers/app.js';
import { organizerWithLetter } from './helpers/flows.js';
import { individual } from './helpers/signers.js';
import { tokenFrom } from './helpers/smtp.js';

const ctx = useTestApp({ smtp: true });
const NEW_KEY = 'the-new-secret-key-after-rotation-0123456789';

async function appWith(env: Record<string, string>) {
  const app = await buildApp(testConfig({ SMTP_URL: ctx.smtp.url, ...env }), {
    database: ctx.database,
    logger: false,
    outbox: { autostart: false },
    maintenance: { intervalMs: 0 },
  });
  await app.ready();
  return app;
}

describe('rotating SECRET_KEY', () => {
  it('old tokens and sealed addresses keep working with SECRET_KEY_PREVIOUS; rekey re-seals them under the new key', async () => {
    const { slug, auth, organizer } = await organizerWithLetter(ctx, { moderatedKinds: [] });
    const pending = individual({ name: 'Pending Before Rotation' });
    await ctx.http.post(`/api/v1/letters/${slug}/signatures`).send(pending).expect(202);
    const [mail] = await ctx.smtp.waitFor(pending.email);

    // During the rotation: the new key signs everything new; the old one still opens what it made.
    const rotating = await appWith({ SECRET_KEY: NEW_KEY, SECRET_KEY_PREVIOUS: ctx.config.secretKey });
    try {
      const http = supertest(rotating.server);
      await http.get('/api/v1/letters').set(auth).expect(200);
      await http
        .post('/api/v1/signatures/confirm')
        .send({ token: tokenFrom(mail!, 'confirm') })
        .expect(200);
      const all = await http.get(`/api/v1/letters/${slug}/signatures/all`).set(auth).expect(200);
      expect(all.body.items.map((i: { email: string }) => i.email)).toEqual([pending.email]);
      // The ledger's two keys (log, witness) are re-sealed too: the rotated instance still signs heads.
      expect(await rekey(rotating.db, rotating.sealer)).toMatchObject({ signatures: expect.any(Number), ledgerKeys: 2 });
    } finally {
      await rotating.close();
    }

    // After it: only the new key. Addresses open, duplicates are still found.
    const rotated = await appWith({ SECRET_KEY: NEW_KEY });
    try {
      const http = supertest(rotated.server);
      await http.get('/api/v1/letters').set(auth).expect(401); // tokens from before must be reissued
      const { token } = await addOrganizer({ db: rotated.db, tokens: rotated.tokens }, { email: organizer.email });
      const fresh = { Authorization: `Bearer ${token}` };
      const all = await http.get(`/api/v1/letters/${slug}/signatures/all`).set(fresh).expect(200);
      expect(all.body.items.map((i: { email: string }) => i.email)).toEqual([pending.email]);
      await http
        .post(`/api/v1/letters/${slug}/signatures`)
        .send({ ...pending, email: pending.email.toUpperCase() })
        .expect(202);
      expect((await http.get(`/api/v1/letters/${slug}/signatures/all`).set(fresh).expect(200)).body.items).toHaveLength(1);
    } finally {
      await rotated.close();
    }
  });
});
