/**
 * Functions that run inside the page (passed to `locator.evaluate` / `page.evaluate`); they see
 * the DOM, never Node. The few DOM types they use are declared here, module-local, so the test
 * package does not switch on `lib: dom` for everyone (it changes `fetch` body types in Node code).
 */

interface Rect {
  top: number;
  width: number;
  height: number;
}
interface StyleDecl {
  color: string;
  backgroundColor: string;
  backgroundImage: string;
  visibility: string;
  display: string;
  fontSize: string;
  fontWeight: string;
  outlineStyle: string;
  outlineWidth: string;
}
interface DomNode {
  nodeType: number;
  textContent: string | null;
}
interface Element extends DomNode {
  tagName: string;
  innerHTML: string;
  outerHTML: string;
  className: string;
  parentElement: Element | null;
  childNodes: ArrayLike<DomNode>;
  labels?: ArrayLike<Element> | null;
  querySelector(sel: string): Element | null;
  querySelectorAll(sel: string): ArrayLike<Element>;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  hasAttribute(name: string): boolean;
  matches(sel: string): boolean;
  getBoundingClientRect(): Rect;
}
interface TreeWalker {
  nextNode(): DomNode | null;
}
declare const document: {
  activeElement: Element | null;
  documentElement: Element & { scrollWidth: number; clientWidth: number };
  querySelector(sel: string): Element | null;
  querySelectorAll(sel: string): ArrayLike<Element>;
  createTreeWalker(root: Element, what: number): TreeWalker;
};
declare const window: { innerHeight: number };
declare const navigator: { clipboard: { readText(): Promise<string> } };
declare function getComputedStyle(el: Element): StyleDecl;
// NodeFilter.SHOW_COMMENT and Node.TEXT_NODE are written as numbers below: the page evaluates
// only each function's own source, so nothing from this module's scope is available there.

export interface InertReport {
  html: string;
  active: number;
  handlers: string[];
  styled: number;
  badUrls: string[];
  comments: boolean;
  borrowedClasses: string[];
  globals: string[];
}

/** Everything in `root` that could run code, load something or restyle the page. */
export function inertReport(root: Element): InertReport {
  const all = Array.from(root.querySelectorAll('*'));
  const walker = document.createTreeWalker(root, 0x80 /* SHOW_COMMENT */);
  return {
    html: root.innerHTML,
    active: root.querySelectorAll('script, iframe, object, embed, style, form, link, meta, base')
      .length,
    handlers: all.flatMap((el) =>
      el.getAttributeNames().filter((a) => a.toLowerCase().startsWith('on')),
    ),
    styled: all.filter((el) => el.hasAttribute('style')).length,
    badUrls: all
      .flatMap((el) => [el.getAttribute('href'), el.getAttribute('src'), el.getAttribute('action')])
      .filter((h): h is string => h !== null && /^\s*(javascript|data|vbscript):/i.test(h)),
    comments: walker.nextNode() !== null,
    borrowedClasses: all
      .map((el) => el.getAttribute('class') ?? '')
      .filter((c) => /badge|signed|card/.test(c)),
    globals: Object.keys(window).filter((k) => k.startsWith('__sg')),
  };
}

export function trapGlobals(): string[] {
  return Object.keys(window).filter((k) => k.startsWith('__sg'));
}

/** for `page.waitForFunction(cardCountIs, n)` (a function, not a string: the page's CSP forbids eval) */
export function cardCountIs(n: number): boolean {
  return document.querySelectorAll('.card').length === n;
}

export function firstCardIs(name: string): boolean {
  return document.querySelector('.card h3')?.textContent === name;
}

export function isInViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight;
}

export interface ContrastProblem {
  text: string;
  ratio: number;
  needed: number;
}

/**
 * WCAG AA text contrast of every visible element holding text (4.5:1, 3:1 for large text).
 * Self-contained: Playwright sends only this function's source to the page.
 */
export function contrastProblems(root: Element): ContrastProblem[] {
  type Rgba = [number, number, number, number];
  const parseColor = (c: string): Rgba | null => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m?.[1]) return null;
    const p = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
  };
  const luminance = ([r, g, b]: Rgba): number => {
    const f = (v: number) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  // the first opaque background behind an element; gradients and images are skipped as unknown
  const backgroundOf = (el: Element): Rgba | null => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const st = getComputedStyle(e);
      if (st.backgroundImage !== 'none') return null;
      const c = parseColor(st.backgroundColor);
      if (c && c[3] >= 0.99) return c;
    }
    return [255, 255, 255, 1];
  };
  const out: ContrastProblem[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3 /* TEXT_NODE */)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!own) continue;
    const st = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (st.visibility === 'hidden' || st.display === 'none' || rect.width <= 1 || rect.height <= 1)
      continue;
    if (el.matches(':disabled')) continue; // WCAG exempts disabled controls
    const fg = parseColor(st.color);
    const bg = backgroundOf(el);
    if (!fg || !bg) continue;
    const l1 = luminance(fg);
    const l2 = luminance(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const px = parseFloat(st.fontSize);
    const needed = px >= 24 || (Number(st.fontWeight) >= 700 && px >= 18.66) ? 3 : 4.5;
    if (ratio < needed)
      out.push({ text: own.slice(0, 40), ratio: Math.round(ratio * 100) / 100, needed });
  }
  return out;
}

/** Form controls without an accessible name (label, aria-label or aria-labelledby). */
export function unlabeledControls(): string[] {
  const controls = Array.from(document.querySelectorAll('input, select, textarea, button'));
  return controls
    .filter((c) => {
      if (c.getAttribute('aria-label') || c.getAttribute('aria-labelledby')) return false;
      if (c.tagName === 'BUTTON') return !(c.textContent ?? '').trim();
      const labels = c.labels;
      return !labels || labels.length === 0;
    })
    .map((c) => c.outerHTML.slice(0, 80));
}

export function landmarks(): {
  main: number;
  banner: number;
  nav: number;
  contentinfo: number;
  h1: number;
} {
  return {
    main: document.querySelectorAll('main').length,
    banner: document.querySelectorAll('body header.site-header').length,
    nav: document.querySelectorAll('nav').length,
    contentinfo: document.querySelectorAll('footer.site-footer').length,
    h1: document.querySelectorAll('h1').length,
  };
}

/** What the focused element looks like: its tag, name and whether the focus ring shows. */
export function focusState(): { tag: string; text: string; outline: string } {
  const el = document.activeElement;
  if (!el) return { tag: '', text: '', outline: '' };
  const s = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
    outline: `${s.outlineStyle} ${s.outlineWidth}`,
  };
}

/** WCAG 1.4.10 reflow: nothing makes the page scroll sideways. */
export function horizontalOverflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

export function readClipboard(): Promise<string> {
  return navigator.clipboard.readText();
}
