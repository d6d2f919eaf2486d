// Wires the page: the filter bar drives one listing request whose incidents feed the map, the timeline and the
// list; choosing an incident (circle or row) opens its view. The open incident is kept in the address (#id).
import { el, clear, words } from './dom.js';
import { getJson, killedBest } from './api.js';
import { createMap } from './map.js';
import { drawTimeline } from './timeline.js';
import { showIncident, badges } from './incident.js';

/** Most incidents the page lists, maps and charts at once. */
const PAGE = 1000;

const form = document.getElementById('filters');
const errorBox = document.getElementById('error');
const tbody = document.querySelector('#incidents tbody');
const count = document.getElementById('count');
const incidentPanel = document.getElementById('incident');
let map = null;

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = !message;
}

function filters() {
  const params = {};
  for (const [k, v] of new FormData(form).entries()) params[k] = v;
  return params;
}

async function open(id) {
  try {
    history.replaceState(null, '', '#' + encodeURIComponent(id));
    await showIncident(incidentPanel, id);
    incidentPanel.scrollIntoView({ block: 'start' });
  } catch (e) {
    showError(`Incident ${id}: ${e.message}`);
  }
}

function row(incident) {
  const killed = killedBest(incident);
  return el('tr', { dataset: { id: incident.id }, tabindex: 0, on: {
    click: () => open(incident.id),
    keydown: (e) => { if (e.key === 'Enter') open(incident.id); },
  } },
  el('td', {}, incident.date_start || '–'),
  el('td', {}, words(incident.event_type)),
  el('td', {}, [incident.location, incident.country].filter(Boolean).join(', ') || '–'),
  el('td', {}, incident.perpetrators.join(', ') || '–'),
  el('td', { class: 'num' }, killed ?? '–'),
  el('td', {}, badges(incident)));
}

async function load() {
  showError('');
  document.body.dataset.loading = 'true';
  try {
    const page = await getJson('/api/incidents', { ...filters(), limit: PAGE });
    clear(tbody).append(...page.incidents.map(row));
    count.textContent = page.total > page.incidents.length
      ? `(${page.incidents.length} of ${page.total})` : `(${page.total})`;
    drawTimeline(document.getElementById('timeline'), page.incidents);
    if (map) map.show(page.incidents);
  } catch (e) {
    showError(e.message);
  } finally {
    document.body.dataset.loading = 'false';
  }
}

async function stats() {
  try {
    const s = await getJson('/api/stats');
    const span = s.first ? ` · ${s.first} – ${s.last}` : '';
    document.getElementById('stats').textContent =
      `${s.incidents} incidents · ${s.articles} articles · ${s.claims} claims · ${s.killed_best} killed (best estimates)${span}`;
  } catch (e) {
    showError(e.message);
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  load();
});
form.addEventListener('reset', () => setTimeout(load, 0));

async function start() {
  try {
    map = await createMap(document.getElementById('map'), open);
  } catch (e) {
    showError('Map: ' + e.message);
  }
  await Promise.all([stats(), load()]);
  if (location.hash.length > 1) await open(decodeURIComponent(location.hash.slice(1)));
  document.body.dataset.ready = 'true';
}

start();
