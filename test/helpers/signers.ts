import { uniq } from './app.js';

/** A plausible signer of each kind, with a fresh address. */
export function legislator(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'legislator',
    name: 'Iain Duncan Smith',
    title: 'Member of Parliament',
    parliament: 'House of Commons',
    party: 'Conservative',
    country: 'GB',
    email: `${uniq('mp')}@parliament.example`,
    ...overrides,
  };
}

export function organization(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'organization',
    name: 'Sophie Richardson',
    organization: 'Human Rights Watch',
    role: 'China Director',
    country: 'US',
    email: `${uniq('ngo')}@hrw.example`,
    ...overrides,
  };
}

export function individual(overrides: Record<string, unknown> = {}) {
  return { kind: 'individual', name: 'Ayşe Yılmaz', country: 'TR', email: `${uniq('me')}@mail.example`, ...overrides };
}
