// The timeline: killed per day split by group, one bar per (day, group) on a time axis, log scale so one large
// toll does not flatten the others. Built as SVG nodes; labels are text nodes.
import { svg, el, clear } from './dom.js';

export const GROUPS = ['all', 'civilians', 'combatants', 'children', 'women', 'unknown'];
const DAY = 86400000;

/** Killed per (day, group) over the dated incidents: [{day, group, killed, incidents}], by day. */
export function killedPerDay(incidents) {
  const sums = new Map();
  for (const incident of incidents) {
    if (!incident.date_start) continue;
    for (const f of incident.figures || []) {
      if (f.category !== 'killed' || f.best === null || f.best === undefined) continue;
      const key = incident.date_start + '|' + f.group;
      const s = sums.get(key) || { day: incident.date_start, group: f.group, killed: 0, incidents: 0 };
      s.killed += f.best;
      s.incidents += 1;
      sums.set(key, s);
    }
  }
  return [...sums.values()].sort((a, b) => a.day.localeCompare(b.day) || GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group));
}

/** Draws the timeline of these incidents into `container`. */
export function drawTimeline(container, incidents) {
  clear(container);
  const rows = killedPerDay(incidents);
  if (rows.length === 0) {
    container.append(el('p', { class: 'empty' }, 'No dated incident with a killed figure matches.'));
    return;
  }
  const width = 640, height = 260, left = 48, right = 12, top = 12, bottom = 40;
  const t = (day) => Date.parse(day + 'T00:00:00Z');
  let t0 = t(rows[0].day) - DAY, t1 = t(rows[rows.length - 1].day) + DAY;
  const x = (day) => left + (t(day) - t0) / (t1 - t0) * (width - left - right);
  const max = Math.max(...rows.map((r) => r.killed));
  const ly = (v) => Math.log10(1 + v) / Math.log10(1 + max);
  const y = (v) => height - bottom - ly(v) * (height - top - bottom);
  const present = GROUPS.filter((g) => rows.some((r) => r.group === g));
  const barWidth = 6;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline-chart', role: 'img',
    'aria-label': 'Killed per day, by group' });
  chart.append(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  chart.append(svg('line', { x1: left, x2: left, y1: top, y2: height - bottom, class: 'axis' }));
  for (let v = 1; v <= max * 10; v *= 10) {
    const tick = Math.min(v, max);
    chart.append(svg('line', { x1: left - 4, x2: width - right, y1: y(tick), y2: y(tick), class: 'grid' }));
    chart.append(svg('text', { x: left - 6, y: y(tick) + 4, class: 'tick', 'text-anchor': 'end' }, String(tick)));
    if (tick === max) break;
  }
  let lastLabel = -Infinity;
  for (const day of new Set(rows.map((r) => r.day))) {
    if (x(day) - lastLabel < 72) continue; // labels never overlap
    lastLabel = x(day);
    chart.append(svg('text', { x: x(day), y: height - bottom + 16, class: 'tick', 'text-anchor': 'middle' }, day));
  }
  for (const r of rows) {
    const offset = (present.indexOf(r.group) - (present.length - 1) / 2) * barWidth;
    const bar = svg('rect', {
      x: x(r.day) + offset - barWidth / 2, y: y(r.killed), width: barWidth,
      height: Math.max(1, height - bottom - y(r.killed)), class: 'bar group-' + r.group,
      'data-day': r.day, 'data-group': r.group, 'data-killed': r.killed,
    });
    bar.append(svg('title', {}, `${r.day}: ${r.killed} killed (${r.group}), ${r.incidents} incident(s)`));
    chart.append(bar);
  }
  container.append(chart);
  container.append(el('ul', { class: 'legend' },
    present.map((g) => el('li', {}, el('span', { class: 'swatch group-' + g }), g))));
  container.append(el('p', { class: 'note' }, 'Log scale. Undated incidents are left out.'));
}
