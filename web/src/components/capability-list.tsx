import type { Capabilities } from '../api/types.js';
import { capabilityItems, diffCapabilityItems, type CapabilityItem } from '../lib/capabilities.js';

export function CapabilityList({ capabilities }: { capabilities: Capabilities }) {
  const items = capabilityItems(capabilities);
  if (items.length === 0)
    return (
      <p class="cap-none">
        Declares no capabilities: network, files, programs and environment variables are all denied.
      </p>
    );
  return (
    <ul class="cap-list">
      {items.map((i) => (
        <li key={i.key} class={`cap cap-${i.kind}`}>
          <span class="cap-kind">{i.kind}</span> {i.text}
        </li>
      ))}
    </ul>
  );
}

function ChangeItems({ items, sign }: { items: CapabilityItem[]; sign: '+' | '−' }) {
  return (
    <>
      {items.map((i) => (
        <li key={sign + i.key} class={sign === '+' ? 'cap-added' : 'cap-removed'}>
          <span aria-hidden="true">{sign} </span>
          <span class="visually-hidden">{sign === '+' ? 'added: ' : 'removed: '}</span>
          {i.text}
        </li>
      ))}
    </>
  );
}

export function CapabilityChanges({ prev, next }: { prev: Capabilities; next: Capabilities }) {
  const { added, removed } = diffCapabilityItems(prev, next);
  if (added.length === 0 && removed.length === 0)
    return <span class="muted">no capability changes</span>;
  return (
    <ul class="cap-changes">
      <ChangeItems items={added} sign="+" />
      <ChangeItems items={removed} sign="−" />
    </ul>
  );
}
