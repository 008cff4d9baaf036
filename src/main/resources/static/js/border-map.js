/*
 * The map of Vietnam–Laos border-gate pairs on the home page. No tile server: the land is drawn from the
 * GeoJSON the platform ships (country and province outlines), so the map works offline. Gate markers come
 * from the reference module's GeoJSON; when that cannot be loaded the boundaries still show, with a notice.
 *
 * Translated words are not in this file: they come from the page (data-* attributes on the map element
 * and the legend's labels), which the server renders in the reader's language.
 */
(function () {
  'use strict';

  var element = document.getElementById('border-map');
  if (!element || typeof L === 'undefined') {
    return;
  }

  var TYPE_STYLE = {
    international: { color: '#7f1010', fillColor: '#c62828', radius: 9 },
    main: { color: '#0d3c75', fillColor: '#1565c0', radius: 7.5 },
    secondary: { color: '#1b5e20', fillColor: '#2e7d32', radius: 6 },
    planned: { color: '#6d6d6d', fillColor: '#ffffff', radius: 6 }
  };

  // Current provinces only: Vietnam's 34 since 1 July 2025 and Laos's 18.
  var CURRENT_PROVINCE_LEVELS = { province_2025: true, province: true };

  var map = L.map(element, {
    zoomSnap: 0.25,
    minZoom: 4,
    maxZoom: 12,
    attributionControl: true
  });
  map.attributionControl.addAttribution(element.dataset.attribution);
  // A first view before the outlines arrive: the border region.
  map.fitBounds([[13.9, 100.0], [22.5, 107.7]]);

  function getJson(url, accept) {
    return fetch(url, { headers: { Accept: accept }, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }
      return response.json();
    });
  }

  function show(id) {
    var notice = document.getElementById(id);
    if (notice) {
      notice.hidden = false;
    }
  }

  function legendLabel(attribute, value) {
    var item = document.querySelector('[' + attribute + '="' + value + '"] .legend-label');
    return item ? item.textContent : value;
  }

  function popupFor(properties) {
    var root = document.createElement('div');
    root.className = 'gate-popup';
    var title = document.createElement('div');
    title.className = 'gate-pair-name';
    title.textContent = (properties.vnGate || '?') + ' – ' + (properties.laoGate || '?');
    root.appendChild(title);
    var list = document.createElement('dl');
    function row(label, value, detail) {
      if (!value) {
        return;
      }
      var dt = document.createElement('dt');
      dt.textContent = label;
      var dd = document.createElement('dd');
      dd.textContent = value;
      if (detail) {
        var province = document.createElement('div');
        province.className = 'gate-province';
        province.textContent = detail;
        dd.appendChild(province);
      }
      list.appendChild(dt);
      list.appendChild(dd);
    }
    row(element.dataset.labelVn, properties.vnGate, properties.vnProvince);
    row(element.dataset.labelLao, properties.laoGate, properties.laoProvince);
    row(element.dataset.labelType, legendLabel('data-gate-type', properties.type));
    row(element.dataset.labelPrecision, legendLabel('data-gate-precision', properties.precision));
    root.appendChild(list);
    return root;
  }

  function markerFor(feature, latlng) {
    var properties = feature.properties || {};
    var style = TYPE_STYLE[properties.type] || TYPE_STYLE.secondary;
    var approximate = properties.precision === 'district';
    return L.circleMarker(latlng, {
      radius: style.radius,
      color: style.color,
      weight: 2,
      fillColor: style.fillColor,
      fillOpacity: approximate ? 0.45 : 0.9,
      dashArray: approximate ? '3 3' : null,
      className: 'gate-marker gate-' + (properties.type || 'unknown') + ' precision-' + (properties.precision || 'unknown')
    });
  }

  var boundaries = Promise.all([
    getJson(element.dataset.countriesUrl, 'application/geo+json, application/json'),
    getJson(element.dataset.provincesUrl, 'application/geo+json, application/json')
  ]).then(function (layers) {
    var countries = L.geoJSON(layers[0], {
      interactive: false,
      style: function (feature) {
        return {
          color: '#5d4037',
          weight: 1.5,
          fillColor: feature.properties.country === 'VN' ? '#fff6db' : '#e9f4e4',
          fillOpacity: 1
        };
      }
    }).addTo(map);
    L.geoJSON(layers[1], {
      interactive: false,
      filter: function (feature) {
        return CURRENT_PROVINCE_LEVELS[feature.properties.level] === true;
      },
      style: { color: '#8d8d8d', weight: 0.6, fill: false }
    }).addTo(map);
    // The countries again on top, unfilled, so that the international boundary is not hidden by provinces.
    L.geoJSON(layers[0], { interactive: false, style: { color: '#5d4037', weight: 1.8, fill: false } }).addTo(map);
    // Every gate pair lies on Laos's eastern boundary: Laos's extent frames them all, with Vietnam beside.
    var laos = countries.getLayers().filter(function (layer) {
      return layer.feature.properties.country === 'LA';
    });
    map.fitBounds((laos.length ? laos[0] : countries).getBounds(), { padding: [12, 12] });
    element.dataset.boundaries = 'loaded';
  }).catch(function () {
    element.dataset.boundaries = 'failed';
    show('map-boundaries-failed');
  });

  // Says why the map shows fewer markers than there are pairs: the pairs without any known coordinate.
  function explainUnplaced(drawn, collection) {
    var unplaced = collection.unplaced || [];
    var note = document.getElementById('map-unplaced');
    if (!note || !unplaced.length) {
      return;
    }
    var total = collection.pairCount || drawn + unplaced.length;
    note.textContent = note.dataset.template.replace('{0}', String(drawn)).replace('{1}', String(total))
      .replace('{2}', String(unplaced.length));
    note.hidden = false;
    var list = document.getElementById('map-unplaced-list');
    unplaced.forEach(function (pair) {
      var item = document.createElement('li');
      item.textContent = pair.vnGate + ' – ' + pair.laoGate;
      item.dataset.pairId = pair.pairId;
      list.appendChild(item);
    });
    list.hidden = false;
  }

  var gates = getJson(element.dataset.gatesUrl, 'application/geo+json, application/json;q=0.9').then(function (collection) {
    var layer = L.geoJSON(collection, {
      pointToLayer: markerFor,
      onEachFeature: function (feature, marker) {
        marker.bindPopup(function () {
          return popupFor(feature.properties || {});
        });
      }
    });
    return boundaries.then(function () {
      layer.addTo(map);
      document.getElementById('map-gate-count').textContent = String(layer.getLayers().length);
      explainUnplaced(layer.getLayers().length, collection);
      element.dataset.gates = 'loaded';
    });
  }).catch(function () {
    element.dataset.gates = 'failed';
    show('map-gates-failed');
  });

  // The other modules' layers (parks and zones, infrastructure projects…), listed by the page in its legend:
  // each is fetched on its own, so that one failing leaves the rest of the map as it is.
  function layerPopup(properties, link) {
    var root = document.createElement('div');
    root.className = 'layer-popup';
    var title = document.createElement('div');
    title.className = 'gate-pair-name';
    title.textContent = properties.name || '?';
    root.appendChild(title);
    if (properties.detail) {
      var detail = document.createElement('div');
      detail.textContent = properties.detail;
      root.appendChild(detail);
    }
    if (properties.href && properties.href.charAt(0) === '/' && properties.href.charAt(1) !== '/') {
      var anchor = document.createElement('a');
      anchor.href = properties.href;
      anchor.textContent = link;
      root.appendChild(anchor);
    }
    return root;
  }

  var layers = Array.prototype.map.call(document.querySelectorAll('#legend-layers .map-layer'), function (item) {
    var colour = item.dataset.layerColour;
    return getJson(item.dataset.layerUrl, 'application/geo+json, application/json;q=0.9').then(function (collection) {
      var layer = L.geoJSON(collection, {
        filter: function (feature) {
          return feature.geometry && feature.geometry.type === 'Point';
        },
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {
            radius: 6,
            color: '#212529',
            weight: 1.5,
            fillColor: colour,
            fillOpacity: 0.9,
            className: 'layer-marker layer-' + item.dataset.layerId
          });
        },
        onEachFeature: function (feature, marker) {
          marker.bindPopup(function () {
            return layerPopup(feature.properties || {}, element.dataset.labelOpen);
          });
        }
      });
      return boundaries.then(function () {
        layer.addTo(map);
        item.querySelector('.map-layer-count').textContent = String(layer.getLayers().length);
        item.querySelector('.map-layer-toggle').addEventListener('change', function (event) {
          if (event.target.checked) {
            layer.addTo(map);
          } else {
            map.removeLayer(layer);
          }
        });
        item.dataset.layer = 'loaded';
      });
    }).catch(function () {
      item.dataset.layer = 'failed';
      item.querySelector('.map-layer-failed').hidden = false;
      item.querySelector('.map-layer-toggle').disabled = true;
    });
  });

  Promise.all([boundaries, gates].concat(layers)).then(function () {
    element.dataset.ready = 'true';
  });
}());
