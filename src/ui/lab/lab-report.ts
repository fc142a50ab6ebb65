/**
 * The lab's results as one self-contained HTML file to hand out or mail: the results section as it stands on screen,
 * each chart turned into an image, buttons and the dot plot's controls left out, the lab's own styles inlined (with
 * their print rules, so the file prints as the page does). No script: it opens anywhere, offline.
 */
import css from './lab.css?inline';

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const labReportHtml = (results: HTMLElement, title: string, link: string): string => {
  const copy = results.cloneNode(true) as HTMLElement;
  // Charts are canvases: the copy gets each one's picture.
  const canvases = [...results.querySelectorAll('canvas')];
  [...copy.querySelectorAll('canvas')].forEach((c, i) => {
    const img = document.createElement('img');
    const from = canvases[i];
    img.src = from ? from.toDataURL('image/png') : '';
    img.alt = c.getAttribute('aria-label') ?? '';
    img.style.width = '100%';
    img.style.height = '100%';
    img.style.objectFit = 'contain';
    c.replaceWith(img);
  });
  for (const el of copy.querySelectorAll('.no-print, button, select')) el.remove();
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif}${css}
#lab{position:static;overflow:visible}</style></head>
<body><div id="lab"><div class="wrap">
<header class="lab-header"><div><h1>What-if lab: ${escapeHtml(title)}</h1>
<p class="lede">Made ${escapeHtml(when)} UTC by Khalkhin Gol 1939. The same games again: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p></div></header>
<section id="lab-results">${copy.innerHTML}</section>
</div></div></body></html>
`;
};
