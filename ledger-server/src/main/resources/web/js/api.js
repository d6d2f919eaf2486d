// The page's one way to the API: JSON in, an Error carrying the server's message out.

/** GETs a JSON document from the API; `params` (an object) becomes the query string, empty values left out. */
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v).trim() !== '') query.set(k, String(v).trim());
  }
  const url = path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`${response.status} ${response.statusText}: not JSON`);
  }
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** An incident's killed estimate for lists, the map and filters: its 'all' figure, else its largest group. */
export function killedBest(incident) {
  let all = null;
  let most = null;
  for (const f of incident.figures || []) {
    if (f.category !== 'killed' || f.best === null || f.best === undefined) continue;
    if (f.group === 'all') all = f.best;
    most = most === null ? f.best : Math.max(most, f.best);
  }
  return all !== null ? all : most;
}
