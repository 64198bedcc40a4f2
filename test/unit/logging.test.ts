import { describe, expect, it } from 'vitest';
import { errorForLog, errorText } from '../../server/logging.js';

describe('errorForLog', () => {
  it('copies only named fields: a mail refusal keeps its code, not the address the server named', () => {
    const refusal = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <nadia@example.org>: unknown"), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 <nadia@example.org>: unknown',
      rejected: ['nadia@example.org'],
    });
    const logged = errorForLog(refusal);
    expect(JSON.stringify(logged)).not.toContain('nadia');
    expect(logged).toMatchObject({ type: 'Error', code: 'EENVELOPE', responseCode: 550 });
    expect(logged.message).toContain('[address]');
  });

  it('cuts anything shaped like a link token out of a message, and its causes the same way', () => {
    const token = 'Zx3kP9qLm2VbN8tR4wY7aC1dF6gH0jK5sE_uI-oQ2pA';
    const err = new Error('outer', { cause: new Error(`Reply was already sent for "/confirm/${token}"`) });
    const text = JSON.stringify(errorForLog(err)) + errorText(err);
    expect(text).not.toContain(token);
    expect(text).toContain('caused by Error: Reply was already sent');
  });

  it('logs the stack frames, not the first line that repeats the message', () => {
    const err = new Error('failed: params: Nadia Murad,nadia@example.org\nsecond line Nadia');
    const logged = errorForLog(err);
    expect(logged.stack).toMatch(/^\s+at /);
    expect(logged.stack).not.toContain('Nadia');
  });
});
