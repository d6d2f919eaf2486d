// The incident view: reconciled figures, the claims side by side with their sources, the toll history, and each
// article's text with every claim's evidence [start, end) wrapped in a <mark>. Article data only ever reaches the
// page as text nodes.
import { el, clear, safeLink, words } from './dom.js';
import { getJson } from './api.js';

const QUALIFIER = { exact: '', at_least: '≥ ', more_than: '> ', up_to: '≤ ', about: '~ ', vague: '' };

function figure(claim) {
  if (claim.value === null || claim.value === undefined) return 'many';
  return (QUALIFIER[claim.qualifier] ?? '') + claim.value;
}

function badge(kind, text, title) {
  return el('span', { class: 'badge ' + kind, title }, text);
}

/** The incident's badges: grade, conflicting figures, disputed perpetrator. */
export function badges(incident) {
  const list = [badge('grade grade-' + incident.grade, words(incident.grade), 'how well independent sources support it')];
  if ((incident.figures || []).some((f) => f.conflict)) {
    list.push(badge('conflict', 'conflicting figures', 'credible sources disagree beyond their qualifiers'));
  }
  if (incident.disputed_perpetrator) {
    list.push(badge('disputed', 'disputed perpetrator', 'reports blame different actors or deny the attribution'));
  }
  return list;
}

/**
 * Splits `text` into text nodes and <mark> elements, one per evidence span. Spans are clipped to the text;
 * where spans overlap, the later one starts where the earlier ended. Each span: {start, end, id, title, claim}.
 */
export function highlight(text, spans) {
  const sorted = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, s.start);
    if (s.end <= start) continue;
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    nodes.push(el('mark', { class: 'evidence', id: s.id, title: s.title, dataset: { claim: s.claim } },
      text.slice(start, s.end)));
    at = s.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function claimsOf(incident) {
  const rows = [];
  incident.reports.forEach((report, r) => {
    (report.mention.claims || []).forEach((claim, c) => {
      rows.push({ report, claim, key: `${r}-${c}`, anchor: `evidence-${r}-${c}` });
    });
  });
  const order = (row) => `${row.claim.category}|${row.claim.group}`;
  return rows.sort((a, b) => order(a).localeCompare(order(b)));
}

function figuresTable(incident) {
  return el('table', { class: 'figures' },
    el('thead', {}, el('tr', {}, ['Category', 'Group', 'Low', 'Best', 'High', 'Rule', 'Claims', 'Sources', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, incident.figures.map((f) => el('tr', { class: f.conflict ? 'conflict' : null },
      el('td', {}, f.category), el('td', {}, f.group),
      el('td', { class: 'num low' }, f.low ?? '–'), el('td', { class: 'num best' }, f.best ?? '–'),
      el('td', { class: 'num high' }, f.high ?? '–'), el('td', {}, f.rule),
      el('td', { class: 'num' }, f.claims), el('td', { class: 'num' }, f.sources),
      el('td', {}, f.conflict ? badge('conflict', 'conflict', 'sources disagree') : '')))));
}

function claimsTable(rows) {
  return el('table', { class: 'claims' },
    el('thead', {}, el('tr', {}, ['Figure', 'Killed/injured', 'Source', 'Article', 'Published', 'Evidence'].map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map(({ report, claim, key, anchor }) => el('tr', { dataset: { claim: key } },
      el('td', { class: 'num' }, figure(claim)),
      el('td', {}, `${claim.category} · ${claim.group}`),
      el('td', { class: 'source' }, claim.source),
      el('td', { class: 'report-article' }, report.outlet ? `${report.outlet} · ${report.article_id}` : report.article_id),
      el('td', {}, report.published || '–'),
      el('td', {}, el('a', { href: '#' + anchor, class: 'to-evidence', on: { click: (e) => {
        e.preventDefault();
        const mark = document.getElementById(anchor);
        if (mark) {
          mark.scrollIntoView({ block: 'center' });
          mark.classList.add('flash');
          setTimeout(() => mark.classList.remove('flash'), 1200);
        }
      } } }, claim.evidence))))));
}

function historyList(incident) {
  if (!incident.history.length) return el('p', { class: 'empty' }, 'No toll history.');
  return el('ol', { class: 'history' }, incident.history.map((p) =>
    el('li', {}, `${p.date || 'undated'}: ${p.category} ${p.group} ${p.best ?? '–'} (after ${p.article_id})`)));
}

async function evidenceSection(incident, rows) {
  const section = el('section', { class: 'evidence-panel' }, el('h3', {}, 'Evidence in the articles'));
  const byArticle = new Map();
  for (const row of rows) {
    const list = byArticle.get(row.report.article_id) || [];
    list.push(row);
    byArticle.set(row.report.article_id, list);
  }
  for (const report of incident.reports) {
    if (!byArticle.has(report.article_id)) byArticle.set(report.article_id, []);
  }
  for (const [articleId, claimRows] of byArticle) {
    const box = el('article', { class: 'article', dataset: { article: articleId } });
    section.append(box);
    let stored;
    try {
      stored = await getJson('/api/articles/' + encodeURIComponent(articleId));
    } catch (e) {
      box.append(el('p', { class: 'error' }, `Article ${articleId}: ${e.message}`));
      continue;
    }
    const a = stored.article;
    const text = a.text;
    const mismatches = claimRows.filter(({ claim }) => text.slice(claim.start, claim.end) !== claim.evidence);
    box.append(
      el('h4', { class: 'article-title' }, a.title || a.id),
      el('p', { class: 'article-meta' }, [a.outlet, a.published, stored.copy_of ? 'copy of ' + stored.copy_of : null]
        .filter(Boolean).join(' · '), a.url ? ' · ' : '', a.url ? safeLink(a.url) : ''),
      mismatches.length ? el('p', { class: 'warning' }, `${mismatches.length} evidence span(s) do not match the stored text`) : '',
      el('div', { class: 'article-text' }, highlight(text, claimRows.map(({ claim, anchor, key }) => ({
        start: claim.start, end: claim.end, id: anchor, claim: key,
        title: `${claim.source}: ${claim.category} ${claim.group} ${figure(claim)}`,
      })))));
  }
  return section;
}

/** Shows one incident in `container`, fetching it and its articles. */
export async function showIncident(container, id) {
  clear(container);
  delete container.dataset.ready;
  container.hidden = false;
  const incident = await getJson('/api/incidents/' + encodeURIComponent(id));
  const rows = claimsOf(incident);
  const place = [incident.location, incident.admin1, incident.country].filter(Boolean).join(', ');
  const dates = incident.date_start
    ? incident.date_start + (incident.date_end && incident.date_end !== incident.date_start ? ' – ' + incident.date_end : '')
    : 'undated';
  container.dataset.incident = incident.id;
  container.append(
    el('button', { type: 'button', class: 'close', on: { click: () => { container.hidden = true; history.replaceState(null, '', location.pathname + location.search); } } }, 'Close'),
    el('h2', { class: 'incident-title' }, words(incident.event_type), place ? ' — ' + place : ''),
    el('p', { class: 'badges' }, badges(incident)),
    el('dl', { class: 'meta' },
      el('dt', {}, 'Date'), el('dd', {}, dates),
      el('dt', {}, 'Place'), el('dd', {}, place || 'unknown',
        incident.lat !== null && incident.lat !== undefined ? ` (${incident.lat.toFixed(3)}, ${incident.lon.toFixed(3)}; ${incident.geo_precision || '?'})` : ''),
      el('dt', {}, 'Perpetrators'), el('dd', { class: 'perpetrators' }, incident.perpetrators.length ? incident.perpetrators.join(', ') : 'not named'),
      el('dt', {}, 'Reports'), el('dd', {}, String(incident.reports.length)),
      el('dt', {}, 'Id'), el('dd', { class: 'incident-id' }, incident.id)),
    el('h3', {}, 'Reconciled figures'),
    incident.figures.length ? figuresTable(incident) : el('p', { class: 'empty' }, 'No figures.'),
    el('h3', {}, 'Claims and their sources'),
    rows.length ? claimsTable(rows) : el('p', { class: 'empty' }, 'No claims.'),
    el('h3', {}, 'Toll history'),
    historyList(incident));
  container.append(await evidenceSection(incident, rows));
  container.dataset.ready = 'true';
  return incident;
}
