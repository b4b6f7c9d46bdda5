import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import defaults from '../../public/config.json';

describe('parseConfig', () => {
  it('accepts the shipped default config.json', () => {
    expect(parseConfig(defaults)).toEqual({
      keycloakUrl: 'http://localhost:8180',
      realm: 'luzhi',
      clientId: 'luzhi-spa',
      apiBase: '/api/v1',
    });
  });

  it('drops a trailing slash of apiBase', () => {
    expect(parseConfig({ ...defaults, apiBase: '/api/v1/' }).apiBase).toBe('/api/v1');
  });

  it('names the missing key', () => {
    expect(() => parseConfig({ ...defaults, realm: '' })).toThrow(/realm/);
    expect(() => parseConfig(null)).toThrow();
  });
});
