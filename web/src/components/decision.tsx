import { useState } from 'preact/hooks';
import { ApiError, paths, postJson } from '../api/client.js';
import type { VersionDetail } from '../api/types.js';
import { REVIEW_ROUTES, requireRoute } from '../lib/openapi.js';
import { ErrorNote } from './notes.js';

/** Approve, or reject with a reason the owner will read. */
export function Decision({
  detail,
  onDone,
}: {
  detail: VersionDetail;
  onDone: (text: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const act = async (kind: 'approve' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      await requireRoute(kind === 'approve' ? REVIEW_ROUTES.approve : REVIEW_ROUTES.reject);
      if (kind === 'approve') await postJson(paths.approve(detail.name, detail.version), {});
      else await postJson(paths.reject(detail.name, detail.version), { reason: reason.trim() });
      onDone(
        kind === 'approve'
          ? `Approved ${detail.name}@${detail.version}: it goes on to signing and publishing.`
          : `Rejected ${detail.name}@${detail.version}.`,
      );
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'CLIENT', String(err)));
    } finally {
      setBusy(false);
    }
  };
  const waiting = detail.state === 'review';
  return (
    <section class="panel decision" aria-labelledby="decision-h">
      <h2 id="decision-h">Decision</h2>
      {!waiting ? (
        <p class="note">This version is {detail.state}; there is nothing to decide.</p>
      ) : null}
      <button
        type="button"
        class="button primary"
        disabled={!waiting || busy}
        onClick={() => void act('approve')}
      >
        Approve {detail.version}
      </button>
      <form
        class="reject-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act('reject');
        }}
      >
        <label for="reject-reason">Reason for rejecting (shown to the owner)</label>
        <textarea
          id="reject-reason"
          rows={3}
          required
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
        <button type="submit" class="button danger" disabled={!waiting || busy || !reason.trim()}>
          Reject {detail.version}
        </button>
      </form>
      {error ? <ErrorNote error={error} what="this decision" /> : null}
    </section>
  );
}
