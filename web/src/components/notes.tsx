import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/client.js';
import { getToken } from '../api/session.js';

export function ErrorNote({ error, what }: { error: ApiError; what: string }) {
  let text: string;
  if (error.routeMissing) text = `The registry does not offer ${what} (the route answered 404).`;
  else if (error.status === 404)
    text = `Not found: ${error.message}.${
      getToken() ? '' : ' Owners and moderators can sign in to see versions that are not published.'
    }`;
  else if (error.status === 401 || error.status === 403)
    text = `Not allowed to see ${what}: ${error.message}. Moderators and owners can sign in with a token.`;
  else text = `Could not load ${what}: ${error.message}`;
  return (
    <p class="note note-error" role="alert">
      {text} {error.code && !error.routeMissing ? <code class="code-tag">{error.code}</code> : null}
    </p>
  );
}

export function Note({ children }: { children: ComponentChildren }) {
  return <p class="note">{children}</p>;
}

/** A block of fixed size standing in for content still loading, so nothing moves when it arrives. */
export function Skeleton({ lines = 3, class: cls = '' }: { lines?: number; class?: string }) {
  return (
    <div class={`skeleton ${cls}`} aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} class="skeleton-line" />
      ))}
    </div>
  );
}
