// Review results: ECharts from data-chart JSON (no inline scripts: CSP).
//  data-zs-chart="radar"  — indicator scores of one target
//  data-zs-chart="grades" — overall-grade votes per rater group, stacked
(function () {
  'use strict';
  function draw() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-zs-chart]').forEach(function (el) {
      var d = JSON.parse(el.getAttribute('data-chart'));
      var chart = echarts.init(el);
      if (el.getAttribute('data-zs-chart') === 'radar') {
        chart.setOption({
          tooltip: {},
          radar: { indicator: d.indicators.map(function (n) { return { name: n.length > 8 ? n.slice(0, 8) + '…' : n, max: 100 }; }),
                   radius: '60%' },
          series: [{ type: 'radar', data: [{ value: d.scores, name: '' }], areaStyle: { opacity: 0.2 } }]
        });
      } else {
        var colours = ['#198754', '#0d6efd', '#fd7e14', '#dc3545'];
        chart.setOption({
          tooltip: { trigger: 'axis' }, legend: { top: 0 },
          grid: { left: 40, right: 10, top: 40, bottom: 60 },
          xAxis: { type: 'category', data: d.groups, axisLabel: { interval: 0, rotate: 30 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: Object.keys(d.grades).map(function (g, i) {
            return { name: g, type: 'bar', stack: 'votes', data: d.grades[g], itemStyle: { color: colours[i] } };
          })
        });
      }
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
