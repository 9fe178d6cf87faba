/** Load one resource per key; stale answers are dropped and in-flight requests aborted. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';

export type Loadable<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ok'; data: T };

export function useFetch<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): Loadable<T> {
  const [state, setState] = useState<{ key: string | null; value: Loadable<T> }>({
    key: null,
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (key === null) return;
    const ctl = new AbortController();
    setState({ key, value: { status: 'loading' } });
    load(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setState({ key, value: { status: 'ok', data } });
      },
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        const error =
          err instanceof ApiError
            ? err
            : new ApiError(0, 'CLIENT', err instanceof Error ? err.message : String(err));
        setState({ key, value: { status: 'error', error } });
      },
    );
    return () => ctl.abort();
    // `load` is recreated on every render; `key` alone identifies the resource
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
