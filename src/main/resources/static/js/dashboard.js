// The assessment office dashboard: fetches the JSON named by data-zs-dashboard and draws ECharts.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.querySelector('[data-zs-dashboard]');
  if (!root || typeof echarts === 'undefined') { return; }
  var label = function (name) { return root.getAttribute('data-zs-label-' + name) || name; };
  var charts = [];
  var draw = function (id, option, empty) {
    var el = document.getElementById(id);
    if (!el) { return; }
    if (empty) { el.textContent = label('empty'); el.classList.add('text-muted', 'small'); return; }
    var c = echarts.init(el);
    c.setOption(option);
    charts.push(c);
  };
  var percent = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
  fetch(root.getAttribute('data-zs-dashboard'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (d) {
      draw('chart-trend', {
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
        legend: { data: [label('submission'), label('ontime')] },
        grid: { left: 8, right: 16, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: d.months },
        yAxis: percent,
        series: [
          { name: label('submission'), type: 'line', data: d.submission },
          { name: label('ontime'), type: 'line', data: d.onTime }
        ]
      }, d.units.length === 0);
      var last = d.months.length - 1;
      draw('chart-units', {
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
        legend: { data: [label('submission'), label('ontime')] },
        grid: { left: 8, right: 16, bottom: 24, containLabel: true },
        xAxis: percent,
        yAxis: { type: 'category', data: d.units.map(function (u) { return u.unit; }) },
        series: [
          { name: label('submission'), type: 'bar', data: d.units.map(function (u) { return u.submission[last]; }) },
          { name: label('ontime'), type: 'bar', data: d.units.map(function (u) { return u.onTime[last]; }) }
        ]
      }, d.units.length === 0);
      draw('chart-grades', {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '65%'],
          data: d.grades.map(function (g) { return { name: g.label, value: g.count }; }) }]
      }, d.grades.length === 0);
      draw('chart-complaints', {
        tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 16, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: d.openComplaints.map(function (c) { return c.label; }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: d.openComplaints.map(function (c) { return c.count; }) }]
      }, d.openComplaints.length === 0);
      draw('chart-cards', {
        tooltip: { trigger: 'axis' },
        legend: { data: [label('yellow'), label('red')] },
        grid: { left: 8, right: 16, bottom: 24, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: d.cards.map(function (c) { return c.unit; }) },
        series: [
          { name: label('yellow'), type: 'bar', stack: 'cards', itemStyle: { color: '#f0ad00' }, data: d.cards.map(function (c) { return c.yellow; }) },
          { name: label('red'), type: 'bar', stack: 'cards', itemStyle: { color: '#c0392b' }, data: d.cards.map(function (c) { return c.red; }) }
        ]
      }, d.cards.length === 0);
    });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
});
