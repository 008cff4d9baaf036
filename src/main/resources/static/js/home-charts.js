// Draws each home-page panel's figures as a chart. The table beside it carries the same figures, so the
// chart is an illustration: the canvas is labelled as an image and the table is the text alternative.
(function () {
  var colours = ['#0a58ca', '#198754', '#b02a37', '#997404', '#6f42c1', '#087990', '#495057', '#d63384'];
  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var doughnut = data.type === 'doughnut';
    new Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: [{
          data: data.values,
          backgroundColor: doughnut ? colours : colours[0],
          borderWidth: doughnut ? 1 : 0
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: doughnut, position: 'bottom', labels: { boxWidth: 12 } } },
        scales: doughnut ? {} : { x: { ticks: { display: false } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }
  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.home-chart').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
