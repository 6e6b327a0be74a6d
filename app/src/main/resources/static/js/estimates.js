/* Signaal: draws the comparison of population estimates (each model, the averaged and the multiplier estimate) from
   the figures the page carries, which are also in the table below the chart. */
(function () {
    'use strict';
    document.querySelectorAll('.estimate-chart').forEach(function (element) {
        if (!window.echarts) {
            return;
        }
        var data = JSON.parse(element.getAttribute('data-estimates'));
        // a row per estimate, however many models there are
        element.style.height = (data.rows.length * 34 + 80) + 'px';
        var chart = echarts.init(element, null, {renderer: 'svg'});
        window.addEventListener('resize', function () { chart.resize(); });
        var rows = data.rows;
        var names = rows.map(function (r) { return r.name; });
        chart.setOption({
            animation: false,
            grid: {left: 16, right: 32, top: 16, bottom: 48, containLabel: true},
            tooltip: {trigger: 'item', formatter: function (p) {
                var r = rows[p.dataIndex];
                return r.name + ': ' + Math.round(r.estimate) + ' (' + Math.round(r.low) + '–' + Math.round(r.high) + ')';
            }},
            xAxis: {type: 'value', name: data.axis, nameLocation: 'middle', nameGap: 28, scale: true,
                axisLabel: {hideOverlap: true}},
            // long formulas are cut on a narrow screen: the table below has them whole
            yAxis: {type: 'category', data: names, inverse: true,
                axisLabel: {width: Math.min(280, element.clientWidth * 0.4), overflow: 'truncate'}},
            series: [
                {type: 'custom', name: data.interval, encode: {x: [1, 2], y: 0},
                    data: rows.map(function (r, i) { return [i, r.low, r.high]; }),
                    renderItem: function (params, api) {
                        var from = api.coord([api.value(1), api.value(0)]);
                        var to = api.coord([api.value(2), api.value(0)]);
                        var h = 6;
                        var style = {stroke: '#154273', lineWidth: 2};
                        return {type: 'group', children: [
                            {type: 'line', shape: {x1: from[0], y1: from[1], x2: to[0], y2: to[1]}, style: style},
                            {type: 'line', shape: {x1: from[0], y1: from[1] - h, x2: from[0], y2: from[1] + h}, style: style},
                            {type: 'line', shape: {x1: to[0], y1: to[1] - h, x2: to[0], y2: to[1] + h}, style: style}]};
                    }},
                {type: 'scatter', name: data.axis, symbolSize: 10,
                    data: rows.map(function (r, i) {
                        return {value: [r.estimate, i], itemStyle: {color: r.kind === 'model' ? '#154273' : '#ca005d'}};
                    })}
            ]
        });
        element.setAttribute('data-drawn', 'true');
    });
})();
