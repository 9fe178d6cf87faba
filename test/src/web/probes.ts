/// <reference lib="dom" />
/**
 * Functions that run inside the page (passed to `locator.evaluate` / `page.evaluate`); they see
 * the DOM, never Node. Kept here so only this file needs the DOM typings.
 */

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
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
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

export function cardCount(): number {
  return document.querySelectorAll('.card').length;
}

export function isInViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight;
}
