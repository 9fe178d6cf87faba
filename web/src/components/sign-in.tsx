import { useState } from 'preact/hooks';
import { ApiError, getJson, paths } from '../api/client.js';
import { setToken } from '../api/session.js';
import type { WhoAmI } from '../api/types.js';

/** Token sign-in: the token is checked with `/v1/whoami`, then kept in this tab's sessionStorage only. */
export function SignIn({ purpose }: { purpose: string }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const token = value.trim();
    if (!token) return;
    setBusy(true);
    setError('');
    try {
      await getJson<WhoAmI>(paths.whoami(), { token });
      setToken(token);
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 401 || err.status === 403)
          ? 'The registry does not accept this token.'
          : `Sign-in failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel sign-in" onSubmit={(e) => void submit(e)} aria-labelledby="signin-h">
      <h2 id="signin-h">Sign in with a token</h2>
      <p class="hint">
        {purpose} The token stays in this browser tab and is sent only to this registry.
      </p>
      <label for="token">API token</label>
      <input
        id="token"
        type="password"
        autoComplete="off"
        spellcheck={false}
        placeholder="sg_…"
        value={value}
        aria-describedby={error ? 'token-error' : undefined}
        aria-invalid={error ? true : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit" class="button primary" disabled={busy || !value.trim()}>
        Sign in
      </button>
      {error ? (
        <p id="token-error" class="bad" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
