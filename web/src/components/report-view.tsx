import { useEffect, useState } from 'preact/hooks';
import type { ScanReport } from '../api/types.js';
import { capabilityItems } from '../lib/capabilities.js';
import { countBy, groupFindings, SEVERITY_ORDER, type AnchoredFinding } from '../lib/findings.js';
import { formatDate, plural } from '../lib/format.js';
import { SeverityBadge, VerdictBadge } from './badges.js';
import { CapabilityList } from './capability-list.js';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    window.addEventListener('hashchange', on);
    window.addEventListener('popstate', on);
    return () => {
      window.removeEventListener('hashchange', on);
      window.removeEventListener('popstate', on);
    };
  }, []);
  return hash;
}

function Evidence({ f }: { f: AnchoredFinding }) {
  if (!f.evidence)
    return (
      <p class="muted">
        No evidence lines recorded{f.line ? '' : ' (finding about the whole file)'}.
      </p>
    );
  const lines = f.evidence.split('\n');
  const first = f.line > 0 ? f.line : null;
  return (
    <pre id={`${f.anchor}-evidence`} class="evidence" aria-label={`evidence from ${f.file}`}>
      {lines.map((text, i) => (
        <span key={i} class="evidence-line">
          <span class="ln" aria-hidden="true">
            {first !== null ? first + i : ''}
          </span>
          <code>{text}</code>
          {'\n'}
        </span>
      ))}
    </pre>
  );
}

function FindingItem({ f, targeted }: { f: AnchoredFinding; targeted: boolean }) {
  return (
    <li
      id={f.anchor}
      tabIndex={-1}
      class={`finding sev-border-${f.severity}${targeted ? ' targeted' : ''}`}
    >
      <div class="finding-head">
        <SeverityBadge severity={f.severity} />
        <span class={`badge stage-${f.stage}`}>{f.stage}</span>
        <code class="rule">{f.ruleId}</code>
        <a class="finding-loc" href={`#${f.anchor}`}>
          {f.file || 'whole skill'}
          {f.line > 0 ? `:${f.line}` : ''}
          <span class="visually-hidden"> (link to this finding)</span>
        </a>
      </div>
      <p class="finding-msg">{f.message}</p>
      {f.decodedFrom ? <p class="muted">Found after decoding {f.decodedFrom}.</p> : null}
      {f.syscall || f.run ? (
        <p class="muted">
          Seen at run time{f.run ? ` in run ${f.run}` : ''}
          {f.syscall ? ` (syscall ${f.syscall})` : ''}.
        </p>
      ) : null}
      <Evidence f={f} />
      {f.remediation ? (
        <p class="remediation">
          <strong>What to do: </strong>
          {f.remediation}
        </p>
      ) : null}
    </li>
  );
}

/** A scan report: summary, undeclared capabilities, findings grouped by file, dynamic runs. */
export function ReportView({ report, idPrefix = '' }: { report: ScanReport; idPrefix?: string }) {
  const hash = useHash();
  const groups = groupFindings(report.findings);
  const target = decodeURIComponent(hash.slice(1));
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(target);
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
  }, [target, report]);
  const bySev = countBy(report.findings, (f) => f.severity);
  const byStage = countBy(report.findings, (f) => f.stage);
  const undeclared = capabilityItems(report.capabilities.undeclared);
  return (
    <div class="report">
      <section class="report-summary" aria-labelledby={`${idPrefix}summary-h`}>
        <h2 id={`${idPrefix}summary-h`}>Summary</h2>
        <p>
          <VerdictBadge verdict={report.verdict} /> {report.summary}
        </p>
        <dl class="facts">
          <dt>Findings</dt>
          <dd>
            {plural(report.findings.length, 'finding')}
            {report.findings.length > 0
              ? ` (${SEVERITY_ORDER.filter((s) => bySev.get(s))
                  .map((s) => `${bySev.get(s) ?? 0} ${s}`)
                  .join(', ')})`
              : ''}
          </dd>
          <dt>By stage</dt>
          <dd>
            static {byStage.get('static') ?? 0}, dynamic {byStage.get('dynamic') ?? 0}
            {report.dynamic
              ? ` (dynamic scan ${report.dynamic.status}${report.dynamic.reason ? `: ${report.dynamic.reason}` : ''})`
              : ''}
          </dd>
          <dt>Scanned</dt>
          <dd>
            {formatDate(report.scannedAt)} by scanner {report.scanner.version}, rules{' '}
            {report.scanner.rulesVersion}
          </dd>
        </dl>
        {report.findings.length > 0 ? (
          <nav aria-label="findings index">
            <ol class="finding-index">
              {groups.flatMap((g) =>
                g.findings.map((f) => (
                  <li key={f.anchor}>
                    <SeverityBadge severity={f.severity} />{' '}
                    <a href={`#${f.anchor}`}>
                      {f.ruleId} — {g.file}
                      {f.line > 0 ? `:${f.line}` : ''}
                    </a>
                  </li>
                )),
              )}
            </ol>
          </nav>
        ) : null}
      </section>
      <section aria-labelledby={`${idPrefix}caps-h`}>
        <h2 id={`${idPrefix}caps-h`}>Capabilities: declared and observed</h2>
        {undeclared.length > 0 ? (
          <div class="undeclared">
            <h3>Observed but not declared</h3>
            <ul class="cap-list">
              {undeclared.map((i) => (
                <li key={i.key} class="cap cap-undeclared">
                  {i.text}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>Everything the scanner observed is declared.</p>
        )}
        <div class="two-col">
          <div>
            <h3>Declared</h3>
            <CapabilityList capabilities={report.capabilities.declared} />
          </div>
          <div>
            <h3>Observed</h3>
            <CapabilityList capabilities={report.capabilities.observed} />
          </div>
        </div>
      </section>
      <section aria-labelledby={`${idPrefix}findings-h`}>
        <h2 id={`${idPrefix}findings-h`}>Findings by file</h2>
        {groups.length === 0 ? <p>No findings.</p> : null}
        {groups.map((g) => (
          <section key={g.file} class="file-group" aria-label={`findings in ${g.file}`}>
            <h3 class="file-name">
              <code>{g.file}</code>{' '}
              <span class="muted">({plural(g.findings.length, 'finding')})</span>
            </h3>
            <ol class="findings">
              {g.findings.map((f) => (
                <FindingItem key={f.anchor} f={f} targeted={f.anchor === target} />
              ))}
            </ol>
          </section>
        ))}
      </section>
      {report.dynamic && report.dynamic.runs.length > 0 ? (
        <section aria-labelledby={`${idPrefix}runs-h`}>
          <h2 id={`${idPrefix}runs-h`}>Sandbox runs</h2>
          <div class="table-scroll">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">What ran</th>
                  <th scope="col">Exit</th>
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {report.dynamic.runs.map((r) => (
                  <tr key={r.id}>
                    <td>{r.id}</td>
                    <td>
                      <code>{r.target}</code>
                    </td>
                    <td>
                      {r.exitCode ?? r.signal ?? '—'}
                      {r.limitHit ? ` (limit: ${r.limitHit})` : ''}
                    </td>
                    <td>{r.durationMs} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
