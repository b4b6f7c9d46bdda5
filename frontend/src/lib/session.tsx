/** The logged-in user (/me) and what they may do, for every component below the app shell. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Me, Role } from '@/api/types';
import { canEditDirectory, canExportDirectory, canManageUsers, canViewHistory, rolesOf } from './access';

export interface Session {
  me: Me;
  roles: Role[];
  canEditDirectory: boolean;
  canExportDirectory: boolean;
  canViewHistory: boolean;
  canManageUsers: boolean;
  logout: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ me, onLogout, children }: { me: Me; onLogout: () => void; children: ReactNode }) {
  const value = useMemo<Session>(() => {
    const roles = rolesOf(me);
    return {
      me,
      roles,
      canEditDirectory: canEditDirectory(roles),
      canExportDirectory: canExportDirectory(roles),
      canViewHistory: canViewHistory(roles),
      canManageUsers: canManageUsers(roles),
      logout: onLogout,
    };
  }, [me, onLogout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession() outside <SessionProvider>');
  return s;
}
