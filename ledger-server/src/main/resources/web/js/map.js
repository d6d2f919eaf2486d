// The map: country outlines from the packaged world-atlas TopoJSON (no tile server) and one circle per placed
// incident, sized by its killed estimate. Tooltips are DOM nodes built with textContent, never HTML strings.
import { el, words } from './dom.js';
import { killedBest } from './api.js';

const L = window.L;

/** Creates the map in `container`; `onSelect(id)` is called when an incident's circle is clicked. */
export async function createMap(container, onSelect) {
  const map = L.map(container, { worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth via world-atlas');
  map.setView([30, 20], 2);
  const response = await fetch('/vendor/countries-110m.json');
  const world = await response.json();
  const countries = window.topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, {
    interactive: false,
    style: { color: '#8a8a80', weight: 0.6, fillColor: '#efece3', fillOpacity: 1 },
  }).addTo(map);
  const markers = L.layerGroup().addTo(map);

  return {
    /** Shows these incidents (those without coordinates are left off) and fits the view to them. */
    show(incidents) {
      markers.clearLayers();
      const points = [];
      for (const incident of incidents) {
        if (incident.lat === null || incident.lon === null || incident.lat === undefined) continue;
        const killed = killedBest(incident);
        const marker = L.circleMarker([incident.lat, incident.lon], {
          radius: 4 + Math.min(16, Math.sqrt(killed || 0)),
          color: '#7a1f1f',
          weight: 1,
          fillColor: incident.grade === 'contested' ? '#d9822b' : '#b33a3a',
          fillOpacity: 0.55,
          className: 'incident-marker',
        });
        marker.bindTooltip(el('span', {},
          el('strong', {}, words(incident.event_type)), ' ',
          incident.location || '', incident.date_start ? ' · ' + incident.date_start : '',
          killed !== null ? ' · ' + killed + ' killed' : ''));
        marker.on('click', () => onSelect(incident.id));
        marker.addTo(markers);
        points.push([incident.lat, incident.lon]);
      }
      if (points.length > 0) {
        map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 6 });
      }
    },
    /** Recomputes the map's size after its container changed. */
    resize() {
      map.invalidateSize();
    },
  };
}
