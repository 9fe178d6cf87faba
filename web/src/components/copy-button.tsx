import { useState } from 'preact/hooks';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A command shown as code with a button that copies it; the result is announced politely. */
export function CommandLine({ command, label }: { command: string; label: string }) {
  const [status, setStatus] = useState('');
  return (
    <div class="command">
      <code aria-label={label}>{command}</code>
      <button
        type="button"
        class="button small"
        onClick={() => {
          void copy(command).then((ok) =>
            setStatus(ok ? 'Copied' : 'Copy failed: select the text and copy it'),
          );
        }}
      >
        Copy<span class="visually-hidden"> {label}</span>
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
