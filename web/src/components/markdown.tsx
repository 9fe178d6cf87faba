import { useLayoutEffect, useRef } from 'preact/hooks';
import { renderMarkdown, splitFrontmatter } from '../lib/markdown.js';

/** Untrusted SKILL.md, rendered inert (see lib/markdown.ts). */
export function Markdown({ text }: { text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { frontmatter, body } = splitFrontmatter(text);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(renderMarkdown(body, 2));
  }, [body]);
  return (
    <div class="markdown-wrap">
      {frontmatter !== null ? (
        <details class="frontmatter">
          <summary>Frontmatter</summary>
          <pre>
            <code>{frontmatter}</code>
          </pre>
        </details>
      ) : null}
      <div class="markdown" ref={ref} />
    </div>
  );
}
