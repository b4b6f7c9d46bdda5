/** Test data shaped like the API's answers. */
import type { Deputy, Me, Role } from '@/api/types';

export function meAs(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    userId: 1,
    username: `${role}1`,
    displayName: role === 'deputy' ? '张建国' : '王晓梅',
    role,
    roles: [role],
    congressId: 1,
    congressName: '微山县人大常委会',
    unitId: null,
    deputyId: role === 'deputy' ? 12 : null,
    ...overrides,
  } as Me;
}

export function aDeputy(overrides: Partial<Deputy> = {}): Deputy {
  return {
    id: 12,
    version: 0,
    name: '张建国',
    gender: 'MALE',
    ethnicity: '汉族',
    birthDate: '1975-03-02',
    phone: '138****1234',
    idNumber: '3708**********1234',
    term: 18,
    delegationId: 1,
    delegationName: '城关镇代表团',
    stationId: 3,
    stationName: '城关镇人大代表联络站',
    party: 'CPC',
    occupationGroup: 'FARMER',
    occupation: '东关村党支部书记',
    status: 'ACTIVE',
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-06T09:30:00Z',
    ...overrides,
  } as Deputy;
}

export function pageOf<T>(items: T[], total = items.length, page = 0, size = 20) {
  return { items, total, page, size };
}
