/**
 * SKILL.md to inert DOM: marked renders, DOMPurify keeps only a strict allowlist, and a final walk
 * turns every image into a consent button (no remote request until the reader asks for it).
 * Skill authors are untrusted: no script, no event handlers, no styles, no forms or frames,
 * no `javascript:`/`data:` or relative URLs, no HTML comments, no author-chosen ids or classes.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'code',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
];
const ALLOWED_ATTR = [
  'href',
  'title',
  'alt',
  'src',
  'class',
  'align',
  'start',
  'colspan',
  'rowspan',
];
/** only absolute web/mail links and in-page fragments; everything else loses its URL */
const ALLOWED_URI = /^(?:https?:\/\/|mailto:|#)/i;
const LANGUAGE_CLASS = /^language-[A-Za-z0-9_+-]{1,32}$/;

const marked = new Marked({ gfm: true, breaks: false });

export interface SplitMarkdown {
  frontmatter: string | null;
  body: string;
}

/** Separate the YAML frontmatter (shown as-is) from the markdown body. */
export function splitFrontmatter(text: string): SplitMarkdown {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(src);
  if (!m) return { frontmatter: null, body: src };
  return { frontmatter: m[1] ?? '', body: src.slice(m[0].length) };
}

let hooked = false;
function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'class') {
      const kept = data.attrValue.split(/\s+/).filter((c) => LANGUAGE_CLASS.test(c));
      if (kept.length === 0) data.keepAttr = false;
      else data.attrValue = kept.join(' ');
    }
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function imagePlaceholder(doc: Document, img: HTMLImageElement): HTMLElement {
  const src = img.getAttribute('src');
  const alt = img.getAttribute('alt') ?? '';
  const host = src && /^https?:\/\//i.test(src) ? hostOf(src) : null;
  const box = doc.createElement('span');
  box.className = 'md-image-placeholder';
  if (!src || !host) {
    box.textContent = `Image not shown${alt ? `: “${alt}”` : ''} (only http(s) images can be loaded)`;
    return box;
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'md-image-consent';
  button.textContent = `Load image from host ${host}`;
  button.title = src;
  if (alt) button.setAttribute('aria-description', `image: ${alt}`);
  button.addEventListener('click', () => {
    const loaded = doc.createElement('img');
    loaded.alt = alt;
    loaded.referrerPolicy = 'no-referrer';
    loaded.loading = 'lazy';
    loaded.src = src;
    box.replaceWith(loaded);
  });
  box.append(button);
  return box;
}

function dropComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n);
  for (const n of found) n.parentNode?.removeChild(n);
}

/** Render untrusted markdown into an inert fragment. `headingOffset` shifts h1 → h(1+offset). */
export function renderMarkdown(markdown: string, headingOffset = 1): DocumentFragment {
  installHooks();
  const html = marked.parse(markdown, { async: false });
  const frag = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
    SAFE_FOR_XML: true,
    RETURN_DOM_FRAGMENT: true,
  });
  const doc = document;
  dropComments(frag);
  for (const a of Array.from(frag.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (href && /^(https?:|mailto:)/i.test(href))
      a.setAttribute('rel', 'nofollow noopener noreferrer ugc');
    else if (!href || !href.startsWith('#')) a.removeAttribute('href');
  }
  for (const img of Array.from(frag.querySelectorAll('img')))
    img.replaceWith(imagePlaceholder(doc, img));
  if (headingOffset > 0) {
    for (const h of Array.from(frag.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
      const level = Math.min(6, Number(h.tagName.slice(1)) + headingOffset);
      const next = doc.createElement(`h${level}`);
      next.append(...Array.from(h.childNodes));
      h.replaceWith(next);
    }
  }
  return frag;
}
