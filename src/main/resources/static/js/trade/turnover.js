// Draws the turnover chart: the chosen total of each year as a bar and every published full-year figure as a
// point, so that disagreeing sources are visible. The table below carries the same numbers with their sources
// (the text alternative); the canvas is labelled as an image.
(function () {
  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    new Chart(canvas, {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', label: data.chosenLabel, data: data.chosen, backgroundColor: '#0a58ca', order: 2 },
          {
            type: 'scatter', label: data.pointsLabel, order: 1,
            data: data.points.map(function (p) { return { x: p.x, y: p.y, source: p.source }; }),
            backgroundColor: '#b02a37', pointRadius: 4
          }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { type: 'category' }, y: { beginAtZero: true, title: { display: true, text: data.axisLabel } } },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var source = ctx.raw && ctx.raw.source ? ' — ' + ctx.raw.source : '';
                return ctx.dataset.label + ': ' + ctx.parsed.y + source;
              }
            }
          }
        }
      }
    });
  }
  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    var canvas = document.getElementById('trade-turnover-chart');
    if (canvas) {
      draw(canvas);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
