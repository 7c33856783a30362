// The baseline: the same charts built "the plain way", with the UMD builds of vega, vega-lite
// and vega-embed as globals. Each chart fetches its own data file (once per chart, no cache),
// turns the JSON-stat cube into rows with a small plain function and calls vegaEmbed with an
// equivalent Vega-Lite spec. No lazy loading, no custom elements. Marks go to window.__bench.
/* global vegaEmbed */
(function () {
  'use strict';
  var bench = window.__bench;
  var DATA = {
    // The same (minified) files the library fetches, so both sides download the same data.
    rate: '/dist/data-contracts/datasets/pasientrate-2019.json',
    projection: '/dist/data-contracts/datasets/framskriving-dogn-poliklinikk.json',
    arsverk: '/dist/data-contracts/datasets/arsverk-2023.json',
  };
  var COLORS = ['#1e5a96', '#a84b14', '#2e7d32', '#6a1b9a', '#00838f'];
  var nf0 = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
  var locale = { number: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] } };
  var config = { locale: locale, view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' } };

  /** The category ids of a dimension in cube order. */
  function ids(dim) {
    var idx = dim.category.index;
    if (!idx) return Object.keys(dim.category.label || {});
    if (Array.isArray(idx)) return idx;
    return Object.keys(idx).sort(function (a, b) { return idx[a] - idx[b]; });
  }

  /** JSON-stat 2.0 dataset → one row per cell: { <dim>: id, …, value, status }. */
  function toRows(ds) {
    var dims = ds.id;
    var cats = dims.map(function (d) { return ids(ds.dimension[d]); });
    var n = ds.size.reduce(function (a, b) { return a * b; }, 1);
    var rows = new Array(n);
    for (var i = 0; i < n; i++) {
      var row = {};
      var rest = i;
      for (var k = dims.length - 1; k >= 0; k--) {
        row[dims[k]] = cats[k][rest % ds.size[k]];
        rest = Math.floor(rest / ds.size[k]);
      }
      var v = Array.isArray(ds.value) ? ds.value[i] : ds.value[i];
      row.value = v === undefined ? null : v;
      row.status = ds.status ? (Array.isArray(ds.status) ? ds.status[i] : ds.status[i]) || null : null;
      rows[i] = row;
    }
    return rows;
  }

  function label(ds, dim, id) {
    return ds.dimension[dim].category.label[id] || id;
  }

  function parentOf(child, id) {
    for (var p in child) if (child[p].indexOf(id) >= 0) return p;
    return null;
  }

  /** Horizontal bars with value labels, the highlighted unit in another colour, a labelled national rule. */
  function barSpec(description, unit, bars, national) {
    var layer = [
      {
        mark: { type: 'bar', height: { band: 0.72 } },
        encoding: {
          y: { field: 'label', type: 'nominal', sort: null, axis: { title: null, labelLimit: 200 } },
          x: { field: 'value', type: 'quantitative', title: unit, axis: { format: ',.0f', tickCount: 6 } },
          color: { condition: { test: 'datum.highlight', value: '#a84b14' }, value: '#1e5a96' },
          tooltip: [{ field: 'label', title: 'Navn' }, { field: 'display', title: unit }],
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
        encoding: {
          y: { field: 'label', type: 'nominal', sort: null },
          x: { field: 'value', type: 'quantitative' },
          text: { field: 'display' },
        },
      },
    ];
    if (national !== null) {
      var ref = [{ value: national, label: 'Landet: ' + nf0.format(national) }];
      layer.push(
        { data: { values: ref }, mark: { type: 'rule', strokeWidth: 2, strokeDash: [6, 4], color: '#1c1c1c' }, encoding: { x: { field: 'value', type: 'quantitative' } } },
        { data: { values: ref }, mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, fontWeight: 'bold' }, encoding: { x: { field: 'value', type: 'quantitative' }, y: { value: -4 }, text: { field: 'label' } } },
      );
    }
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: description,
      width: 'container',
      height: { step: 22 },
      padding: { top: 18, right: 80, bottom: 4, left: 4 },
      autosize: { type: 'fit-x', contains: 'padding' },
      data: { values: bars },
      layer: layer,
      config: config,
    };
  }

  /** <hf-pasientrate kommune=…>: the helsefellesskap against Norway, the kommune's own highlighted. */
  function rateSpec(ds, opts) {
    var geo = ds.role.geo[0];
    var cat = ds.dimension[geo].category;
    var level = (ds.dimension[geo].extension || {}).hi ? ds.dimension[geo].extension.hi.level : {};
    var mine = opts.kommune ? parentOf(cat.child || {}, opts.kommune) : null;
    var rows = toRows(ds);
    var bars = [];
    var national = null;
    var metric = ds.role.metric[0];
    var unit = ds.dimension[metric].category.unit[ids(ds.dimension[metric])[0]].label;
    rows.forEach(function (r) {
      if (r[geo] === '0') national = r.value;
      else if (level[r[geo]] === 'helsefellesskap')
        bars.push({ label: label(ds, geo, r[geo]), value: r.value, display: r.value === null ? r.status || '..' : nf0.format(r.value), highlight: r[geo] === mine });
    });
    return barSpec(ds.label, unit, bars, national);
  }

  /** <arsverk-tabell kommune=… view=chart>: the kommune and its fylke against Norway, per 10 000. */
  function arsverkSpec(ds, opts) {
    var geo = ds.role.geo[0];
    var metric = 'per10000-alle';
    var child = ds.dimension[geo].category.child || {};
    var wanted = [opts.kommune, parentOf(child, opts.kommune)];
    var byGeo = {};
    toRows(ds).forEach(function (r) {
      if (r[ds.role.metric[0]] === metric) byGeo[r[geo]] = r.value;
    });
    var bars = wanted.filter(Boolean).map(function (id) {
      var v = byGeo[id] === undefined ? null : byGeo[id];
      return { label: label(ds, geo, id), value: v, display: v === null ? '..' : nf0.format(v), highlight: id === opts.kommune };
    });
    var unit = ds.dimension[ds.role.metric[0]].category.unit[metric].label;
    return barSpec(ds.label, unit, bars, byGeo['0'] === undefined ? null : byGeo['0']);
  }

  /** <framskriving-chart region=…>: liggedøgn per service, observed to projected (trend), or the steps. */
  function projectionSpec(ds, opts) {
    var geo = ds.role.geo[0];
    var time = ds.role.time[0];
    var metric = ds.role.metric[0];
    var cfg = ds.extension.hi.projection;
    var measure = cfg.steps[0].measure;
    var region = opts.region || '0';
    var cell = {};
    toRows(ds).forEach(function (r) {
      if (r[geo] === region) cell[r.tjeneste + '|' + r[time] + '|' + r[metric]] = r.value;
    });
    var at = function (s, t, m) { var v = cell[s + '|' + t + '|' + m]; return v === undefined ? null : v; };
    var child = ds.dimension.tjeneste.category.child || {};
    var expand = function (s) {
      return at(s, cfg.basePeriod, measure) !== null ? [s] : (child[s] || []).reduce(function (a, c) { return a.concat(expand(c)); }, []);
    };
    var services = expand(ids(ds.dimension.tjeneste)[0]);
    var unit = ds.dimension[metric].category.unit[measure].label;
    var svcLabel = function (s) { return label(ds, 'tjeneste', s).replace(/\s*\(.*\)\s*$/, ''); };
    var base = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', description: ds.label, config: config, padding: { top: 8, right: 16, bottom: 4, left: 4 } };
    if (opts.variant !== 'steps') {
      var points = [];
      services.forEach(function (s) {
        ids(ds.dimension[time]).forEach(function (t) {
          var v = at(s, t, measure);
          if (v !== null) points.push({ service: svcLabel(s), year: Number(t), value: v, display: nf0.format(v), kind: t > cfg.basePeriod ? 'Framskrevet' : 'Faktisk' });
        });
      });
      var x = { field: 'year', type: 'quantitative', title: null, axis: { format: 'd', values: points.map(function (p) { return p.year; }) }, scale: { zero: false, nice: false } };
      var y = { field: 'value', type: 'quantitative', title: unit, axis: { format: ',.0f' }, scale: { zero: true } };
      var color = { field: 'service', type: 'nominal', title: null, scale: { range: COLORS } };
      return Object.assign(base, {
        width: 'container',
        height: 300,
        autosize: { type: 'fit-x', contains: 'padding' },
        data: { values: points },
        layer: [
          { mark: { type: 'line', strokeWidth: 2.5, strokeDash: [6, 4] }, encoding: { x: x, y: y, color: color } },
          { mark: { type: 'point', size: 90, filled: true }, encoding: { x: x, y: y, color: color, shape: { field: 'service', type: 'nominal', title: null }, tooltip: [{ field: 'service' }, { field: 'year' }, { field: 'display', title: unit }] } },
          { mark: { type: 'text', dy: -12, fontSize: 11 }, encoding: { x: x, y: y, text: { field: 'display' } } },
        ],
      });
    }
    // Steps: a waterfall per service from the base year through each component to the projection.
    var step = cfg.steps[0];
    var values = [];
    services.forEach(function (s) {
      var level = at(s, cfg.basePeriod, measure);
      if (level === null) return;
      var order = 0;
      values.push({ service: svcLabel(s), order: order++, label: 'Liggedøgn ' + cfg.basePeriod, start: 0, end: level, text: nf0.format(level) });
      step.components.forEach(function (c) {
        var v = at(s, step.to, c.metric);
        if (v === null || c.type === 'subset') return;
        var end = c.type === 'level' ? v : level + v;
        values.push({ service: svcLabel(s), order: order++, label: c.label, start: level, end: end, text: (end >= level ? '+' : '') + nf0.format(end - level) });
        level = end;
      });
      var printed = at(s, step.to, measure);
      if (printed !== null) values.push({ service: svcLabel(s), order: order++, label: 'Liggedøgn ' + step.to, start: 0, end: printed, text: nf0.format(printed) });
    });
    values.forEach(function (v) { v.high = Math.max(v.start, v.end); });
    var sx = { field: 'label', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelAngle: 0, labelLimit: 90 } };
    return Object.assign(base, {
      data: { values: values },
      facet: { field: 'service', type: 'nominal', title: null, header: { labelFontWeight: 'bold', labelAnchor: 'start' } },
      columns: 2,
      spec: {
        width: 360,
        height: 240,
        layer: [
          { mark: { type: 'bar', color: '#1e5a96' }, encoding: { x: sx, y: { field: 'start', type: 'quantitative', title: unit, axis: { format: ',.0f' } }, y2: { field: 'end' }, tooltip: [{ field: 'label' }, { field: 'text', title: unit }] } },
          { mark: { type: 'text', dy: -8, fontWeight: 'bold' }, encoding: { x: sx, y: { field: 'high', type: 'quantitative' }, text: { field: 'text' } } },
        ],
      },
      resolve: { scale: { y: 'independent', x: 'independent' } },
    });
  }

  var SPECS = { rate: rateSpec, projection: projectionSpec, arsverk: arsverkSpec };

  // Draws every .bl-chart on the page; the heap measurement calls it again after putting the
  // charts back, the way a page would when it shows them again.
  window.__drawAll = function () {
  var charts = Array.prototype.slice.call(document.querySelectorAll('.bl-chart'));
  return Promise.all(
    charts.map(function (el) {
      var kind = el.dataset.kind;
      return fetch(DATA[kind], { cache: 'no-store' })
        .then(function (r) {
          if (!r.ok) throw new Error(DATA[kind] + ': HTTP ' + r.status);
          return r.json();
        })
        .then(function (ds) {
          return vegaEmbed(el, SPECS[kind](ds, el.dataset), { renderer: 'svg' });
        });
    }),
  );
  };
  window.__drawAll().then(
    function () {
      bench.allDrawn = performance.now();
    },
    function (e) {
      bench.errors.push(String((e && e.stack) || e));
    },
  );
})();
