/** The signed-in user (from `/v1/whoami` with the session token), shared by the header and pages. */
import { useEffect, useState } from 'preact/hooks';
import { getJson, paths } from '../api/client.js';
import { getToken, onTokenChange } from '../api/session.js';
import type { WhoAmI } from '../api/types.js';
import { useFetch, type Loadable } from './use-fetch.js';

export function useToken(): string | null {
  const [token, setTok] = useState(getToken());
  useEffect(() => onTokenChange(() => setTok(getToken())), []);
  return token;
}

export function useWhoAmI(): { token: string | null; who: Loadable<WhoAmI> | null } {
  const token = useToken();
  const who = useFetch<WhoAmI>(token ? `who:${token}` : null, (signal) =>
    getJson(paths.whoami(), { signal }),
  );
  return { token, who: token ? who : null };
}

export const isAdmin = (w: WhoAmI) => w.roles.includes('admin');
export const isModerator = (w: WhoAmI) => w.roles.some((r) => r === 'moderator' || r === 'admin');
