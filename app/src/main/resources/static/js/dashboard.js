/* Signaal: draws a dashboard chart from the data its page carries (the same data as the table below it). */
(function () {
    'use strict';
    var element = document.getElementById('chart');
    if (!element || !window.echarts) {
        return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var rows = data.rows;
    var chart = echarts.init(element, null, {renderer: 'svg'});
    window.addEventListener('resize', function () { chart.resize(); });
    var base = {animation: false, tooltip: {trigger: 'axis'}, grid: {left: 56, right: 56, top: 40, bottom: 64}};

    function column(i) {
        return rows.map(function (row) { return row[i]; });
    }

    function line(name, values, extra) {
        return Object.assign({type: 'line', name: name, data: values, connectNulls: false, showSymbol: values.length < 80}, extra || {});
    }

    function set(option) {
        chart.setOption(Object.assign({}, base, option));
        element.setAttribute('data-drawn', 'true');
    }

    var categories = column(0);
    var xAxis = {type: 'category', data: categories};
    var legend = {top: 0, type: 'scroll'};

    switch (data.kind) {
        case 'line':
            set({xAxis: xAxis, yAxis: {type: 'value', name: data.headers[1]}, series: [line(data.headers[1], column(1), {areaStyle: {opacity: 0.15}})]});
            break;
        case 'share':
            set({legend: legend, xAxis: xAxis,
                yAxis: [{type: 'value', name: data.headers[1]}, {type: 'value', name: data.headers[4], max: 100}],
                series: [{type: 'bar', name: data.headers[1], data: column(1)},
                    line(data.headers[4], column(4), {yAxisIndex: 1})]});
            break;
        case 'boxplot':
            set({tooltip: {trigger: 'item'}, xAxis: xAxis, yAxis: {type: 'value', name: data.headers[4]},
                series: [{type: 'boxplot', name: data.headers[4],
                    data: rows.map(function (r) { return r[2] == null ? [] : [r[2], r[3], r[4], r[5], r[6]]; })}]});
            break;
        case 'stacked':
            set({legend: legend, tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
                grid: {left: 140, right: 24, top: 48, bottom: 32},
                xAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value} %'}},
                yAxis: {type: 'category', data: categories, inverse: true},
                series: [2, 3, 4, 5].map(function (c) {
                    return {type: 'bar', stack: 'all', name: data.headers[c],
                        data: rows.map(function (r) { return r[1] && r[c] != null ? Math.round(1000 * r[c] / r[1]) / 10 : null; })};
                })});
            break;
        case 'lines':
            set({legend: legend, xAxis: xAxis, yAxis: {type: 'value', name: 'mg/dag/1000'},
                series: data.headers.slice(1).map(function (h, i) { return line(h, column(i + 1)); })});
            break;
        case 'indicators':
            set({legend: legend, xAxis: xAxis,
                yAxis: [{type: 'value', name: '%'}, {type: 'value', name: 'n'}],
                series: data.columns.slice(1).map(function (c, i) {
                    return line(data.headers[i + 1], column(i + 1), {yAxisIndex: c.indexOf('(count)') >= 0 ? 1 : 0});
                })});
            break;
        case 'map':
            var areas = rows.filter(function (r) { return r[0].indexOf('-') < 0; });
            var level = areas.length && areas[0][0].indexOf('GG') === 0 ? 'GGD' : 'PROVINCE';
            fetch(element.getAttribute('data-map') + level + '.json').then(function (r) { return r.json(); }).then(function (geo) {
                echarts.registerMap(level, geo);
                var values = areas.map(function (r) { return {name: r[0], title: r[1], value: r[2]}; });
                var max = Math.max.apply(null, values.map(function (v) { return v.value || 0; }).concat([1]));
                set({tooltip: {trigger: 'item', formatter: function (p) {
                        return (p.data ? p.data.title : p.name) + ': ' + (p.data && p.data.value != null ? p.data.value : '–');
                    }},
                    visualMap: {min: 0, max: max, left: 8, bottom: 8, calculable: true, inRange: {color: ['#e5eef8', '#154273']}},
                    series: [{type: 'map', map: level, roam: false, data: values, nameProperty: 'name',
                        emphasis: {label: {show: false}}}]});
            });
            break;
    }
})();
