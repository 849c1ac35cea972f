// Draws the results charts with ECharts from the JSON the server put beside each table
// (<div data-chart="…" data-source="id of a <script type=application/json>">), so a chart shows
// exactly the numbers of its table. SVG keeps the charts sharp when a page is printed.
(function () {
  'use strict';
  var RED = '#c8102e', GREY = '#6c757d', GOLD = '#d4a017';

  function read(id) {
    var source = document.getElementById(id);
    return source ? JSON.parse(source.textContent) : null;
  }

  var options = {
    ranking: function (data, el) {
      var units = data.units, name = el.dataset.valueName;
      el.style.height = Math.max(260, units.length * 26 + 60) + 'px';
      return {
        grid: {left: 8, right: 48, top: 8, bottom: 24, containLabel: true},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        xAxis: {type: 'value', name: name},
        yAxis: {type: 'category', inverse: true, data: units.map(function (u) { return u.rank + '. ' + u.name; })},
        series: [{type: 'bar', name: name, data: units.map(function (u) { return u.total; }),
          barMaxWidth: 22, itemStyle: {color: RED}, label: {show: true, position: 'right'}}]
      };
    },
    distribution: function (data, el) {
      var name = el.dataset.valueName;
      return {
        grid: {left: 8, right: 16, top: 32, bottom: 24, containLabel: true},
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: data.labels},
        yAxis: {type: 'value', minInterval: 1, name: name},
        series: [{type: 'bar', name: name, data: data.counts, barMaxWidth: 40, itemStyle: {color: GOLD},
          label: {show: true, position: 'top'}}]
      };
    },
    radar: function (data, el) {
      var median = el.dataset.medianName;
      var lowest = Math.min.apply(null, [0].concat(data.unit, data.median));
      // The legend sits in the top-left corner, clear of 学习星 at the top and of every other axis name.
      return {
        legend: {top: 0, left: 0, orient: 'vertical', data: [data.unitName, median]},
        tooltip: {},
        radar: {indicator: data.indicators.map(function (i) { return {name: i.name, max: i.max, min: lowest}; }),
          center: ['55%', '55%'], radius: '60%'},
        series: [{type: 'radar', name: el.dataset.valueName, data: [
          {name: data.unitName, value: data.unit, itemStyle: {color: RED}, areaStyle: {opacity: 0.15}},
          {name: median, value: data.median, itemStyle: {color: GREY}, lineStyle: {type: 'dashed'}}]}]
      };
    },
    activity: function (data, el) {
      var name = el.dataset.valueName;
      // One band per month column of the table below it (its last column is the sum): the plot spans the
      // month columns exactly, so each bar stands over its own count.
      var columns = data.months.length + 1;
      return {
        grid: {left: 0, right: (100 / columns) + '%', top: 24, bottom: 24, containLabel: false},
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: data.months.map(function (m) { return m.substring(2); })},
        yAxis: {type: 'value', minInterval: 1, name: name, show: false},
        series: [{type: 'bar', name: name, data: data.counts, barMaxWidth: 28, itemStyle: {color: RED},
          label: {show: true, position: 'top'}}]
      };
    }
  };

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var make = options[el.dataset.chart];
      var data = read(el.dataset.source);
      if (!make || !data) {
        return;
      }
      var option = make(data, el);
      var chart = echarts.init(el, null, {renderer: 'svg'});
      chart.setOption(option);
      charts.push(chart);
      printCopy(el, make, data);
    });
    var resize = function () { charts.forEach(function (c) { c.resize(); }); };
    window.addEventListener('resize', resize);
  }

  // What a printout shows: a copy of each chart drawn now, at its printed size, as a static SVG that
  // the print stylesheet scales to the width of its box (and of the table under it). Printing depends
  // on no beforeprint or resize event, which a headless page.pdf() and some browsers never send.
  // [width, height] in CSS px near the printed box on A4 (190 mm wide): the radar in 40 % of it, the
  // monthly bars in 60 %, the results page's charts across the page; 0: the height the page gave it.
  var PRINTED = {radar: [300, 250], activity: [460, 200], distribution: [660, 220], ranking: [680, 0]};

  function printCopy(el, make, data) {
    var size = PRINTED[el.dataset.chart];
    var option = make(data, el);
    option.animation = false;
    var height = size[1] || parseInt(el.style.height, 10) || 360;
    var copy = echarts.init(null, null, {renderer: 'svg', ssr: true, width: size[0], height: height});
    copy.setOption(option);
    var printed = document.createElement('div');
    printed.className = 'chart-print';
    printed.setAttribute('aria-hidden', 'true');
    printed.innerHTML = copy.renderToSVGString();
    copy.dispose();
    var svg = printed.querySelector('svg');
    svg.setAttribute('viewBox', '0 0 ' + size[0] + ' ' + height);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.removeAttribute('style');
    printed.style.aspectRatio = size[0] + ' / ' + height;
    el.parentNode.insertBefore(printed, el.nextSibling);
  }

  // The publish form: confirm, then let the progress bar ask how far the work is while the page waits.
  function publishing() {
    var form = document.getElementById('publish-form');
    if (!form) {
      return;
    }
    form.addEventListener('submit', function (event) {
      var button = document.getElementById('publish');
      if (!window.confirm(button.dataset.confirm)) {
        event.preventDefault();
        return;
      }
      button.disabled = true;
      var target = document.getElementById('publish-progress');
      if (!window.htmx || !target) {
        return;
      }
      // Ask until the bar is there (the work may not have started yet); the bar then polls itself.
      var tries = 0;
      var ask = function () {
        if (target.querySelector('.progress-task') || tries++ > 60) {
          return;
        }
        htmx.ajax('GET', target.dataset.progress, {target: target, swap: 'innerHTML'});
        setTimeout(ask, 500);
      };
      setTimeout(ask, 150);
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(); publishing(); });
}());
